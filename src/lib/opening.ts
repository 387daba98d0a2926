/**
 * Opening status of an office or outreach place in Berlin time, whatever the machine's time zone:
 * weekly slots minus Thuringian holidays and announced closures.
 */
import { addDays, isThuringianHoliday, type HolidayId } from './holidays';
import { WEEKDAY_ORDER, type Weekday, type WeeklySlot } from './hours';

export const BERLIN_TIME_ZONE = 'Europe/Berlin';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const DEFAULT_HORIZON_DAYS = 21;
/** Upper bound for nextOccurrences so a schedule closed for good cannot loop forever. */
const MAX_SEARCH_DAYS = 400;

export interface BerlinParts {
  /** Berlin calendar day as YYYY-MM-DD. */
  isoDate: string;
  weekday: Weekday;
  /** Minutes since Berlin midnight (0–1439). */
  minutes: number;
}

export interface Closure {
  /** First closed day; midnight UTC of the YYYY-MM-DD given in the content. */
  from: Date;
  /** Last closed day, inclusive. */
  to: Date;
  reason?: string | undefined;
}

export interface Schedule {
  slots: readonly WeeklySlot[];
  closures: readonly Closure[];
  /** True where Fronleichnam is a local holiday. */
  fronleichnam?: boolean | undefined;
}

export interface Occurrence {
  /** Berlin calendar day as YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  opens: string;
  closes: string;
  start: Date;
  end: Date;
  byAppointment: boolean;
  note?: string | undefined;
}

export type ClosedReason = 'holiday' | 'closure';

export type OpeningStatus =
  | { state: 'open'; slot: WeeklySlot; closesAt: Date }
  | { state: 'appointment'; slot: WeeklySlot; closesAt: Date; nextWalkIn: Occurrence | undefined }
  | { state: 'opens-later-today'; next: Occurrence }
  | {
      state: 'closed';
      next: Occurrence | undefined;
      reason?: ClosedReason;
      holidayId?: HolidayId;
      closureReason?: string;
    }
  | { state: 'unknown' };

export interface OpeningStatusOptions {
  /** How many days ahead to look for the next occurrence. */
  horizonDays?: number | undefined;
}

// Formatter creation is slow; one shared instance serves every call.
const berlinFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: BERLIN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function numericPart(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): number {
  return Number(parts.find((part) => part.type === type)?.value);
}

/** Weekday of a YYYY-MM-DD calendar day, computed without any time zone. */
export function weekdayOf(isoDate: string): Weekday {
  const sundayFirst = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  // WEEKDAY_ORDER starts on Monday, getUTCDay on Sunday.
  return WEEKDAY_ORDER[(sundayFirst + 6) % 7] as Weekday;
}

/** Berlin wall-clock day, weekday and minutes of an instant. */
export function berlinParts(date: Date): BerlinParts {
  const parts = berlinFormatter.formatToParts(date);
  const year = numericPart(parts, 'year');
  const month = numericPart(parts, 'month');
  const day = numericPart(parts, 'day');
  const isoDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { isoDate, weekday: weekdayOf(isoDate), minutes: numericPart(parts, 'hour') * 60 + numericPart(parts, 'minute') };
}

/** Berlin UTC offset in minutes at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(epochMs: number): number {
  const { isoDate, minutes } = berlinParts(new Date(epochMs));
  const wallAsUtc = Date.parse(`${isoDate}T00:00:00Z`) + minutes * MS_PER_MINUTE;
  // Seconds are not part of the wall clock, so round the difference to whole minutes.
  return Math.round((wallAsUtc - epochMs) / MS_PER_MINUTE);
}

function wallClockAsUtc(isoDate: string, time: string): number {
  return Date.parse(`${isoDate}T${time}:00Z`);
}

/**
 * The instant of a Berlin wall-clock time. A time skipped by spring-forward maps forward
 * (02:30 becomes 03:30 CEST); a time repeated in autumn takes the earlier, summer-time instant.
 */
export function berlinInstant(isoDate: string, time: string): Date {
  const wallAsUtc = wallClockAsUtc(isoDate, time);
  // A day either side is outside any transition, so these are the offsets before and after it.
  const offsetBefore = berlinOffsetMinutes(wallAsUtc - MS_PER_DAY);
  const offsetAfter = berlinOffsetMinutes(wallAsUtc + MS_PER_DAY);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => wallAsUtc - offset * MS_PER_MINUTE)
    .filter((instant) => berlinOffsetMinutes(instant) * MS_PER_MINUTE === wallAsUtc - instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallAsUtc - offsetBefore * MS_PER_MINUTE);
}

function closureDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function closureOn(schedule: Schedule, isoDate: string): Closure | undefined {
  return schedule.closures.find((closure) => closureDay(closure.from) <= isoDate && isoDate <= closureDay(closure.to));
}

