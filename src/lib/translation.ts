/** Picking the translated text of a content field, or the German one when there is no translation. Pure logic. */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

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
