/** Content queries shared by several routes (the only place routes reach into collections for lists). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, useTranslations, type Locale } from '../i18n';
import { allMunicipalityPages, areaText, municipalityTitle } from './standorte';
import { allDistrictPages } from './places';
import { breadcrumbTrail, type Crumb } from '../lib/breadcrumbs';
import { localizedPath } from '../lib/localized-paths';
import { MAIN_NAV } from '../lib/navigation';
import type { SearchType, TreePage } from '../lib/search';

const t = useTranslations();

export const pagePath = (id: string) => `/${id}/`;

const sectionTitlesOfBuild = new Map<Locale, Promise<Map<string, string>>>();

/** Section and page titles by path: only looking up and adding, so a page's additions never need a copy of all titles. */
export interface SectionTitles {
  get(path: string): string | undefined;
  set(path: string, title: string): SectionTitles;
}

/**
 * Titles of every addressable section and page, keyed by (German) path, for breadcrumbs. Each call returns its own
 * lookup (callers add the current page): the collection is read once per build and language, and on every call in
 * the dev server.
 */
export async function sectionTitles(locale: Locale = DEFAULT_LOCALE): Promise<SectionTitles> {
  if (import.meta.env.DEV) return readSectionTitles(locale);
  if (!sectionTitlesOfBuild.has(locale)) sectionTitlesOfBuild.set(locale, readSectionTitles(locale));
  return titlesOverlay(await sectionTitlesOfBuild.get(locale)!);
}

/** A page's own additions on top of the shared titles, without copying them for every page. */
function titlesOverlay(shared: ReadonlyMap<string, string>): SectionTitles {
  const own = new Map<string, string>();
  const overlay: SectionTitles = {
    get: (path) => own.get(path) ?? shared.get(path),
    set: (path, title) => {
      own.set(path, title);
      return overlay;
    },
  };
  return overlay;
}

async function readSectionTitles(locale: Locale): Promise<Map<string, string>> {
  const tl = useTranslations(locale);
  const pages = await getCollection('pages');
  const titles = new Map<string, string>([
    ['/team/', tl('nav.team')],
    ['/leitlinien/', tl('nav.leitlinien')],
    ['/standorte/', tl('finder.title')],
    ['/medien/', tl('nav.media')],
  ]);
  for (const page of pages) titles.set(pagePath(page.id), page.data.navTitle ?? page.data.title);
  return titles;
}

/** Breadcrumbs for a page given by its German path, with the addresses and section names of `locale`. */
export async function localizedTrail(basePath: string, locale: Locale, title?: string): Promise<Crumb[]> {
  const titles = await sectionTitles(locale);
  if (title) titles.set(basePath, title);
  return breadcrumbTrail(basePath, titles, useTranslations(locale)('breadcrumbs.home')).map((crumb) => ({ ...crumb, href: localizedPath(locale, crumb.href) }));
}

export async function sortedLeitlinien(): Promise<CollectionEntry<'leitlinien'>[]> {
  return (await getCollection('leitlinien')).sort((a, b) => a.data.order - b.data.order);
}

export async function sortedTeam(): Promise<CollectionEntry<'team'>[]> {
  return (await getCollection('team')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export async function sortedMedia(): Promise<CollectionEntry<'media'>[]> {
  return (await getCollection('media')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Display title of a team member: the name when given, otherwise the role. */
export const teamTitle = (entry: CollectionEntry<'team'>) => entry.data.name ?? entry.data.role;

export interface SitePage extends TreePage {
  type: SearchType;
  /** Landkreis of an Anlaufstelle. */
  district?: string;
}

/** Every public content page with its title and search type: the A–Z index and page tree of the search page. */
export async function sitePages(): Promise<SitePage[]> {
  // Sections of the main menu first, in menu order; other pages after them, by their own order.
  const navOrder = (href: string) => MAIN_NAV.findIndex((item) => item.href === href) + 1;
  const [pages, standorte, leitlinien, team, media, places, districts] = await Promise.all([
    getCollection('pages'),
    getCollection('standorte'),
    sortedLeitlinien(),
    sortedTeam(),
    sortedMedia(),
    allMunicipalityPages(),
    allDistrictPages(),
  ]);
  return [
    { title: t('breadcrumbs.home'), path: '/', order: 0, type: 'seite' },
    { title: t('standorte.title'), path: '/standorte/', order: navOrder('/standorte/'), type: 'anlaufstelle' },
    { title: t('leitlinien.title'), path: '/leitlinien/', order: navOrder('/leitlinien/'), type: 'leitlinie' },
    { title: t('team.title'), path: '/team/', order: navOrder('/team/'), type: 'team' },
    { title: t('media.title'), path: '/medien/', order: navOrder('/medien/'), type: 'medien' },
    ...pages.map((page): SitePage => ({
      title: page.data.title,
      path: pagePath(page.id),
      order: navOrder(pagePath(page.id)) || 100 + page.data.order,
      type: 'seite',
    })),
    ...standorte.map((standort): SitePage => ({
      title: standort.data.name,
      path: `/standorte/${standort.id}/`,
      order: 0,
      type: 'anlaufstelle',
      district: standort.data.district,
    })),
    ...places.map((place): SitePage => ({
      title: municipalityTitle(place),
      path: `/standorte/orte/${place.slug}/`,
      order: 0,
      type: 'anlaufstelle',
      ...(place.districts[0] ? { district: place.districts[0] } : {}),
    })),
    // "Alle Orte im Landkreis Gotha": every place of a district with its Anlaufstelle.
    ...districts.map((page): SitePage => ({
      title: t('finder.district.title', { area: areaText(page.district) }),
      path: `/standorte/kreise/${page.slug}/`,
      order: 0,
      type: 'anlaufstelle',
      district: page.district,
    })),
    ...leitlinien.map((entry, index): SitePage => ({ title: entry.data.title, path: `/leitlinien/${entry.id}/`, order: index, type: 'leitlinie' })),
    ...team.map((member, index): SitePage => ({ title: teamTitle(member), path: `/team/${member.id}/`, order: index, type: 'team' })),
    ...media.map((piece, index): SitePage => ({ title: piece.data.title, path: `/medien/${piece.id}/`, order: index, type: 'medien' })),
  ];
}

/** Pages and Anlaufstellen that carry a Leichte-Sprache version (field "easyLanguage"), for the Leichte-Sprache overview. */
export async function easyLanguageEntries(): Promise<Array<{ title: string; path: string }>> {
  const [pages, standorte] = await Promise.all([getCollection('pages'), getCollection('standorte')]);
  return [
    ...pages.filter((page) => page.data.easyLanguage).map((page) => ({ title: page.data.title, path: pagePath(page.id) })),
    ...standorte.filter((standort) => standort.data.easyLanguage).map((standort) => ({ title: standort.data.name, path: `/standorte/${standort.id}/` })),
  ].sort((a, b) => a.title.localeCompare(b.title, 'de'));
}