/** Why a day is closed as a whole, or undefined on a normal day. */
function dayClosure(schedule: Schedule, isoDate: string): { reason: ClosedReason; holidayId?: HolidayId; closureReason?: string } | undefined {
  const holiday = isThuringianHoliday(isoDate, { fronleichnam: schedule.fronleichnam });
  if (holiday) return { reason: 'holiday', holidayId: holiday.id };
  const closure = closureOn(schedule, isoDate);
  if (!closure) return undefined;
  return closure.reason === undefined ? { reason: 'closure' } : { reason: 'closure', closureReason: closure.reason };
}

function toOccurrence(slot: WeeklySlot, isoDate: string): Occurrence {
  const occurrence: Occurrence = {
    date: isoDate,
    weekday: slot.day,
    opens: slot.opens,
    closes: slot.closes,
    start: berlinInstant(isoDate, slot.opens),
    end: berlinInstant(isoDate, slot.closes),
    byAppointment: slot.byAppointment,
  };
  if (slot.note !== undefined) occurrence.note = slot.note;
  return occurrence;
}

function byStartThenWalkIn(a: Occurrence, b: Occurrence): number {
  return a.start.getTime() - b.start.getTime() || Number(a.byAppointment) - Number(b.byAppointment);
}

/** Occurrences of the weekly slots on one Berlin day, none on holidays and closure days. */
function occurrencesOnDay(schedule: Schedule, isoDate: string): Occurrence[] {
  if (dayClosure(schedule, isoDate)) return [];
  const weekday = weekdayOf(isoDate);
  return schedule.slots
    .filter((slot) => slot.day === weekday)
    .map((slot) => toOccurrence(slot, isoDate))
    .sort(byStartThenWalkIn);
}

/** Occurrences that have not ended at `from`, day by day from the Berlin day of `from`. */
function* occurrencesFrom(schedule: Schedule, from: Date, days: number): Generator<Occurrence> {
  const firstDay = berlinParts(from).isoDate;
  for (let offset = 0; offset <= days; offset += 1) {
    for (const occurrence of occurrencesOnDay(schedule, addDays(firstDay, offset))) {
      if (occurrence.end.getTime() > from.getTime()) yield occurrence;
    }
  }
}

/** The next `count` occurrences that have not ended yet (an ongoing one included), in chronological order. */
export function nextOccurrences(schedule: Schedule, from: Date, count: number): Occurrence[] {
  const result: Occurrence[] = [];
  if (count <= 0 || schedule.slots.length === 0) return result;
  for (const occurrence of occurrencesFrom(schedule, from, MAX_SEARCH_DAYS)) {
    result.push(occurrence);
    if (result.length >= count) break;
  }
  return result;
}

function isRunning(occurrence: Occurrence, now: Date): boolean {
  return occurrence.start.getTime() <= now.getTime() && now.getTime() < occurrence.end.getTime();
}

function slotOf(schedule: Schedule, occurrence: Occurrence): WeeklySlot {
  const slot = schedule.slots.find(
    (candidate) =>
      candidate.day === occurrence.weekday &&
      candidate.opens === occurrence.opens &&
      candidate.closes === occurrence.closes &&
      candidate.byAppointment === occurrence.byAppointment,
  );
  // The occurrence was built from one of these slots, so the lookup cannot miss.
  if (!slot) throw new Error('Occurrence without matching slot');
  return slot;
}

/** The first walk-in occurrence after `now`, else the first appointment-only one. */
function preferredNext(upcoming: readonly Occurrence[], now: Date): Occurrence | undefined {
  const later = upcoming.filter((occurrence) => occurrence.start.getTime() > now.getTime());
  return later.find((occurrence) => !occurrence.byAppointment) ?? later[0];
}

function closedStatus(schedule: Schedule, today: string, next: Occurrence | undefined): OpeningStatus {
  const closure = dayClosure(schedule, today);
  const hasRegularHoursToday = schedule.slots.some((slot) => slot.day === weekdayOf(today));
  // A reason is only worth showing when it is why a day with regular hours stays closed.
  if (!closure || !hasRegularHoursToday) return { state: 'closed', next };
  return { state: 'closed', next, ...closure };
}

/** Whether the place is open now, opens later today or is closed, and when it opens next. */
export function openingStatus(schedule: Schedule, now: Date, options: OpeningStatusOptions = {}): OpeningStatus {
  if (schedule.slots.length === 0) return { state: 'unknown' };
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const upcoming = [...occurrencesFrom(schedule, now, horizonDays)];
  const running = upcoming.filter((occurrence) => isRunning(occurrence, now));
  const walkIn = running.find((occurrence) => !occurrence.byAppointment);
  if (walkIn) return { state: 'open', slot: slotOf(schedule, walkIn), closesAt: walkIn.end };
  const appointment = running[0];
  if (appointment) {
    const nextWalkIn = upcoming.find((occurrence) => !occurrence.byAppointment && occurrence.start.getTime() > now.getTime());
    return { state: 'appointment', slot: slotOf(schedule, appointment), closesAt: appointment.end, nextWalkIn };
  }
  const next = preferredNext(upcoming, now);
  const today = berlinParts(now).isoDate;
  if (next && next.date === today) return { state: 'opens-later-today', next };
  return closedStatus(schedule, today, next);
}
