/** Queries over the Anlaufstellen shared by the finder, the location pages and the municipality pages. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, LOCALE_INFO, pickTexts, pluralEntry, useTranslations, type Locale, type PluralText } from '../i18n';
import { localizedPath } from '../lib/localized-paths';
import { buildFinderIndex, type FinderIndex } from '../lib/finder';
import type { LatLng } from '../lib/geo';
import type { WeeklySlot } from '../lib/hours';
import { ANSWER_TEXT_KEYS, FINDER_MATCH_KEYS, type AnswerTexts, type FinderMatchTexts } from '../lib/finder-match';
import { areaPhrase, linkMunicipalityPages, municipalityPages, titlePhrase, type MunicipalityPage } from '../lib/municipalities';
import type { Schedule } from '../lib/opening';
import { OPENING_TEXT_KEYS, type OpeningTexts } from '../lib/opening-text';
import { finderStandortInfo, type FinderStandortInfo } from '../lib/place-finder';
import { THURINGIAN_DISTRICTS } from '../lib/districts';
import { gazetteer } from './places';

export type Standort = CollectionEntry<'standorte'>;

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** The moment this build started: the "Stand" of every build-time opening list. */
export const BUILD_TIME = new Date();

export async function sortedStandorte(): Promise<Standort[]> {
  return (await getCollection('standorte')).sort((a, b) => collator.compare(a.data.place, b.data.place));
}

let standorteOfBuild: Promise<Standort[]> | undefined;

/**
 * All Anlaufstellen, sorted, fetched once per build: every location and place page looks at the others of its
 * district („So erreichen Sie jemanden“), which must not make large builds quadratic (docs/benchmarks.md).
 */
export function allStandorte(): Promise<Standort[]> {
  if (import.meta.env.DEV) return sortedStandorte();
  standorteOfBuild ??= sortedStandorte();
  return standorteOfBuild;
}

let municipalityPagesOfBuild: Promise<MunicipalityPage[]> | undefined;

/**
 * All municipality pages. Every location page needs them (links to its places); computed once per build,
 * not once per page, which made large builds quadratic (docs/benchmarks.md). The dev server recomputes
 * on every request, since content may change while it runs.
 */
export function allMunicipalityPages(): Promise<MunicipalityPage[]> {
  const compute = async () => municipalityPages(await getCollection('standorte'));
  if (import.meta.env.DEV) return compute();
  municipalityPagesOfBuild ??= compute();
  return municipalityPagesOfBuild;
}

/** "im Kyffhäuserkreis", "in Jena", "im Landkreis Eichsfeld". */
export const areaText = (name: string, locale: Locale = DEFAULT_LOCALE) => useTranslations(locale)(`area.${areaPhrase(name)}`, { name });

/** "Ihre Anlaufstelle in Kölleda", "… im Stadtteil Rieth" – the title of a municipality page. */
export function municipalityTitle(page: MunicipalityPage, locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const phrase = titlePhrase(page);
  if (phrase === 'area') return t('place.titleArea', { area: areaText(page.name, locale) });
  if (phrase === 'stadtteil') return t('place.titleQuarter', { name: page.name });
  if (phrase === 'forStadt') return t('place.titleForStadt', { name: page.name });
  if (phrase === 'forGemeinde') return t('place.titleForGemeinde', { name: page.name });
  return t('place.title', { name: page.name });
}

/** The weekly slots of one office or outreach place with the location's closures and holiday rules. */
export function scheduleOf(standort: Standort, slots: readonly WeeklySlot[]): Schedule {
  return { slots, closures: standort.data.closures, fronleichnam: standort.data.fronleichnam };
}

/** Every office and outreach place that has weekly hours. */
export function placesWithHours(standort: Standort) {
  return [...standort.data.offices, ...standort.data.outreach].filter((place) => place.hours.length > 0);
}

/** The UI texts the opening-status script needs, taken from the dictionary of the page's language. */
export function openingTexts(locale: Locale = DEFAULT_LOCALE): OpeningTexts {
  return pickTexts(locale, OPENING_TEXT_KEYS);
}

/** Everything the finder script needs, embedded in the page as JSON. */
export interface FinderData {
  index: FinderIndex;
  /** Office and outreach coordinates per location; locations without any are left out. */
  coordinates: Record<string, LatLng[]>;
  names: Record<string, string>;
  /** "im Kyffhäuserkreis", "in Suhl": every district of Thuringia, in the page's language. */
  areas: Record<string, string>;
  /** What the place search needs about each Anlaufstelle (catchment, district, where it is). */
  standorte: FinderStandortInfo[];
  /** Address of the place pages in the page's language, e.g. "/en/standorte/orte/". */
  placeBase: string;
  /** Intl locale for numbers (counts, kilometres): Persian digits on Farsi pages, Latin digits elsewhere. */
  intl: string;
}

/** Texts only the finder script itself writes; the match and answer lines bring their own key lists (lib/finder-match.ts). */
const FINDER_SCRIPT_KEYS = [
  'finder.count.none',
  'finder.distance',
  'finder.noDistance',
  'finder.geoLocating',
  'finder.geoDenied',
  'finder.geoError',
  'finder.state',
  'finder.outsidePostcode',
  'finder.outside',
  'finder.tooShort',
  'finder.others',
] as const;
/** Every text of the finder script, each key once. */
export const FINDER_TEXT_KEYS = [...new Set([...FINDER_MATCH_KEYS, ...ANSWER_TEXT_KEYS, ...FINDER_SCRIPT_KEYS])];
export type FinderTexts = FinderMatchTexts &
  AnswerTexts &
  Record<(typeof FINDER_SCRIPT_KEYS)[number], string> & { 'finder.count.found': PluralText; 'finder.count.sorted': PluralText };

/** The finder script's texts in a language, for <ScriptTexts name="finder">. */
export const finderTexts = (locale: Locale = DEFAULT_LOCALE): FinderTexts => ({
  ...(pickTexts(locale, FINDER_TEXT_KEYS) as Omit<FinderTexts, 'finder.count.found' | 'finder.count.sorted'>),
  // Counted texts: their forms and the language whose plural rules pick one (src/i18n/plural.ts).
  'finder.count.found': pluralEntry(locale, 'finder.count.found'),
  'finder.count.sorted': pluralEntry(locale, 'finder.count.sorted'),
});

export function finderData(standorte: readonly Standort[], pages: readonly MunicipalityPage[], locale: Locale = DEFAULT_LOCALE): FinderData {
  const coordinates: Record<string, LatLng[]> = {};
  for (const standort of standorte) {
    const points = [...standort.data.offices, ...standort.data.outreach].flatMap((place) => (place.coordinates ? [place.coordinates] : []));
    if (points.length > 0) coordinates[standort.id] = points;
  }
  return {
    index: linkMunicipalityPages(buildFinderIndex(standorte), pages),
    coordinates,
    names: Object.fromEntries(standorte.map((standort) => [standort.id, standort.data.name])),
    areas: Object.fromEntries(THURINGIAN_DISTRICTS.map((district) => [district, areaText(district, locale)])),
    standorte: standorte.map((standort) => finderStandortInfo(gazetteer, standort)),
    placeBase: localizedPath(locale, '/standorte/orte/'),
    intl: LOCALE_INFO[locale].intl,
  };
}
