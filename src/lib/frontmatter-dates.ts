/**
 * Impossible calendar dates in a file's YAML header. YAML turns 2022-13-45 into a valid date by rolling it over
 * (14 Feb 2023) before any schema sees it, so the check has to read the text itself.
 */

/** A header line whose whole value is a date (years 1800–2999, so a phone number is none), quoted or not, in a mapping or a list. */
const DATE_LINE = /^\s*(?:-\s+)?(?:[\w.-]+:\s+)?(?:-\s+)?(["']?)(((?:1[89]|2\d)\d\d)-(\d{1,2})-(\d{1,2}))(?:[Tt ][0-9:.]+(?:Z|[+-]\d\d(?::?\d\d)?)?)?\1\s*(?:#.*)?$/;

/** True for a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

export interface DateProblem {
  /** Line in the file, counting the opening "---" as line 1. */
  line: number;
  message: string;
}

/** Every impossible date in the header: the text right after the opening "---", as Astro reads it (it starts with that line's end). */
export function impossibleDates(frontmatter: string): DateProblem[] {
  return frontmatter.split('\n').flatMap((text, index) => {
    const match = DATE_LINE.exec(text);
    if (!match || isRealDate(Number(match[3]), Number(match[4]), Number(match[5]))) return [];
    return [
      {
        line: index + 1,
        message: `„${match[2]}“ ist kein Datum im Kalender. Bitte ein echtes Datum im Format JJJJ-MM-TT angeben, z. B. 2022-12-31.`,
      },
    ];
  });
}
