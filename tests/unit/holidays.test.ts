import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { addDays, easterSunday, HOLIDAY_IDS, isThuringianHoliday, thuringianHolidays } from '../../src/lib/holidays';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    // Extremes of the Gregorian range: earliest (22 March) and latest (25 April) possible dates.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('thuringianHolidays', () => {
  const names = (year: number, fronleichnam = false) => thuringianHolidays(year, { fronleichnam }).map((holiday) => de[`holiday.${holiday.id}`]);

  it('lists the eleven statutory holidays of 2026 in date order', () => {
    expect(thuringianHolidays(2026)).toEqual([
      { id: 'neujahr', date: '2026-01-01' },
      { id: 'karfreitag', date: '2026-04-03' },
      { id: 'ostermontag', date: '2026-04-06' },
      { id: 'tagDerArbeit', date: '2026-05-01' },
      { id: 'christiHimmelfahrt', date: '2026-05-14' },
      { id: 'pfingstmontag', date: '2026-05-25' },
      { id: 'weltkindertag', date: '2026-09-20' },
      { id: 'tagDerDeutschenEinheit', date: '2026-10-03' },
      { id: 'reformationstag', date: '2026-10-31' },
      { id: 'weihnachtsfeiertag1', date: '2026-12-25' },
      { id: 'weihnachtsfeiertag2', date: '2026-12-26' },
    ]);
  });

  it('counts 11 holidays in 2026 without Fronleichnam and 12 with it', () => {
    expect(thuringianHolidays(2026)).toHaveLength(11);
    expect(thuringianHolidays(2026, { fronleichnam: true })).toHaveLength(12);
  });

  it('includes Reformationstag and Weltkindertag in 2026', () => {
    expect(names(2026)).toContain('Reformationstag');
    expect(names(2026)).toContain('Weltkindertag');
  });

  it('has no Weltkindertag before 2019', () => {
    expect(names(2018)).not.toContain('Weltkindertag');
    expect(names(2019)).toContain('Weltkindertag');
  });

  it('adds Fronleichnam (4 June 2026) only with the option', () => {
    expect(isThuringianHoliday('2026-06-04')).toBeUndefined();
    expect(isThuringianHoliday('2026-06-04', { fronleichnam: true })).toEqual({ id: 'fronleichnam', date: '2026-06-04' });
    expect(names(2026)).not.toContain('Fronleichnam');
  });

  it('keeps the list sorted by date with Fronleichnam included', () => {
    const dates = thuringianHolidays(2026, { fronleichnam: true }).map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('isThuringianHoliday', () => {
  it('finds a holiday by date', () => {
    expect(isThuringianHoliday('2026-10-31')?.id).toBe('reformationstag');
    expect(isThuringianHoliday('2027-03-26')?.id).toBe('karfreitag');
  });

  it('returns undefined on a working day', () => {
    expect(isThuringianHoliday('2026-10-30')).toBeUndefined();
    expect(isThuringianHoliday('2018-09-20')).toBeUndefined();
  });
});

describe('holiday ids', () => {
  it('cover every holiday once, each with its German name as UI text', () => {
    const holidays = thuringianHolidays(2026, { fronleichnam: true });
    expect(holidays.map((holiday) => holiday.id).sort()).toEqual([...HOLIDAY_IDS].sort());
    for (const holiday of holidays) expect(de[`holiday.${holiday.id}`], holiday.id).toMatch(/^\S/);
  });
});
