import { describe, expect, it } from 'vitest';
import { impossibleDates, isRealDate } from '../../src/lib/frontmatter-dates';

describe('impossibleDates', () => {
  it('finds dates YAML would roll over, with their line in the file', () => {
    const header =
      '\nname: "ThINKA Test"\nsince: 2022-13-45\ncheckedAt: "2023-02-29"\nclosures:\n  - from: 2024-02-30\n    to: 2024-02-29\n  - 2021-04-31\nupdated: 2026-11-25 # ok';
    expect(impossibleDates(header)).toEqual([
      { line: 3, message: expect.stringContaining('„2022-13-45“ ist kein Datum im Kalender') },
      { line: 4, message: expect.stringContaining('„2023-02-29“') },
      { line: 6, message: expect.stringContaining('„2024-02-30“') },
      { line: 8, message: expect.stringContaining('„2021-04-31“') },
    ]);
  });

  it('leaves real dates, year-months and numbers that only look similar alone', () => {
    expect(impossibleDates('since: 2024-02-29\nteam: 2023-09\nphone: "0361-12-34"\nnote: "am 2022-13-45 geschlossen"\nat: 2020-01-01T10:00:00Z')).toEqual([]);
  });

  it('knows the leap years', () => {
    expect([isRealDate(2000, 2, 29), isRealDate(1900, 2, 29), isRealDate(2024, 2, 29), isRealDate(2023, 2, 29), isRealDate(2023, 12, 31), isRealDate(2023, 0, 1)]).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});
