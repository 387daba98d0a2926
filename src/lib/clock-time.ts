/**
 * Clock times as people type them („8“, „8 Uhr“, „8:00“, „8.30 Uhr“, „08:00 h“) in the one form the
 * site stores: HH:MM, 24-hour. Anything ambiguous or impossible stays as typed, so its error shows.
 */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const TYPED_TIME = /^(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*(?:uhr|h)?$/i;

export function normaliseClockTime(typed: string): string {
  const match = TYPED_TIME.exec(typed.trim());
  if (!match) return typed;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return typed;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
