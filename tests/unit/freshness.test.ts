import { describe, expect, it } from 'vitest';
import { DEFAULT_FRESHNESS_DAYS, daysBetween, describeStale, freshnessDays, freshnessNotice, freshnessWarning, staleEntries } from '../../src/lib/freshness';

const today = new Date('2026-11-25T10:00:00Z');

describe('freshness of Anlaufstellen („Geprüft am“)', () => {
  it('reads THINKA_FRESHNESS_DAYS, defaulting to 365, and rejects nonsense in German', () => {
    expect(freshnessDays({})).toBe(DEFAULT_FRESHNESS_DAYS);
    expect(DEFAULT_FRESHNESS_DAYS).toBe(365);
    expect(freshnessDays({ THINKA_FRESHNESS_DAYS: '90' })).toBe(90);
    expect(() => freshnessDays({ THINKA_FRESHNESS_DAYS: 'ein Jahr' })).toThrow(/THINKA_FRESHNESS_DAYS „ein Jahr“ ist keine gültige Anzahl Tage/);
    expect(() => freshnessDays({ THINKA_FRESHNESS_DAYS: '0' })).toThrow(/ganze Zahl ab 1/);
  });

  it('counts calendar days', () => {
    expect(daysBetween(new Date('2025-11-25'), today)).toBe(365);
    expect(daysBetween(new Date('2026-11-25'), today)).toBe(0);
  });

  it('reports entries without checkedAt and those checked longer ago than the limit, never-checked first', () => {
    const stale = staleEntries(
      [
        { id: 'frisch', name: 'Frisch', checkedAt: new Date('2026-06-01') },
        { id: 'grenze', name: 'Grenze', checkedAt: new Date('2025-11-25') },
        { id: 'alt', name: 'Alt', checkedAt: '2024-01-10' },
        { id: 'aelter', name: 'Älter', checkedAt: new Date('2020-01-01') },
        { id: 'nie', name: 'Nie', checkedAt: undefined },
        { id: 'leer', name: 'Leer', checkedAt: '' },
      ],
      today,
      365,
    );
    expect(stale.map((entry) => entry.id)).toEqual(['leer', 'nie', 'aelter', 'alt']);
    expect(stale[3]!.daysSince).toBe(daysBetween(new Date('2024-01-10'), today));
  });

  it('honours a shorter limit', () => {
    expect(staleEntries([{ id: 'a', name: 'A', checkedAt: new Date('2026-06-01') }], today, 90).map((entry) => entry.id)).toEqual(['a']);
  });

  it('words the build warning and the CMS notice in German, one line per location', () => {
    const stale = staleEntries(
      [
        { id: 'artern', name: 'ThINKA Artern' },
        { id: 'jena', name: 'ThINKA Jena', checkedAt: new Date('2024-03-01') },
      ],
      today,
      365,
    );
    expect(describeStale(stale[0]!)).toBe('ThINKA Artern (artern): noch nicht geprüft');
    expect(describeStale(stale[1]!)).toMatch(/^ThINKA Jena \(jena\): zuletzt geprüft am 1\. März 2024 \(vor \d+ Tagen\)$/);
    const warning = freshnessWarning(stale, 365)!;
    expect(warning.split('\n')[0]).toBe('2 Anlaufstellen wurden seit mehr als 365 Tagen nicht geprüft („Geprüft am“ fehlt oder ist zu alt; Grenze: THINKA_FRESHNESS_DAYS):');
    expect(warning.split('\n')).toHaveLength(3);
    expect(freshnessWarning([], 365)).toBeUndefined();
    expect(freshnessNotice(stale, 365)).toBe('Seit mehr als 365 Tagen nicht geprüft (Stand des letzten Builds): ThINKA Artern, ThINKA Jena.');
    expect(freshnessNotice([], 30)).toBe('Alle Anlaufstellen wurden in den letzten 30 Tagen geprüft.');
  });
});
