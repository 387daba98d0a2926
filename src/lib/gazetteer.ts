/**
 * The gazetteer of Thuringia: every place and postcode of the open-data source with its district and
 * coordinates. Stored compactly (src/data/gazetteer/thueringen.json, made by scripts/make-gazetteer.ts)
 * so the finder can load it only when someone types; expanded here into plain objects.
 */
import type { LatLng } from './geo';

export interface GazetteerSource {
  name: string;
  url: string;
  commit: string;
  file: string;
  updated: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
  /** The GeoNames place lists (npm packages) that add Ortsteile and places the postcode table lacks. */
  placeLists?: Array<{ name: string; version: string; file: string; licence: string }>;
}

/**
 * A place as stored: [name, district index, lat, lng, postcodes separated by spaces, partOf?].
 * partOf is set for an Ortsteil listed as "Municipality Ortsteil" in the source and for a part of a
 * kreisfreie Stadt from the place lists; postcodes are empty for places from the place lists.
 */
export type CompactPlace = [string, number, number, number, string] | [string, number, number, number, string, string];

/** A postcode as stored: [postcode, district index, lat, lng]; lat/lng is the mean of the source's rows. */
export type CompactPostcode = [string, number, number, number];

export interface CompactGazetteer {
  source: GazetteerSource;
  /** Names exactly as in THURINGIAN_DISTRICTS. */
  districts: string[];
  places: CompactPlace[];
  postcodes: CompactPostcode[];
}

export interface GazetteerPlace {
  name: string;
  district: string;
  coordinates: LatLng;
  postcodes: string[];
  /** The municipality an Ortsteil belongs to. */
  partOf?: string;
}

export interface GazetteerPostcode {
  postcode: string;
  district: string;
  coordinates: LatLng;
}

export interface Gazetteer {
  districts: string[];
  places: GazetteerPlace[];
  postcodes: GazetteerPostcode[];
}

function districtAt(districts: readonly string[], index: number): string {
  const name = districts[index];
  if (name === undefined) throw new Error(`Gazetteer: unknown district index ${index}`);
  return name;
}

export function expandGazetteer(compact: Pick<CompactGazetteer, 'districts' | 'places' | 'postcodes'>): Gazetteer {
  const { districts } = compact;
  return {
    districts: [...districts],
    places: compact.places.map(([name, district, lat, lng, postcodes, partOf]) => {
      const place: GazetteerPlace = {
        name,
        district: districtAt(districts, district),
        coordinates: { lat, lng },
        postcodes: postcodes ? postcodes.split(' ') : [],
      };
      if (partOf) place.partOf = partOf;
      return place;
    }),
    postcodes: compact.postcodes.map(([postcode, district, lat, lng]) => ({ postcode, district: districtAt(districts, district), coordinates: { lat, lng } })),
  };
}

/** The mean of the coordinates of a district's places: where "nearest" is measured from for a whole district. */
export function districtCentre(gazetteer: Gazetteer, district: string): LatLng | undefined {
  const points = gazetteer.places.filter((place) => place.district === district).map((place) => place.coordinates);
  if (points.length === 0) return undefined;
  const sum = points.reduce((total, point) => ({ lat: total.lat + point.lat, lng: total.lng + point.lng }), { lat: 0, lng: 0 });
  return { lat: round4(sum.lat / points.length), lng: round4(sum.lng / points.length) };
}

export function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
