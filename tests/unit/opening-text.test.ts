import { describe, expect, it } from 'vitest';
import ar from '../../src/i18n/ar.json';
import de from '../../src/i18n/de.json';
import type { WeeklySlot } from '../../src/lib/hours';
import { nextOccurrences, openingStatus, type Schedule } from '../../src/lib/opening';
import {
  OPENING_TEXT_KEYS,
  decodeSchedule,
  describeOccurrence,
  describeStatus,
  encodeSchedule,
  formatClock,
  formatShortDate,
  type OpeningTexts,
  type ScheduleJson,
} from '../../src/lib/opening-text';

const texts = Object.fromEntries(OPENING_TEXT_KEYS.map((key) => [key, de[key]])) as OpeningTexts;
const slot = (day: WeeklySlot['day'], opens: string, closes: string, byAppointment = false): WeeklySlot => ({ day, opens, closes, byAppointment });
const weekdays = (opens: string, closes: string) => (['mo', 'di', 'mi', 'do', 'fr'] as const).map((day) => slot(day, opens, closes));
const office: Schedule = {
  slots: [...weekdays('09:00', '12:00'), slot('di', '14:00', '16:00'), slot('do', '14:00', '17:00', true)],
  closures: [{ from: new Date('2026-07-06'), to: new Date('2026-07-10'), reason: 'Betriebsferien' }],
};
const describe_ = (schedule: Schedule, iso: string) => {
  const now = new Date(iso);
  return describeStatus(openingStatus(schedule, now), now, texts);
};

describe('OPENING_TEXT_KEYS', () => {
  it('are all in the German dictionary', () => {
    for (const key of OPENING_TEXT_KEYS) expect(de[key], key).toBeTruthy();
  });
});

describe('formatClock', () => {
  it('drops a leading zero of the hour only', () => {
    expect(formatClock('09:00')).toBe('9:00');
    expect(formatClock('14:30')).toBe('14:30');
    expect(formatClock('00:30')).toBe('0:30');
  });
});

describe('formatShortDate', () => {
  it('writes day and month in the order and with the marks of the language', () => {
    expect(formatShortDate('2026-04-07')).toBe('7.4.');
    expect(formatShortDate('2026-04-07', de['opening.shortDate'])).toBe('7.4.');
    // Right to left, a trailing full stop would land on the wrong side of the number.
    expect(formatShortDate('2026-12-24', ar['opening.shortDate'])).toBe('24/12');
  });
});

