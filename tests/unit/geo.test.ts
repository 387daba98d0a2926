import { describe, expect, it } from 'vitest';
import { distanceKm, formatKm, nearestPoint, sortByDistance, type LatLng } from '../../src/lib/geo';

const ERFURT: LatLng = { lat: 50.9787, lng: 11.0328 };
const JENA: LatLng = { lat: 50.9271, lng: 11.5892 };

describe('distanceKm', () => {
  it('measures Erfurt to Jena as about 39 km', () => {
    expect(distanceKm(ERFURT, JENA)).toBeGreaterThan(37);
    expect(distanceKm(ERFURT, JENA)).toBeLessThan(41);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(JENA, ERFURT)).toBeCloseTo(distanceKm(ERFURT, JENA), 9);
    expect(distanceKm(ERFURT, ERFURT)).toBe(0);
  });

  it('gives 111.2 km per degree of latitude', () => {
    expect(distanceKm({ lat: 50, lng: 11 }, { lat: 51, lng: 11 })).toBeCloseTo(111.195, 2);
  });
});

describe('sortByDistance', () => {
  const places: Array<{ name: string; coordinates?: LatLng }> = [
    { name: 'Gera', coordinates: { lat: 50.8803, lng: 12.0824 } },
    { name: 'ohne Lage A' },
    { name: 'Jena', coordinates: JENA },
    { name: 'Nordhausen', coordinates: { lat: 51.505, lng: 10.7911 } },
    { name: 'ohne Lage B' },
    { name: 'Weimar', coordinates: { lat: 50.9795, lng: 11.3235 } },
  ];

  it('puts the nearest first and places without coordinates last in their original order', () => {
    const sorted = sortByDistance(places, ERFURT, (place) => place.coordinates);
    expect(sorted.map((entry) => entry.item.name)).toEqual(['Weimar', 'Jena', 'Nordhausen', 'Gera', 'ohne Lage A', 'ohne Lage B']);
  });

  it('attaches the distance, undefined when unknown', () => {
    const sorted = sortByDistance(places, ERFURT, (place) => place.coordinates);
    expect(sorted[1]?.distanceKm).toBeCloseTo(distanceKm(ERFURT, JENA), 9);
    expect(sorted[5]?.distanceKm).toBeUndefined();
  });

  it('keeps the original order for equal distances and does not change the input', () => {
    const twins = [
      { name: 'first', coordinates: JENA },
      { name: 'second', coordinates: JENA },
    ];
    expect(sortByDistance(twins, ERFURT, (place) => place.coordinates).map((entry) => entry.item.name)).toEqual(['first', 'second']);
    expect(places[0]?.name).toBe('Gera');
  });

  it('returns an empty list for no items', () => {
    expect(sortByDistance([], ERFURT, () => undefined)).toEqual([]);
  });
});

describe('nearestPoint and formatKm', () => {
  const erfurt = { lat: 50.978, lng: 11.029 };
  const jena = { lat: 50.927, lng: 11.586 };
  const weimar = { lat: 50.98, lng: 11.329 };

  it('picks the nearest of several offices', () => {
    expect(nearestPoint(erfurt, [jena, weimar])).toEqual(weimar);
    expect(nearestPoint(erfurt, [])).toBeUndefined();
  });

  it('rounds to one decimal below 10 km and to whole kilometres above', () => {
    expect(formatKm(3.456)).toBe('3,5');
    expect(formatKm(27.4)).toBe('27');
    expect(formatKm(123.6)).toBe('124');
  });
});
