/** The line above a search result that says why it is shown: "Zuständig für Kölleda". */
import type { FinderResult } from './finder';

export const FINDER_MATCH_KEYS = [
  'finder.match.catchment',
  'finder.match.postcode',
  'finder.match.location',
  'finder.match.locationPostcode',
  'finder.match.district',
] as const;

export type FinderMatchTexts = Record<(typeof FINDER_MATCH_KEYS)[number], string>;

export interface MatchLine {
  text: string;
  /** The municipality page of the matched place, when there is one. */
  href?: string;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}

/** "Winzerla (Jena)" for a Stadtteil, else the name itself. */
function placeName(label: string, partOf: string | undefined): string {
  return partOf ? `${label} (${partOf})` : label;
}

/**
 * Why a location is in the results. Undefined when the query matched the location's own name,
 * since the result's heading already says that. `placeBase` is where the place pages live in the page's language.
 */
export function describeMatch(
  result: FinderResult,
  standortName: string,
  texts: FinderMatchTexts,
  areaOf: (district: string) => string,
  placeBase = '/standorte/orte/',
): MatchLine | undefined {
  const { matched } = result;
  const isPostcode = matched.kind === 'postleitzahl';
  const href = matched.page ? `${placeBase}${matched.page}/` : undefined;
  const withHref = (text: string): MatchLine => (href ? { text, href } : { text });
  switch (result.source) {
    case 'catchment':
      return withHref(
        isPostcode
          ? fill(texts['finder.match.postcode'], { postcode: matched.label, place: matched.partOf ?? '' })
          : fill(texts['finder.match.catchment'], { place: placeName(matched.label, matched.partOf) }),
      );
    case 'location':
      if (matched.label === standortName) return undefined;
      return isPostcode
        ? { text: fill(texts['finder.match.locationPostcode'], { postcode: matched.label, place: matched.partOf ?? '' }) }
        : { text: fill(texts['finder.match.location'], { place: placeName(matched.label, matched.partOf) }) };
    case 'district':
      return { text: fill(texts['finder.match.district'], { area: areaOf(matched.label) }) };
  }
}
