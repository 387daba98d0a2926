/**
 * The place search of the finder, loaded only when someone types: the gazetteer of Thuringia
 * (src/data/gazetteer/thueringen.json) and the matcher. Kept in its own chunk so /standorte/ loads
 * without it.
 */
import compact from '../data/gazetteer/thueringen.json';
import { expandGazetteer, type CompactGazetteer } from '../lib/gazetteer';
import { buildPlaceIndex, type FinderStandortInfo, type PlaceIndex } from '../lib/place-finder';

export { answerQuery } from '../lib/place-finder';
// What turns an answer into lines on screen, and the search over the page's own catchment index for names
// that are not places ("ThINKA Jena"): only needed once someone types, so they load with the gazetteer.
export { normalizeSearchText, searchFinder } from '../lib/finder';
export { describeAnswers, describeMatch } from '../lib/finder-match';

export function createPlaceIndex(standorte: readonly FinderStandortInfo[]): PlaceIndex {
  return buildPlaceIndex(expandGazetteer(compact as unknown as CompactGazetteer), standorte);
}
