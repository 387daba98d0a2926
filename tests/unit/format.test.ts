import { describe, expect, it } from 'vitest';
import { formatDate, formatFileSize, formatYearMonth, isoDay, isoDuration, routePlannerHref, telHref } from '../../src/lib/format';
import { countFormat, dateTimeFormat, numberFormat } from '../../src/i18n/intl-formats';
import { formatPartialDate } from '../../src/lib/sources';

describe('format', () => {
  it('formats dates in Berlin time, even around midnight UTC', () => {
    expect(formatDate(new Date('2026-11-25T00:00:00Z'))).toBe('25. November 2026');
    expect(isoDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('spells out year and month', () => {
    expect(formatYearMonth('2023-09')).toBe('September 2023');
    expect(formatYearMonth('2021-07')).toBe('Juli 2021');
  });

  it('turns German phone numbers into international tel: links', () => {
    expect(telHref('03466 7404457')).toBe('tel:+4934667404457');
    expect(telHref('+49 (3641) 12-34')).toBe('tel:+4936411234');
    expect(telHref('0049 3641 1234')).toBe('tel:+4936411234');
  });

  it('formats file sizes with German decimals', () => {
    expect(formatFileSize(999)).toBe('999 Byte');
    expect(formatFileSize(90_559)).toBe('90,6 KB');
    expect(formatFileSize(1_450_000)).toBe('1,5 MB');
  });

  it('turns m:ss durations into ISO 8601', () => {
    expect(isoDuration('3:45')).toBe('PT3M45S');
    expect(isoDuration('1:02:03')).toBe('PT1H2M3S');
    expect(isoDuration('0:00')).toBe('PT0S');
    expect(isoDuration('10:00')).toBe('PT10M');
  });
});

describe('routePlannerHref', () => {
  it('uses coordinates when known, else the full street address', () => {
    expect(routePlannerHref({ city: 'Artern' }, { lat: 51.36, lng: 11.29 })).toBe('https://www.openstreetmap.org/directions?to=51.36%2C11.29');
    expect(routePlannerHref({ street: 'Einbecker Str. 6', postcode: '06556', city: 'Artern' })).toBe(
      'https://www.openstreetmap.org/directions?to=Einbecker%20Str.%206%2C%2006556%20Artern',
    );
  });

  it('gives no link without a street: a town centre is no destination', () => {
    expect(routePlannerHref({ city: 'Sömmerda' })).toBeUndefined();
    expect(routePlannerHref(undefined)).toBeUndefined();
  });
});

describe('intl-formats', () => {
  it('creates one formatter per locale and options and reuses it', () => {
    expect(numberFormat('de-DE', { maximumFractionDigits: 1 })).toBe(numberFormat('de-DE', { maximumFractionDigits: 1 }));
    expect(numberFormat('de-DE', { maximumFractionDigits: 1 })).not.toBe(numberFormat('de-DE', { maximumFractionDigits: 0 }));
    expect(dateTimeFormat('fa-IR', { month: 'long' })).toBe(dateTimeFormat('fa-IR', { month: 'long' }));
    expect(dateTimeFormat('fa-IR', { month: 'long' })).not.toBe(dateTimeFormat('ar', { month: 'long' }));
  });

  it('writes counts in the language’s digits without grouping', () => {
    expect(countFormat('de-DE').format(12345)).toBe('12345');
    expect(countFormat('fa-IR').format(21)).toBe('۲۱');
    expect(formatPartialDate('2021', 'fa-IR')).toBe('۲۰۲۱');
  });
});
