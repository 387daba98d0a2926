/** Content queries shared by several routes (the only place routes reach into collections for lists). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n';

const t = useTranslations();

export const pagePath = (id: string) => `/${id}/`;

/** Titles of every addressable section and page, keyed by path, for breadcrumbs. */
export async function sectionTitles(): Promise<Map<string, string>> {
  const pages = await getCollection('pages');
  const titles = new Map<string, string>([
    ['/team/', t('nav.team')],
    ['/leitlinien/', t('nav.leitlinien')],
    ['/standorte/', t('finder.title')],
    ['/medien/', t('nav.media')],
  ]);
  for (const page of pages) titles.set(pagePath(page.id), page.data.navTitle ?? page.data.title);
  return titles;
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
