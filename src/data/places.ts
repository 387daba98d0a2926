/** The gazetteer of Thuringia at build time: for the finder's data, the district pages and the attribution. */
import { getCollection } from 'astro:content';
import compact from './gazetteer/thueringen.json' with { type: 'json' };
import { districtPages, placesByLetter, type DistrictPage } from '../lib/district-pages';
import { expandGazetteer, type CompactGazetteer, type GazetteerSource } from '../lib/gazetteer';
import { buildPlaceIndex, finderStandortInfo } from '../lib/place-finder';

const data = compact as unknown as CompactGazetteer;

export const gazetteer = expandGazetteer(data);
export const gazetteerSource: GazetteerSource = data.source;

let pagesOfBuild: Promise<DistrictPage[]> | undefined;

/** Every district page with every place and its answer; computed once per build (the dev server recomputes). */
export function allDistrictPages(): Promise<DistrictPage[]> {
  const compute = async () => {
    const standorte = await getCollection('standorte');
    return districtPages(
      buildPlaceIndex(
        gazetteer,
        standorte.map((standort) => finderStandortInfo(gazetteer, standort)),
      ),
    );
  };
  if (import.meta.env.DEV) return compute();
  pagesOfBuild ??= compute();
  return pagesOfBuild;
}

export async function allPlaceLetters() {
  return placesByLetter(await allDistrictPages());
}
