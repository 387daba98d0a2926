import { afterEach, describe, expect, it } from 'vitest';
import type { WeeklySlot } from '../../src/lib/hours';
import { berlinInstant, berlinParts, nextOccurrences, openingStatus, weekdayOf, type Closure, type OpeningStatus, type Schedule } from '../../src/lib/opening';

const slot = (day: WeeklySlot['day'], opens: string, closes: string, byAppointment = false): WeeklySlot => ({ day, opens, closes, byAppointment });
const schedule = (slots: WeeklySlot[], closures: Closure[] = [], fronleichnam = false): Schedule => ({ slots, closures, fronleichnam });
const weekdays = (opens: string, closes: string) => (['mo', 'di', 'mi', 'do', 'fr'] as const).map((day) => slot(day, opens, closes));
const at = (iso: string) => new Date(iso);

function nextOf(status: OpeningStatus) {
  if (status.state !== 'closed' && status.state !== 'opens-later-today') throw new Error(`no next in state ${status.state}`);
  return status.next;
}

describe('weekdayOf', () => {
  it('knows the weekdays of the dates used below', () => {
    expect(weekdayOf('2026-03-27')).toBe('fr');
    expect(weekdayOf('2026-03-29')).toBe('so');
    expect(weekdayOf('2026-10-03')).toBe('sa');
    expect(weekdayOf('2026-10-25')).toBe('so');
    expect(weekdayOf('2027-09-20')).toBe('mo');
    expect(weekdayOf('2026-04-02')).toBe('do');
  });
});

describe('berlinParts', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(berlinParts(at('2026-01-15T08:30:00Z'))).toEqual({ isoDate: '2026-01-15', weekday: 'do', minutes: 9 * 60 + 30 });
    expect(berlinParts(at('2026-07-15T08:30:00Z'))).toEqual({ isoDate: '2026-07-15', weekday: 'mi', minutes: 10 * 60 + 30 });
  });

  it('jumps from 01:59 to 03:00 on the spring change day', () => {
    expect(berlinParts(at('2026-03-29T00:59:00Z')).minutes).toBe(1 * 60 + 59);
    expect(berlinParts(at('2026-03-29T01:00:00Z')).minutes).toBe(3 * 60);
  });

  it('rolls over to the next Berlin day before UTC midnight', () => {
    expect(berlinParts(at('2026-06-30T22:30:00Z'))).toEqual({ isoDate: '2026-07-01', weekday: 'mi', minutes: 30 });
  });
});