describe('describeStatus in Berlin time', () => {
  it('says "Jetzt geöffnet" with the closing time during walk-in hours (summer time)', () => {
    // Tuesday 31 March 2026, 10:30 CEST.
    expect(describe_(office, '2026-03-31T08:30:00Z')).toEqual({ tone: 'open', headline: 'Jetzt geöffnet', detail: 'bis 12:00 Uhr' });
  });

  it('says "Öffnet heute um 14:00" at lunchtime', () => {
    expect(describe_(office, '2026-03-31T11:00:00Z')).toEqual({ tone: 'later', headline: 'Öffnet heute um 14:00' });
  });

  it('says "Jetzt nur mit Termin" during appointment-only hours, naming the next walk-in time', () => {
    // Thursday 2 April 2026, 15:00 CEST; Friday is Karfreitag, Monday Ostermontag.
    expect(describe_(office, '2026-04-02T13:00:00Z')).toEqual({
      tone: 'appointment',
      headline: 'Jetzt nur mit Termin',
      detail: 'bis 17:00 Uhr. Ohne Termin wieder: Di 9:00',
    });
  });

  it('names the holiday and the next opening across Easter', () => {
    expect(describe_(office, '2026-04-03T08:00:00Z')).toEqual({ tone: 'closed', headline: 'Heute geschlossen: Karfreitag', detail: 'Nächste Sprechzeit: Di 9:00' });
  });

  it('names the next opening after a weekend in winter time', () => {
    expect(describe_(office, '2026-01-17T10:00:00Z')).toEqual({ tone: 'closed', headline: 'Nächste Sprechzeit: Mo 9:00' });
  });

  it('names Reformationstag and Weltkindertag as holidays', () => {
    const friday = { slots: [slot('fr', '09:00', '12:00')], closures: [] };
    expect(describe_(friday, '2025-10-31T09:00:00Z').headline).toBe('Heute geschlossen: Reformationstag');
    const sunday = { slots: [slot('so', '09:00', '12:00')], closures: [] };
    expect(describe_(sunday, '2026-09-20T08:00:00Z').headline).toBe('Heute geschlossen: Weltkindertag');
  });

  it('names a closure with its reason and gives the date when the next opening is more than a week away', () => {
    expect(describe_(office, '2026-07-06T08:00:00Z')).toEqual({
      tone: 'closed',
      headline: 'Heute geschlossen: Betriebsferien',
      detail: 'Nächste Sprechzeit: Mo 13.7. 9:00',
    });
  });

  it('marks an appointment-only next opening and a later-today appointment slot', () => {
    const appointments = { slots: [slot('mo', '14:00', '16:00', true)], closures: [] };
    expect(describe_(appointments, '2026-03-30T08:00:00Z').headline).toBe('Heute ab 14:00 nur mit Termin');
    expect(describe_(appointments, '2026-03-24T08:00:00Z').headline).toBe('Nächste Sprechzeit (nur mit Termin): Mo 14:00');
    // Ostermontag (6 April) is skipped, so the next Monday is more than a week away and gets its date.
    expect(describe_(appointments, '2026-03-31T08:00:00Z').headline).toBe('Nächste Sprechzeit (nur mit Termin): Mo 13.4. 14:00');
  });

  it('never invents hours: no slots means "noch nicht bekannt"', () => {
    expect(describe_({ slots: [], closures: [] }, '2026-03-31T08:30:00Z')).toEqual({ tone: 'unknown', headline: 'Sprechzeiten: noch nicht bekannt' });
  });

  it('says so when nothing is planned in the next three weeks', () => {
    const closed = { ...office, closures: [{ from: new Date('2026-07-01'), to: new Date('2026-08-31') }] };
    expect(describe_(closed, '2026-07-01T08:00:00Z').detail).toBe('In den nächsten drei Wochen ist keine Sprechzeit geplant.');
  });
});

describe('describeOccurrence', () => {
  it('formats the upcoming list with day, date, range, appointment and note', () => {
    const noted: Schedule = { slots: [{ ...slot('mi', '09:00', '12:00'), note: 'im Jobcenter' }, slot('do', '14:00', '17:00', true)], closures: [] };
    const lines = nextOccurrences(noted, new Date('2026-03-30T08:00:00Z'), 2).map((occurrence) => describeOccurrence(occurrence, texts));
    expect(lines).toEqual(['Mi 1.4., 9:00 bis 12:00 Uhr – im Jobcenter', 'Do 2.4., 14:00 bis 17:00 Uhr (nur mit Termin)']);
  });
});

describe('encodeSchedule and decodeSchedule', () => {
  it('round-trip through JSON with the same results', () => {
    const schedule = { ...office, fronleichnam: true };
    const copy = decodeSchedule(JSON.parse(JSON.stringify(encodeSchedule(schedule))) as ScheduleJson);
    expect(copy.closures[0]?.from.toISOString()).toBe('2026-07-06T00:00:00.000Z');
    for (const iso of ['2026-06-04T08:00:00Z', '2026-07-07T08:00:00Z', '2026-03-31T08:30:00Z']) {
      expect(openingStatus(copy, new Date(iso))).toEqual(openingStatus(schedule, new Date(iso)));
    }
  });

  it('leaves out what is not set', () => {
    expect(encodeSchedule({ slots: [], closures: [] })).toEqual({ slots: [], closures: [] });
  });
});

describe('holiday names', () => {
  it('are named in the language of the page, in German by default', () => {
    // Karfreitag 2026 is 3 April; the office is closed all day.
    const now = new Date('2026-04-03T08:00:00Z');
    expect(describeStatus(openingStatus(office, now), now, texts).headline).toBe('Heute geschlossen: Karfreitag');
    const arabic = Object.fromEntries(OPENING_TEXT_KEYS.map((key) => [key, ar[key]])) as OpeningTexts;
    expect(describeStatus(openingStatus(office, now), now, arabic).headline).toContain('الجمعة العظيمة');
  });
});
