// A contact card per location, /standorte/<id>.vcf, built from the content only (src/lib/vcard.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { standortVCard } from '../../lib/vcard';

export const getStaticPaths = (async () =>
  (await getCollection('standorte')).map((standort) => ({ params: { id: standort.id }, props: { standort } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ standort: CollectionEntry<'standorte'> }> = ({ props, site }) => {
  const { standort } = props;
  const card = standortVCard({
    name: standort.data.name,
    operator: standort.data.operator.name,
    url: new URL(`/standorte/${standort.id}/`, site).href,
    offices: standort.data.offices,
  });
  return new Response(card, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
