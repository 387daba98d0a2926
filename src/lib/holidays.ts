/** Thuringian public holidays (gesetzliche Feiertage), computed from the calendar rather than typed in. */

/** Stable names of the holidays, for the UI texts "holiday.<id>" in each language. */
export const HOLIDAY_IDS = [
  'neujahr',
  'karfreitag',
  'ostermontag',
  'tagDerArbeit',
  'christiHimmelfahrt',
  'pfingstmontag',
  'fronleichnam',
  'weltkindertag',
  'tagDerDeutschenEinheit',
  'reformationstag',
  'weihnachtsfeiertag1',
  'weihnachtsfeiertag2',
] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

export interface Holiday {
  /** Its name in each language is the UI text "holiday.<id>" (German: the official name). */
  id: HolidayId;
  /** Calendar day as YYYY-MM-DD. */
  date: string;
}

export interface HolidayOptions {
  /** Fronleichnam is a holiday only in some mainly Catholic municipalities, e.g. in Eichsfeld. */
  fronleichnam?: boolean | undefined;
}

/** Weltkindertag became a Thuringian holiday by law in 2019. */
const WELTKINDERTAG_FIRST_YEAR = 2019;

const MS_PER_DAY = 86_400_000;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function isoDateOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Adds whole days to a YYYY-MM-DD date; UTC arithmetic keeps it free of time-zone effects. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Easter Sunday as YYYY-MM-DD (anonymous Gregorian computus by Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateOf(year, month, day);
}

function fixedHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = [
    { date: isoDateOf(year, 1, 1), id: 'neujahr' },
    { date: isoDateOf(year, 5, 1), id: 'tagDerArbeit' },
    { date: isoDateOf(year, 10, 3), id: 'tagDerDeutschenEinheit' },
    { date: isoDateOf(year, 10, 31), id: 'reformationstag' },
    { date: isoDateOf(year, 12, 25), id: 'weihnachtsfeiertag1' },
    { date: isoDateOf(year, 12, 26), id: 'weihnachtsfeiertag2' },
  ];
  if (year >= WELTKINDERTAG_FIRST_YEAR) holidays.push({ date: isoDateOf(year, 9, 20), id: 'weltkindertag' });
  return holidays;
}

function easterHolidays(year: number, options: HolidayOptions): Holiday[] {
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: addDays(easter, -2), id: 'karfreitag' },
    { date: addDays(easter, 1), id: 'ostermontag' },
    { date: addDays(easter, 39), id: 'christiHimmelfahrt' },
    { date: addDays(easter, 50), id: 'pfingstmontag' },
  ];
  if (options.fronleichnam === true) holidays.push({ date: addDays(easter, 60), id: 'fronleichnam' });
  return holidays;
}

/** All Thuringian public holidays of a year, sorted by date. */
export function thuringianHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  return [...fixedHolidays(year), ...easterHolidays(year, options)].sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday on a YYYY-MM-DD date, or undefined on a working day. */
export function isThuringianHoliday(isoDate: string, options: HolidayOptions = {}): Holiday | undefined {
  const year = Number(isoDate.slice(0, 4));
  return thuringianHolidays(year, options).find((holiday) => holiday.date === isoDate);
}
