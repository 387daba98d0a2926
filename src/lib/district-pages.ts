/**
 * The finder without JavaScript: one page per district listing every place of the gazetteer with the
 * Anlaufstelle that answers for it, and an index of all places from A to Z (one page per letter) that
 * links each place to its row on its district's page.
 */
import { municipalitySlug } from './finder';
import { indexLetter } from './municipalities';
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
export const letterSlug = (letter: string) => (letter === '#' ? '0' : letter.toLowerCase());

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

/** Every place of every district page, grouped by first letter (umlauts under their base letter). */
export function placesByLetter(pages: readonly DistrictPage[]): Array<{ letter: string; slug: string; entries: IndexEntry[] }> {
  const groups = new Map<string, IndexEntry[]>();
  for (const page of pages) {
    for (const row of page.rows) {
      const letter = indexLetter(row.place.name);
      const entry: IndexEntry = { name: row.place.name, district: page.district, path: `/standorte/kreise/${page.slug}/#${row.anchor}` };
      if (row.place.partOf) entry.partOf = row.place.partOf;
      groups.set(letter, [...(groups.get(letter) ?? []), entry]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, entries]) => ({
      letter,
      slug: letterSlug(letter),
      entries: entries.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.district, b.district)),
    }));
}
