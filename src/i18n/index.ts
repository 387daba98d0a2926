/** UI strings. German is the source; other languages add a JSON file with the same keys. */
import de from './de.json';
import { fillPlaceholders } from '../lib/format';

export type UiKey = keyof typeof de;
export type Locale = 'de';

const dictionaries: Record<Locale, Record<UiKey, string>> = { de };

export const DEFAULT_LOCALE: Locale = 'de';

/** Look up a UI string and fill `{name}` placeholders. */
export function translate(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key] ?? dictionaries[DEFAULT_LOCALE][key];
  return fillPlaceholders(template, params);
}

/** Translator bound to one locale, for use in components. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
  return (key: UiKey, params?: Record<string, string | number>) => translate(locale, key, params);
}
