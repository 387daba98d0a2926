/**
 * The finder without JavaScript: one page per district listing every place of the gazetteer with the
 * Anlaufstelle that answers for it, and an index of all places from A to Z (one page per letter) that
 * links each place to its row on its district's page.
 */
import { municipalitySlug } from './finder';
import { groupByLetter, type LetterGroup } from './letter-index';
import { answerForDistrict, answerForPlace, type IndexedPlace, type PlaceAnswer, type PlaceIndex } from './place-finder';

export interface PlaceRow {
  place: IndexedPlace;
  /** Fragment id of the row on the district page, unique on that page. */
  anchor: string;
  answer: PlaceAnswer;
}

export interface DistrictPage {
  district: string;
  slug: string;
  /** The answer for the district as a whole (its Anlaufstellen, or the nearest ones). */
  answer: PlaceAnswer;
  rows: PlaceRow[];
}

export interface IndexEntry {
  name: string;
  partOf?: string;
  district: string;
  /** /standorte/kreise/<slug>/#<anchor>, without the language prefix. */
  path: string;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export const districtSlug = (district: string) => municipalitySlug(district);

/** Letters of the A–Z pages as URL segments: "a" … "z", and "0" for names that start otherwise. */
function compareRows(a: IndexedPlace, b: IndexedPlace): number {
  return collator.compare(a.name, b.name) || collator.compare(a.partOf ?? '', b.partOf ?? '');
}

/** All district pages, in the order of the index's districts (kreisfreie Städte first, as in the schema). */
export function districtPages(index: PlaceIndex): DistrictPage[] {
  return index.districts.map(({ name: district }) => {
    const used = new Set<string>();
    const rows = index.places
      .filter((place) => place.district === district)
      .sort(compareRows)
      .map((place) => {
        const base = `ort-${municipalitySlug(place.partOf ? `${place.name} ${place.partOf}` : place.name)}`;
        let anchor = base;
        for (let suffix = 2; used.has(anchor); suffix += 1) anchor = `${base}-${suffix}`;
        used.add(anchor);
        return { place, anchor, answer: answerForPlace(index, place) };
      });
    return { district, slug: districtSlug(district), answer: answerForDistrict(index, district), rows };
  });
}

/** Every place of every district page in the site's A–Z order; places of the same name by district. */
export function placesByLetter(pages: readonly DistrictPage[]): Array<LetterGroup<IndexEntry>> {
  const entries = pages.flatMap((page) =>
    page.rows.map((row): IndexEntry => ({
      name: row.place.name,
      district: page.district,
      path: `/standorte/kreise/${page.slug}/#${row.anchor}`,
      ...(row.place.partOf ? { partOf: row.place.partOf } : {}),
    })),
  );
  return groupByLetter(
    entries,
    (entry) => entry.name,
    (a, b) => collator.compare(a.district, b.district),
  );
}