describe('berlinInstant', () => {
  it('maps 09:00 Berlin to the right UTC instant around the 2026 changes', () => {
    expect(berlinInstant('2026-03-27', '09:00').toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(berlinInstant('2026-03-30', '09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(berlinInstant('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(berlinInstant('2026-10-26', '09:00').toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('maps a time skipped in spring forward', () => {
    expect(berlinInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(berlinInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier instant for a time repeated in autumn', () => {
    expect(berlinInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  describe('with another machine time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('gives the same instants', () => {
      process.env.TZ = 'America/Los_Angeles';
      expect(berlinInstant('2026-03-30', '09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
      expect(berlinParts(at('2026-03-29T22:30:00Z'))).toEqual({ isoDate: '2026-03-30', weekday: 'mo', minutes: 30 });
    });
  });
});

describe('openingStatus across daylight-saving changes', () => {
  const sunday = schedule([slot('so', '09:00', '12:00')]);

  it('opens at 07:00Z on the spring change day', () => {
    expect(openingStatus(sunday, at('2026-03-29T06:59:00Z')).state).toBe('opens-later-today');
    expect(openingStatus(sunday, at('2026-03-29T07:00:00Z'))).toEqual({
      state: 'open',
      slot: slot('so', '09:00', '12:00'),
      closesAt: at('2026-03-29T10:00:00Z'),
    });
  });

  it('opens at 08:00Z on the autumn change day', () => {
    expect(openingStatus(sunday, at('2026-10-25T07:30:00Z')).state).toBe('opens-later-today');
    expect(openingStatus(sunday, at('2026-10-25T08:00:00Z')).state).toBe('open');
    expect(openingStatus(sunday, at('2026-10-25T10:59:00Z')).state).toBe('open');
  });

  it('uses the new offset on the Monday after each change and the old one before', () => {
    const weekdaysOnly = schedule(weekdays('09:00', '12:00'));
    expect(openingStatus(weekdaysOnly, at('2026-03-27T07:59:00Z')).state).toBe('opens-later-today');
    expect(openingStatus(weekdaysOnly, at('2026-03-27T08:00:00Z')).state).toBe('open');
    expect(openingStatus(weekdaysOnly, at('2026-03-30T07:00:00Z')).state).toBe('open');
    expect(openingStatus(weekdaysOnly, at('2026-10-26T07:59:00Z')).state).toBe('opens-later-today');
    expect(openingStatus(weekdaysOnly, at('2026-10-26T08:00:00Z')).state).toBe('open');
  });
});

describe('openingStatus', () => {
  it('is unknown without any slots', () => {
    expect(openingStatus(schedule([]), at('2026-03-30T08:00:00Z'))).toEqual({ state: 'unknown' });
  });

  it('is closed exactly at the closing time', () => {
    const monday = schedule([slot('mo', '09:00', '12:00')]);
    expect(openingStatus(monday, at('2026-03-30T09:59:59Z')).state).toBe('open');
    const status = openingStatus(monday, at('2026-03-30T10:00:00Z'));
    expect(status.state).toBe('closed');
    // 2026-04-06 is Ostermontag, so the Monday after that is next.
    expect(nextOf(status)?.date).toBe('2026-04-13');
  });

  it('says opens-later-today in the morning before a 14:00 slot', () => {
    const status = openingStatus(schedule([slot('mo', '14:00', '16:00')]), at('2026-03-30T06:00:00Z'));
    expect(status.state).toBe('opens-later-today');
    expect(nextOf(status)?.start.toISOString()).toBe('2026-03-30T12:00:00.000Z');
  });

  it('reports an appointment-only slot as appointment, with the next walk-in time', () => {
    const status = openingStatus(schedule([slot('mo', '09:00', '12:00', true), slot('mi', '14:00', '16:00')]), at('2026-03-30T08:00:00Z'));
    expect(status).toMatchObject({ state: 'appointment', closesAt: at('2026-03-30T10:00:00Z'), slot: { byAppointment: true } });
    if (status.state !== 'appointment') throw new Error('expected appointment');
    expect(status.nextWalkIn?.date).toBe('2026-04-01');
  });

  it('prefers walk-in over an overlapping appointment slot', () => {
    const status = openingStatus(schedule([slot('mo', '08:00', '12:00', true), slot('mo', '09:00', '11:00')]), at('2026-03-30T08:00:00Z'));
    expect(status).toMatchObject({ state: 'open', closesAt: at('2026-03-30T09:00:00Z') });
  });

  it('prefers the next walk-in occurrence, falling back to appointment-only ones', () => {
    const mixed = schedule([slot('mo', '09:00', '12:00', true), slot('mi', '09:00', '12:00')]);
    expect(nextOf(openingStatus(mixed, at('2026-03-29T10:00:00Z')))?.date).toBe('2026-04-01');
    const appointmentsOnly = schedule([slot('mo', '09:00', '12:00', true)]);
    expect(nextOf(openingStatus(appointmentsOnly, at('2026-03-29T10:00:00Z')))).toMatchObject({ date: '2026-03-30', byAppointment: true });
  });

  it('opens next on Monday 09:00 after a Friday evening', () => {
    const status = openingStatus(schedule(weekdays('09:00', '12:00')), at('2026-03-20T17:00:00Z'));
    expect(status).toMatchObject({ state: 'closed' });
    expect(status).not.toHaveProperty('reason');
    expect(nextOf(status)).toMatchObject({ date: '2026-03-23', weekday: 'mo', opens: '09:00', start: at('2026-03-23T08:00:00Z') });
  });

  it('skips Karfreitag and Ostermontag: Thursday evening before Easter 2026 opens next on Tuesday', () => {
    const office = schedule(weekdays('09:00', '12:00'));
    expect(nextOf(openingStatus(office, at('2026-04-02T18:00:00Z')))).toMatchObject({ date: '2026-04-07', start: at('2026-04-07T07:00:00Z') });
    expect(openingStatus(office, at('2026-04-03T08:00:00Z'))).toMatchObject({ state: 'closed', reason: 'holiday', holidayId: 'karfreitag' });
  });

  it('skips Tag der Deutschen Einheit on Saturday 3 October 2026', () => {
    const office = schedule([slot('fr', '09:00', '12:00'), slot('sa', '09:00', '12:00')]);
    expect(openingStatus(office, at('2026-10-02T08:00:00Z')).state).toBe('open');
    expect(nextOf(openingStatus(office, at('2026-10-02T18:00:00Z')))?.date).toBe('2026-10-09');
    expect(openingStatus(office, at('2026-09-26T08:00:00Z')).state).toBe('open');
    expect(openingStatus(office, at('2026-10-03T08:00:00Z'))).toMatchObject({
      state: 'closed',
      reason: 'holiday',
      holidayId: 'tagDerDeutschenEinheit',
    });
  });

  it('skips Weltkindertag on Monday 20 September 2027 but not in 2018', () => {
    const monday = schedule([slot('mo', '09:00', '12:00')]);
    const status = openingStatus(monday, at('2027-09-20T08:00:00Z'));
    expect(status).toMatchObject({ state: 'closed', reason: 'holiday', holidayId: 'weltkindertag' });
    expect(nextOf(status)?.date).toBe('2027-09-27');
    const sameWeekday2018 = schedule([slot(weekdayOf('2018-09-20'), '09:00', '12:00')]);
    expect(openingStatus(sameWeekday2018, at('2018-09-20T08:00:00Z')).state).toBe('open');
  });

  it('skips Fronleichnam only where it is a holiday', () => {
    const thursday = [slot('do', '09:00', '12:00')];
    expect(openingStatus(schedule(thursday), at('2026-06-04T08:00:00Z')).state).toBe('open');
    expect(openingStatus(schedule(thursday, [], true), at('2026-06-04T08:00:00Z'))).toMatchObject({ state: 'closed', holidayId: 'fronleichnam' });
  });

  it('skips every day of an inclusive closure range', () => {
    const closure = { from: new Date('2026-07-06'), to: new Date('2026-07-10'), reason: 'Betriebsferien' };
    const office = schedule(weekdays('09:00', '12:00'), [closure]);
    expect(openingStatus(office, at('2026-07-03T08:00:00Z')).state).toBe('open');
    const first = openingStatus(office, at('2026-07-06T08:00:00Z'));
    expect(first).toMatchObject({ state: 'closed', reason: 'closure', closureReason: 'Betriebsferien' });
    expect(nextOf(first)?.date).toBe('2026-07-13');
    expect(openingStatus(office, at('2026-07-10T08:00:00Z'))).toMatchObject({ state: 'closed', reason: 'closure' });
  });

  it('gives no reason on a day without regular hours', () => {
    const status = openingStatus(schedule([slot('mo', '09:00', '12:00')]), at('2026-09-20T10:00:00Z'));
    expect(status.state).toBe('closed');
    expect(status).not.toHaveProperty('reason');
  });

  it('looks only horizonDays ahead for the next occurrence', () => {
    const longClosure = { from: new Date('2026-07-01'), to: new Date('2026-08-31') };
    const office = schedule(weekdays('09:00', '12:00'), [longClosure]);
    expect(nextOf(openingStatus(office, at('2026-07-01T08:00:00Z')))).toBeUndefined();
    expect(nextOf(openingStatus(office, at('2026-07-01T08:00:00Z'), { horizonDays: 90 }))?.date).toBe('2026-09-01');
  });
});

describe('nextOccurrences', () => {
  const office = schedule([slot('mi', '09:00', '12:00'), slot('mo', '14:00', '16:00'), slot('mo', '09:00', '12:00')]);

  it('lists occurrences in order, including the running one and skipping holidays', () => {
    const list = nextOccurrences(office, at('2026-03-30T08:00:00Z'), 5);
    expect(list.map((occurrence) => `${occurrence.date} ${occurrence.opens}`)).toEqual([
      '2026-03-30 09:00',
      '2026-03-30 14:00',
      '2026-04-01 09:00',
      '2026-04-08 09:00',
      '2026-04-13 09:00',
    ]);
  });

  it('leaves out occurrences that have ended', () => {
    expect(nextOccurrences(office, at('2026-03-30T10:00:00Z'), 1)[0]?.opens).toBe('14:00');
  });

  it('returns nothing for no slots or a zero count', () => {
    expect(nextOccurrences(schedule([]), at('2026-03-30T08:00:00Z'), 3)).toEqual([]);
    expect(nextOccurrences(office, at('2026-03-30T08:00:00Z'), 0)).toEqual([]);
  });

  it('carries the note of the slot', () => {
    const noted = schedule([{ ...slot('mo', '09:00', '12:00'), note: 'nur in geraden Wochen' }]);
    expect(nextOccurrences(noted, at('2026-03-29T08:00:00Z'), 1)[0]?.note).toBe('nur in geraden Wochen');
  });
});

describe('next opening across weekends, holidays and closures', () => {
  const office = schedule(weekdays('09:00', '12:00'));

  it('skips Reformationstag on Friday 31 October 2025 and the weekend after it', () => {
    const status = openingStatus(office, at('2025-10-30T12:00:00Z'));
    expect(nextOf(status)).toMatchObject({ date: '2025-11-03', weekday: 'mo', start: at('2025-11-03T08:00:00Z') });
    expect(openingStatus(office, at('2025-10-31T09:00:00Z'))).toMatchObject({ state: 'closed', holidayId: 'reformationstag' });
  });

  it('chains a closure, Christmas and a weekend: from 21 December 2026 the next day open is 24 December, then 28 December', () => {
    const withClosure = schedule(weekdays('09:00', '12:00'), [{ from: new Date('2026-12-21'), to: new Date('2026-12-23'), reason: 'Fortbildung' }]);
    expect(nextOf(openingStatus(withClosure, at('2026-12-21T08:00:00Z')))?.date).toBe('2026-12-24');
    expect(nextOf(openingStatus(withClosure, at('2026-12-24T12:00:00Z')))?.date).toBe('2026-12-28');
  });

  it('lists occurrences with the right UTC instants on both sides of the spring change', () => {
    const list = nextOccurrences(office, at('2026-03-27T00:00:00Z'), 2);
    expect(list.map((occurrence) => occurrence.start.toISOString())).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });
});
