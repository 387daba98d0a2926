/**
 * The languages of the site. German is the source and has no URL prefix; every other language lives
 * under /<code>/ (Astro i18n routing, astro.config.mjs). Pure data, shared by the config, the layout and tests.
 */
export const LOCALES = ['de', 'en', 'uk', 'ru', 'ar', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
/** Every language with a URL prefix, in the order of the language switch. */
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, 'de'> => locale !== DEFAULT_LOCALE);

export interface LocaleInfo {
  /** The language named in itself, as the language switch shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph locale. */
  og: string;
  /**
   * Locale for dates (Intl). Gregorian calendar everywhere: dates refer to German offices and must match what
   * people read on letters there. Latin digits, except in Farsi, whose readers expect Persian digits in dates
   * (۲۹ نوامبر ۲۰۲۶); phone numbers, postcodes and house numbers stay as written.
   */
  intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  de: { name: 'Deutsch', dir: 'ltr', og: 'de_DE', intl: 'de-DE' },
  en: { name: 'English', dir: 'ltr', og: 'en_GB', intl: 'en-GB' },
  uk: { name: 'Українська', dir: 'ltr', og: 'uk_UA', intl: 'uk-UA' },
  ru: { name: 'Русский', dir: 'ltr', og: 'ru_RU', intl: 'ru-RU' },
  ar: { name: 'العربية', dir: 'rtl', og: 'ar_AR', intl: 'ar-u-nu-latn' },
  fa: { name: 'فارسی', dir: 'rtl', og: 'fa_IR', intl: 'fa-u-ca-gregory' },
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The locale of a page from Astro.currentLocale; anything unknown is German. */
export const localeOf = (value: string | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
