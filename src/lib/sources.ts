/**
 * Sources of published facts: „laut kyffhaeuser.de, Stand Dezember 2021“. A source is a public web address,
 * the date someone read it there (`seen`) and, if the page gives one, its own date (`dated`). Dates are as
 * precise as the source: 2021, 2021-12 or 2021-12-15.
 */
import { countFormat } from '../i18n/intl-formats';
import { formatDate, formatYearMonth } from './format';

export type SourceWarning = 'alt' | 'widerspruch' | 'unbestaetigt';

export interface FactSource {
  url: string;
  seen: string;
  dated?: string | undefined;
  warning?: SourceWarning | undefined;
  note?: string | undefined;
}

export interface CoveringSource<F extends string = string> extends FactSource {
  covers: readonly F[];
}

/** „kyffhaeuser.de“ from „https://www.kyffhaeuser.de/kyf/index.php/…“: the host a reader recognises. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The date to show as „Stand“: the source's own date, else when it was read (an undated page said it then). */
export function sourceStand(source: FactSource): { date: string; undated: boolean } {
  return source.dated ? { date: source.dated, undated: false } : { date: source.seen, undated: true };
}

/** First day of a partial date, in UTC: 2021 → 1 Jan 2021, 2021-12 → 1 Dec 2021. */
export function partialDateStart(value: string): Date {
  const [year = 1970, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** „2021“, „Dezember 2021“ or „15. Dezember 2021“ in the page's language. */
export function formatPartialDate(value: string, locale = 'de-DE'): string {
  const parts = value.split('-');
  if (parts.length === 1) return countFormat(locale).format(Number(parts[0]));
  if (parts.length === 2) return formatYearMonth(value, locale);
  return formatDate(new Date(partialDateStart(value).getTime() + 12 * 3600 * 1000), locale);
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from the source's „Stand“ (its first day, so a month-date counts as early as it may be) to `today`. */
export function sourceAgeDays(source: FactSource, today: Date): number {
  const start = partialDateStart(sourceStand(source).date).getTime();
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.floor((end - start) / DAY);
}

/** The sources that back one fact of a group. */
export function sourcesFor<F extends string>(sources: readonly CoveringSource<F>[], fact: F): CoveringSource<F>[] {
  return sources.filter((source) => source.covers.includes(fact));
}

/** A fact the site can stand behind: it has a source and none of its sources carries a warning. */
export function isTrusted(sources: readonly FactSource[]): boolean {
  return sources.length > 0 && sources.every((source) => !source.warning);
}
