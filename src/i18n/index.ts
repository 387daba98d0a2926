/**
 * UI strings. German (de.json) is the source; every other language has a flat JSON file with the same keys
 * (src/i18n/<code>.json) for the strings of the translated pages. A key a language lacks falls back to German.
 */
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };
import fa from './fa.json' with { type: 'json' };
import { countFormat } from './intl-formats';
import { fillPlaceholders } from './placeholders';
import { DEFAULT_LOCALE, LOCALE_INFO, localeOf, type Locale } from './locales';
import { pluralText, type PluralForms, type PluralText } from './plural';

type Strings = typeof de;
/** Keys of plain texts. */
export type UiKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];
/** Keys of counted texts: an object with one text per plural category, e.g. { "one": "{count} Anlaufstelle", "other": "{count} Anlaufstellen" }. */
export type PluralKey = Exclude<keyof Strings, UiKey>;
export { DEFAULT_LOCALE, LOCALE_INFO, localeOf, type Locale, type PluralForms, type PluralText };

type Dictionary = { [K in UiKey]?: string } & { [K in PluralKey]?: PluralForms };

const dictionaries: Record<Locale, Dictionary> = { de, en, uk, ru, ar, fa };

/** The UI string in a language, or German when that language has no such string. */
export function uiString(locale: Locale, key: UiKey): string {
  return dictionaries[locale][key] ?? de[key];
}

/** The UI strings of `keys` in a language, for a browser script (see components/ScriptTexts.astro). */
export function pickTexts<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, uiString(locale, key)])) as Record<K, string>;
}

/** Look up a UI string and fill `{name}` placeholders; number parameters are written in the language's digits. */
export function translate(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(uiString(locale, key), params, countFormat(LOCALE_INFO[locale].intl));
}

/** The forms of a counted text in a language (or German, with German rules, when the language lacks it); for browser scripts. */
export function pluralEntry(locale: Locale, key: PluralKey): PluralText {
  const own = dictionaries[locale][key];
  return own ? { forms: own, intl: LOCALE_INFO[locale].intl } : { forms: de[key], intl: LOCALE_INFO[DEFAULT_LOCALE].intl };
}

/** A counted text in the form the language uses for `count` („1 Anlaufstelle“, „5 консультационных пунктов“). */
export function translatePlural(locale: Locale, key: PluralKey, count: number, params: Record<string, string | number> = {}): string {
  return pluralText(pluralEntry(locale, key), count, params);
}

/** Translator bound to one locale, for use in components. */
export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
  return (key: UiKey, params?: Record<string, string | number>) => translate(locale, key, params);
}
