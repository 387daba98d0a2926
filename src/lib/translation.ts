/** Picking the translated text of a content field, or the German one when there is no translation. Pure logic. */
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';

/** A text and the language it is really written in (German when the translation is missing). */
export interface Localized {
  text: string;
  lang: Locale;
}

export const hasText = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** The translation when it has text, else the German original marked as German. */
export function localizedText(translated: string | undefined, german: string, locale: Locale): Localized {
  return locale !== DEFAULT_LOCALE && hasText(translated) ? { text: translated.trim(), lang: locale } : { text: german, lang: DEFAULT_LOCALE };
}

/**
 * Attributes for a piece of content on a page in `pageLocale`: lang (and dir, since German runs left to
 * right also inside an Arabic page) only where the content's language differs from the page's.
 */
export function langAttributes(contentLang: Locale, pageLocale: Locale, dir: (locale: Locale) => 'ltr' | 'rtl'): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (contentLang === pageLocale) return {};
  return { lang: contentLang, ...(dir(contentLang) !== dir(pageLocale) ? { dir: dir(contentLang) } : {}) };
}

/** lang/dir attributes for content written in `contentLang` on a page in `pageLocale` (nothing when they match). */
export const contentAttributes = (contentLang: Locale, pageLocale: Locale) => langAttributes(contentLang, pageLocale, (locale) => LOCALE_INFO[locale].dir);

/** Attributes for German content (a name, a note, a body without translation) on a page in `pageLocale`. */
export const germanAttributes = (pageLocale: Locale) => contentAttributes(DEFAULT_LOCALE, pageLocale);
