/** getStaticPaths of the pages that exist in every language: the German routes and src/pages/[locale]/ share them. */
import { getCollection } from 'astro:content';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import { municipalityPages } from '../lib/municipalities';
import type { Standort } from './standorte';

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
