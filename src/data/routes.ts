/** getStaticPaths of the pages that exist in every language: the German routes and src/pages/[locale]/ share them. */
import { getCollection } from 'astro:content';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import { groupByLetter, type LetterGroup } from '../lib/letter-index';
import { municipalityPages } from '../lib/municipalities';
import type { Standort } from './standorte';
import { allDistrictPages, allPlaceLetters } from './places';
import { sitePages } from './site';

interface StaticPath<Props> {
  params: Record<string, string>;
  props: Props;
}

/** The same paths once per translated language, with the language as the "locale" parameter. */
export function localePaths<Props>(paths: StaticPath<Props>[]): StaticPath<Props>[] {
  return TRANSLATED_LOCALES.flatMap((locale) => paths.map((path) => ({ params: { ...path.params, locale }, props: path.props })));
}

export async function standortPaths(): Promise<StaticPath<{ standort: Standort }>[]> {
  return (await getCollection('standorte')).map((standort) => ({ params: { id: standort.id }, props: { standort } }));
}

export async function placePaths() {
  const standorte = await getCollection('standorte');
  return municipalityPages(standorte).map((page) => ({
    params: { slug: page.slug },
    props: { page, standorte: page.standortIds.map((id) => standorte.find((standort) => standort.id === id)!) },
  }));
}

export async function leitliniePaths() {
  return (await getCollection('leitlinien')).map((entry) => ({ params: { id: entry.id }, props: { id: entry.id } }));
}

/** One page per district with all its places: /standorte/kreise/<slug>/. */
export async function districtPaths() {
  const standorte = await getCollection('standorte');
  return (await allDistrictPages()).map((page) => {
    // Every Anlaufstelle the page names: the district's own, or the nearest ones.
    const ids = new Set([page.answer, ...page.rows.map((row) => row.answer)].flatMap((answer) => answer.standorte.map((standort) => standort.id)));
    return { params: { slug: page.slug }, props: { page, standorte: standorte.filter((standort) => ids.has(standort.id)) } };
  });
}

/** One page per letter group, each knowing every letter for its letter navigation. */
function letterPagePaths<T>(groups: LetterGroup<T>[]) {
  const letters = groups.map(({ letter, slug }) => ({ letter, slug }));
  return groups.map((group) => ({ params: { letter: group.slug }, props: { letter: group.letter, slug: group.slug, entries: group.items, letters } }));
}

/** One page per first letter with all places of Thuringia: /standorte/orte-a-z/<letter>/. */
export async function placeLetterPaths() {
  return letterPagePaths(await allPlaceLetters());
}

/** Every page of the site by first letter, for browsing without the full-text search (German only, like the search page). */
export async function searchLetterGroups() {
  return groupByLetter(
    await sitePages(),
    (page) => page.title,
    (a, b) => a.path.localeCompare(b.path),
  );
}

/** One page per first letter with every page of the site: /suche/a-z/<letter>/, so that /suche/ stays small at any size. */
export async function searchLetterPaths() {
  return letterPagePaths(await searchLetterGroups());
}
