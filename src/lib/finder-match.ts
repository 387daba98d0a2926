/** The line above a search result that says why it is shown: "Zuständig für Kölleda". */
import type { FinderResult } from './finder';
import { fillPlaceholders as fill } from '../i18n/placeholders';
import { districtFullName, districtKind } from './districts';
import type { PlaceAnswer } from './place-finder';

export const FINDER_MATCH_KEYS = ['finder.match.catchment', 'finder.match.postcode', 'finder.match.location', 'finder.match.locationPostcode', 'finder.match.district'] as const;

export type FinderMatchTexts = Record<(typeof FINDER_MATCH_KEYS)[number], string>;

export interface MatchLine {
  text: string;
  /** The municipality page of the matched place, when there is one. */
  href?: string;
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

// ------------------------------------------------------------------- answers of the place search

export const ANSWER_TEXT_KEYS = [
  'finder.match.catchment',
  'finder.match.postcode',
  'finder.match.district',
  'finder.match.placeDistrict',
  'finder.match.nearest',
  'finder.match.nearestArea',
  'finder.placeIn',
  'finder.noneInLandkreis',
  'finder.noneInCity',
  'finder.nearestLead',
] as const;

export type AnswerTexts = Record<(typeof ANSWER_TEXT_KEYS)[number], string>;

export interface AnswerItem {
  standortId: string;
  line: MatchLine;
}

export interface DescribedAnswer {
  /** Sentences above the results, e.g. "In Ihrem Landkreis gibt es zurzeit keine ThINKA-Anlaufstelle." */
  notices: string[];
  /** One per Anlaufstelle, in answer order; an Anlaufstelle answering for several places appears once. */
  items: AnswerItem[];
}

export interface AnswerContext {
  texts: AnswerTexts;
  /** "im Landkreis Gotha", "in Suhl" in the page's language. */
  areaOf: (district: string) => string;
  /** The municipality page of a place for a location, if there is one. */
  pageOf?: (standortId: string, placeName: string) => string | undefined;
  formatKm: (km: number) => string;
  placeBase?: string;
}

/** A postcode's places named in one line, at most. */
const MAX_PLACE_NAMES = 4;

/** "Lusan (Gera)", and with the district when the same name answers for several districts: "Neundorf (Saale-Orla-Kreis)". */
function answerPlaceName(answer: PlaceAnswer, ambiguous: boolean): string {
  const place = answer.place;
  if (!place) return answer.district;
  if (answer.places && answer.places.length > 1) {
    const names = answer.places.slice(0, MAX_PLACE_NAMES).join(', ');
    return answer.places.length > MAX_PLACE_NAMES ? `${names} …` : names;
  }
  if (place.partOf) return `${place.name} (${place.partOf})`;
  return ambiguous ? `${place.name} (${place.district})` : place.name;
}

/** The lines the finder shows for the answers of the place search. */
export function describeAnswers(answers: readonly PlaceAnswer[], context: AnswerContext): DescribedAnswer {
  const { texts } = context;
  const ambiguous = new Set(answers.map((answer) => answer.district)).size > 1 && answers.every((answer) => answer.postcode === undefined);
  const notices: string[] = [];
  const items: AnswerItem[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    const place = answerPlaceName(answer, ambiguous);
    const area = context.areaOf(answer.district);
    if (answer.tier === 'nearest') {
      const none = districtKind(answer.district) === 'kreisfreieStadt' ? texts['finder.noneInCity'] : texts['finder.noneInLandkreis'];
      const where = answer.place ? `${fill(texts['finder.placeIn'], { place, area })} ` : '';
      notices.push(`${where}${none} ${texts['finder.nearestLead']}`);
    }
    for (const standort of answer.standorte) {
      if (seen.has(standort.id)) continue;
      seen.add(standort.id);
      let line: MatchLine;
      if (answer.tier === 'catchment') {
        const page = answer.place ? context.pageOf?.(standort.id, answer.place.name) : undefined;
        const text = !answer.place
          ? fill(texts['finder.match.district'], { area })
          : answer.postcode
            ? fill(texts['finder.match.postcode'], { postcode: answer.postcode, place })
            : fill(texts['finder.match.catchment'], { place });
        line = page ? { text, href: `${context.placeBase ?? '/standorte/orte/'}${page}/` } : { text };
      } else if (answer.tier === 'district') {
        const text = answer.place
          ? fill(texts['finder.match.placeDistrict'], { place: answer.postcode ? `${answer.postcode} ${place}` : place, area })
          : fill(texts['finder.match.district'], { area });
        line = { text };
      } else {
        const km = context.formatKm(standort.distanceKm ?? 0);
        line =
          answer.place || answer.postcode
            ? { text: fill(texts['finder.match.nearest'], { km, place: answer.postcode ? `${answer.postcode} ${place}` : place }) }
            : { text: fill(texts['finder.match.nearestArea'], { km, name: districtFullName(answer.district) }) };
      }
      items.push({ standortId: standort.id, line });
    }
  }
  return { notices, items };
}
