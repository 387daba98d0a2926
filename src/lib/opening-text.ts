/**
 * Opening status and upcoming hours as short German sentences, for the build-time fallback and the
 * browser alike. The texts come in as a parameter (from src/i18n/de.json), so this module stays tiny
 * enough for the client bundle and never imports the whole dictionary.
 */
import { fillPlaceholders as fill } from '../i18n/placeholders';
import { addDays, HOLIDAY_IDS } from './holidays';
import type { WeeklySlot } from './hours';
import { berlinParts, type Closure, type Occurrence, type OpeningStatus, type Schedule } from './opening';

/** The UI keys this module needs; the page hands them over as one small JSON object. */
export const OPENING_TEXT_KEYS = [
  'opening.open',
  'opening.appointment',
  'opening.until',
  'opening.opensToday',
  'opening.opensTodayAppointment',
  'opening.next',
  'opening.nextAppointment',
  'opening.nextWalkIn',
  'opening.closedHoliday',
  'opening.closedClosure',
  'opening.closedClosureReason',
  'opening.noneSoon',
  'opening.unknown',
  'opening.when',
  'opening.whenDate',
  'opening.occurrence',
  'opening.occurrenceAppointment',
  'opening.liveNote',
  'opening.shortDate',
  'hours.range',
  'weekdayShort.mo',
  'weekdayShort.di',
  'weekdayShort.mi',
  'weekdayShort.do',
  'weekdayShort.fr',
  'weekdayShort.sa',
  'weekdayShort.so',
  ...HOLIDAY_IDS.map((id) => `holiday.${id}` as const),
] as const;

export type OpeningTextKey = (typeof OPENING_TEXT_KEYS)[number];
export type OpeningTexts = Record<OpeningTextKey, string>;

export type StatusTone = 'open' | 'appointment' | 'later' | 'closed' | 'unknown';

export interface StatusDescription {
  tone: StatusTone;
  /** The main line, e.g. "Jetzt geöffnet" or "Nächste Sprechzeit: Di 9:00". */
  headline: string;
  /** Optional second part, e.g. "bis 12:00 Uhr". */
  detail?: string;
}

/** Days ahead within which a weekday name alone is unambiguous. */
const WEEKDAY_ONLY_DAYS = 6;

/** "09:00" → "9:00"; "14:30" stays. */
export function formatClock(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** "2026-04-07" → "7.4." in German; the order and marks come from the language ("opening.shortDate"). */
export function formatShortDate(isoDate: string, template = '{day}.{month}.'): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return fill(template, { day: String(day), month: String(month) });
}

function berlinTime(date: Date): string {
  const { minutes } = berlinParts(date);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "Di 9:00" within the coming week, "Di 14.4. 9:00" further ahead. */
export function describeWhen(occurrence: Occurrence, now: Date, texts: OpeningTexts): string {
  const today = berlinParts(now).isoDate;
  const params = { day: texts[`weekdayShort.${occurrence.weekday}`], date: formatShortDate(occurrence.date, texts['opening.shortDate']), time: formatClock(occurrence.opens) };
  return fill(occurrence.date <= addDays(today, WEEKDAY_ONLY_DAYS) ? texts['opening.when'] : texts['opening.whenDate'], params);
}

/** One line of the "Nächste Sprechzeiten" list: "Di 7.4., 9:00 bis 12:00 Uhr". */
export function describeOccurrence(occurrence: Occurrence, texts: OpeningTexts): string {
  const range = fill(texts['hours.range'], { opens: formatClock(occurrence.opens), closes: formatClock(occurrence.closes) });
  const template = occurrence.byAppointment ? texts['opening.occurrenceAppointment'] : texts['opening.occurrence'];
  const line = fill(template, { day: texts[`weekdayShort.${occurrence.weekday}`], date: formatShortDate(occurrence.date, texts['opening.shortDate']), range });
  return occurrence.note ? `${line} – ${occurrence.note}` : line;
}

function nextLine(next: Occurrence | undefined, now: Date, texts: OpeningTexts): string {
  if (!next) return texts['opening.noneSoon'];
  return fill(next.byAppointment ? texts['opening.nextAppointment'] : texts['opening.next'], { when: describeWhen(next, now, texts) });
}

/** The status as the citizen reads it, in Berlin time. */
export function describeStatus(status: OpeningStatus, now: Date, texts: OpeningTexts): StatusDescription {
  switch (status.state) {
    case 'unknown':
      return { tone: 'unknown', headline: texts['opening.unknown'] };
    case 'open':
      return { tone: 'open', headline: texts['opening.open'], detail: fill(texts['opening.until'], { time: berlinTime(status.closesAt) }) };
    case 'appointment': {
      const until = fill(texts['opening.until'], { time: berlinTime(status.closesAt) });
      const walkIn = status.nextWalkIn ? fill(texts['opening.nextWalkIn'], { when: describeWhen(status.nextWalkIn, now, texts) }) : undefined;
      return { tone: 'appointment', headline: texts['opening.appointment'], detail: walkIn ? `${until}. ${walkIn}` : until };
    }
    case 'opens-later-today': {
      const template = status.next.byAppointment ? texts['opening.opensTodayAppointment'] : texts['opening.opensToday'];
      return { tone: 'later', headline: fill(template, { time: formatClock(status.next.opens) }) };
    }
    case 'closed': {
      const next = nextLine(status.next, now, texts);
      if (status.reason === 'holiday' && status.holidayId) {
        return { tone: 'closed', headline: fill(texts['opening.closedHoliday'], { name: texts[`holiday.${status.holidayId}`] }), detail: next };
      }
      if (status.reason === 'closure') {
        const headline = status.closureReason ? fill(texts['opening.closedClosureReason'], { reason: status.closureReason }) : texts['opening.closedClosure'];
        return { tone: 'closed', headline, detail: next };
      }
      return { tone: 'closed', headline: next };
    }
  }
}

/** A schedule as plain JSON for a data attribute: closures as YYYY-MM-DD strings. */
export interface ScheduleJson {
  slots: WeeklySlot[];
  closures: Array<{ from: string; to: string; reason?: string }>;
  fronleichnam?: boolean;
}

export function encodeSchedule(schedule: Schedule): ScheduleJson {
  const json: ScheduleJson = {
    slots: schedule.slots.map((slot) => ({ ...slot })),
    closures: schedule.closures.map((closure: Closure) => ({
      from: closure.from.toISOString().slice(0, 10),
      to: closure.to.toISOString().slice(0, 10),
      ...(closure.reason ? { reason: closure.reason } : {}),
    })),
  };
  if (schedule.fronleichnam) json.fronleichnam = true;
  return json;
}

/** Inverse of encodeSchedule; dates become UTC midnight, exactly as the content schema makes them. */
export function decodeSchedule(json: ScheduleJson): Schedule {
  return {
    slots: json.slots,
    closures: json.closures.map((closure) => ({ from: new Date(`${closure.from}T00:00:00Z`), to: new Date(`${closure.to}T00:00:00Z`), reason: closure.reason })),
    fronleichnam: json.fronleichnam === true,
  };
}
