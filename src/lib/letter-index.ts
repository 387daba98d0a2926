/**
 * The one A–Z index rule of the site (search page, the finder's place list, the index of all places):
 * umlauts under their base letter as in German dictionaries, digits and signs under „#“ first.
 */
import { foldGerman } from './finder';

export const OTHER_LETTER = '#';

export interface LetterGroup<T> {
  /** "A" … "Z", or "#" for names that start with a digit or sign. */
  letter: string;
  /** For addresses and anchors: "a" … "z", "0" for "#". */
  slug: string;
  items: T[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Index letter of a name: „Ölsnitz“ → "O", „2024 im Rückblick“ → "#". */
export function indexLetter(name: string): string {
  const first = foldGerman(name.trim()).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : OTHER_LETTER;
}

export const letterSlug = (letter: string): string => (letter === OTHER_LETTER ? '0' : letter.toLowerCase());

/** Items grouped by index letter, "#" first, then A–Z; within a letter by name in German order, then by `tieBreak`. */
export function groupByLetter<T>(items: readonly T[], nameOf: (item: T) => string, tieBreak: (a: T, b: T) => number = () => 0): Array<LetterGroup<T>> {
  const sorted = [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)) || tieBreak(a, b));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = indexLetter(nameOf(item));
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHER_LETTER ? -1 : b === OTHER_LETTER ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, slug: letterSlug(letter), items: list }));
}
