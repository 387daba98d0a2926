/** Formatting of dates, phone numbers and sizes for German readers. */
import { dateTimeFormat as dateFormatter, numberFormat } from '../i18n/intl-formats';

const TIME_ZONE = 'Europe/Berlin';

/** "25. November 2026" in Berlin time, whatever the build machine's zone. */
export function formatDate(date: Date, locale = 'de-DE'): string {
  return dateFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(date);
}

/** ISO date YYYY-MM-DD of a date in Berlin time, for <time datetime>. */
export function isoDay(date: Date): string {
  return dateFormatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(date);
}

/** "2023-09" → "September 2023". */
export function formatYearMonth(value: string, locale = 'de-DE'): string {
  const [year, month] = value.split('-').map(Number);
  if (!year || !month) return value;
  return dateFormatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A phone number as shown: spaces made non-breaking, so the number never wraps across lines. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00A0');
}

/** A tel: URI in international form; German national numbers start with 0 and get +49. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+49${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** "1,4 MB" style sizes with German decimal commas. */
export function formatFileSize(bytes: number, locale = 'de-DE'): string {
  const units = ['Byte', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** "3:45" → "PT3M45S" for schema.org and <time datetime>. */
export function isoDuration(value: string): string {
  const parts = value.split(':').map(Number);
  const [hours, minutes, seconds] = parts.length === 3 ? parts : [0, ...parts];
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds ?? 0}S` : ''}`;
}

const ROUTE_PLANNER = 'https://www.openstreetmap.org/directions';

/**
 * Link to OpenStreetMap's route planner with the place as destination. Coordinates when known,
 * else street, postcode and city; undefined without a street and house number, since a town centre or an
 * arbitrary point on a long street is no destination.
 */
export function routePlannerHref(
  address: { street?: string | undefined; postcode?: string | undefined; city: string } | undefined,
  coordinates?: { lat: number; lng: number },
): string | undefined {
  if (coordinates) return `${ROUTE_PLANNER}?to=${encodeURIComponent(`${coordinates.lat},${coordinates.lng}`)}`;
  if (!address?.street || !/\d/.test(address.street)) return undefined;
  const destination = `${address.street}, ${[address.postcode, address.city].filter(Boolean).join(' ')}`;
  return `${ROUTE_PLANNER}?to=${encodeURIComponent(destination)}`;
}

/** "3:45" → 225, "1:02:03" → 3723: seconds of an editor's m:ss or h:mm:ss duration. */
export function durationSeconds(value: string): number {
  return value
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}
