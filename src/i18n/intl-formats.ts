/**
 * Intl formatters, one per locale and options, created on first use: creating one costs far more than formatting with
 * it, and a large build formats on tens of thousands of pages (docs/benchmarks.md). Shared by the build and the
 * browser scripts; no dictionary here, so it stays tiny.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = create()));
  return value;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string): Intl.PluralRules => cached('plural', locale, {}, () => new Intl.PluralRules(locale));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat => cached('list', locale, options, () => new Intl.ListFormat(locale, options));

const countFormats = new Map<string, Intl.NumberFormat>();

/**
 * Counts and positions in the locale's digits (Persian digits in Farsi), without thousands separators. Looked up by locale
 * alone: every translated text with a number goes through here, and building the general key costs 30× a map lookup.
 */
export function countFormat(locale: string): Intl.NumberFormat {
  let format = countFormats.get(locale);
  if (!format) countFormats.set(locale, (format = numberFormat(locale, { useGrouping: false })));
  return format;
}
