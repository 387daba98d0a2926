/** Distances between coordinates, for sorting Anlaufstellen by how far away they are. */
import { numberFormat } from '../i18n/intl-formats.ts';

export interface LatLng {
  lat: number;
  lng: number;
}

export interface WithDistance<T> {
  item: T;
  /** Kilometres from the origin, undefined when the item has no coordinates. */
  distanceKm: number | undefined;
}

/** Mean earth radius (IUGG), good to well under 1 % for distances within Thuringia. */
const EARTH_RADIUS_KM = 6371.0088;

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance in kilometres (haversine formula). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // Clamp against rounding just above 1, which would make asin return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items with coordinates nearest first, then items without coordinates in their original order. */
export function sortByDistance<T>(items: readonly T[], origin: LatLng, coordinatesOf: (item: T) => LatLng | undefined): Array<WithDistance<T>> {
  const measured = items.map((item, position) => {
    const coordinates = coordinatesOf(item);
    return { item, position, distanceKm: coordinates ? distanceKm(origin, coordinates) : undefined };
  });
  const known = measured.filter((entry) => entry.distanceKm !== undefined);
  const unknown = measured.filter((entry) => entry.distanceKm === undefined);
  // Equal distances keep their original order, so the result is deterministic.
  known.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.position - b.position);
  return [...known, ...unknown].map(({ item, distanceKm: distance }) => ({ item, distanceKm: distance }));
}

/** The point nearest to the origin, e.g. the closest of a location's offices; undefined for none. */
export function nearestPoint(origin: LatLng, points: readonly LatLng[]): LatLng | undefined {
  let best: LatLng | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const point of points) {
    const distance = distanceKm(origin, point);
    if (distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}

/** "3,4" below 10 km, "27" from 10 km: as precise as a straight-line distance deserves. */
export function formatKm(km: number, locale = 'de-DE'): string {
  return numberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
