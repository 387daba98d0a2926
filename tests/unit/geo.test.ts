import { describe, expect, it } from 'vitest';
import { distanceKm, sortByDistance, type LatLng } from '../../src/lib/geo';

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
