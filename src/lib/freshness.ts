/**
 * Content freshness: an Anlaufstelle whose details nobody has confirmed („Geprüft am“, `checkedAt`)
 * for more than a number of days is reported at build time and in the CMS. Entries without
 * `checkedAt` count as not checked.
 */
import { formatDate } from './format';

export const DEFAULT_FRESHNESS_DAYS = 365;
const DAY = 24 * 60 * 60 * 1000;

/** THINKA_FRESHNESS_DAYS, or the default of 365 days. */
export function freshnessDays(env: Record<string, string | undefined>): number {
  const raw = env.THINKA_FRESHNESS_DAYS?.trim();
  if (!raw) return DEFAULT_FRESHNESS_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(`THINKA_FRESHNESS_DAYS „${raw}“ ist keine gültige Anzahl Tage: bitte eine ganze Zahl ab 1 angeben.`);
  }
  return days;
}

export interface FreshnessEntry {
  id: string;
  name: string;
  checkedAt?: Date | string | undefined;
}

export interface StaleEntry {
  id: string;
  name: string;
  /** Undefined when never checked. */
  checkedAt?: Date;
  /** Whole days since the check, or undefined when never checked. */
  daysSince?: number;
}

const toDate = (value: Date | string | undefined): Date | undefined => {
  if (value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** Whole calendar days from one date to another (UTC dates, as `checkedAt` is a plain date). */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / DAY);
}

/** The one freshness rule: confirmed by staff („Geprüft am“) within `maxDays` before `today`. */
export function checkedWithin(checkedAt: Date | string | undefined, today: Date, maxDays: number): boolean {
  const date = toDate(checkedAt);
  return date !== undefined && daysBetween(date, today) <= maxDays;
}

/** Entries not checked within `maxDays` before `today`, never-checked first, then the oldest check first. */
export function staleEntries(entries: FreshnessEntry[], today: Date, maxDays: number): StaleEntry[] {
  const stale: StaleEntry[] = [];
  for (const entry of entries) {
    if (checkedWithin(entry.checkedAt, today, maxDays)) continue;
    const checkedAt = toDate(entry.checkedAt);
    stale.push(checkedAt ? { id: entry.id, name: entry.name, checkedAt, daysSince: daysBetween(checkedAt, today) } : { id: entry.id, name: entry.name });
  }
  return stale.sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.name.localeCompare(b.name, 'de'));
}

/** One line per entry, in German: „ThINKA Artern (artern): noch nicht geprüft“. */
export function describeStale(entry: StaleEntry): string {
  const state = entry.checkedAt ? `zuletzt geprüft am ${formatDate(entry.checkedAt)} (vor ${entry.daysSince} Tagen)` : 'noch nicht geprüft';
  return `${entry.name} (${entry.id}): ${state}`;
}

/** The build warning, or undefined when every entry is fresh. */
export function freshnessWarning(stale: StaleEntry[], maxDays: number): string | undefined {
  if (stale.length === 0) return undefined;
  return [
    `${stale.length} ${stale.length === 1 ? 'Anlaufstelle wurde' : 'Anlaufstellen wurden'} seit mehr als ${maxDays} Tagen nicht geprüft („Geprüft am“ fehlt oder ist zu alt; Grenze: THINKA_FRESHNESS_DAYS):`,
    ...stale.map((entry) => `  – ${describeStale(entry)}`),
  ].join('\n');
}

/** Short note for the CMS's collection description. */
export function freshnessNotice(stale: StaleEntry[], maxDays: number): string {
  if (stale.length === 0) return `Alle Anlaufstellen wurden in den letzten ${maxDays} Tagen geprüft.`;
  return `Seit mehr als ${maxDays} Tagen nicht geprüft (Stand des letzten Builds): ${stale.map((entry) => entry.name).join(', ')}.`;
}
