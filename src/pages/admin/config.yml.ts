import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildCmsConfig } from '../../../admin/config';
import { freshnessDays, freshnessNotice, staleEntries } from '../../lib/freshness';

// JSON is valid YAML; Decap reads it as its config.yml.
export const GET: APIRoute = async ({ site }) => {
  const maxDays = freshnessDays(process.env);
  const standorte = await getCollection('standorte');
  const stale = staleEntries(
    standorte.map(({ id, data }) => ({ id, name: data.name, checkedAt: data.checkedAt })),
    new Date(),
    maxDays,
  );
  return new Response(JSON.stringify(buildCmsConfig(process.env, site?.href ?? '/', { freshnessNotice: freshnessNotice(stale, maxDays) }), null, 2), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
