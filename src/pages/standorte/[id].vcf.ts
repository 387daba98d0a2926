// A contact card per location with something to save (phone, e-mail or full street address),
// /standorte/<id>.vcf, built from the content only (src/lib/vcard.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { hasContactToSave, hasFullStreet } from '../../lib/reach';
import { standortVCard } from '../../lib/vcard';

export const getStaticPaths = (async () =>
  (await getCollection('standorte')).filter(hasContactToSave).map((standort) => ({ params: { id: standort.id }, props: { standort } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ standort: CollectionEntry<'standorte'> }> = ({ props, site }) => {
  const { standort } = props;
  const card = standortVCard({
    name: standort.data.name,
    operator: standort.data.operator.name,
    url: new URL(`/standorte/${standort.id}/`, site).href,
    // Offices with nothing to call, write to or drive to would only add a town name to the card.
    offices: standort.data.offices.filter((office) => office.phone || office.email || hasFullStreet(office.address)),
  });
  return new Response(card, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
