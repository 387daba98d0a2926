import type { APIRoute } from 'astro';
import { buildCmsConfig } from '../../../admin/config';

// JSON is valid YAML; Decap reads it as its config.yml.
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(buildCmsConfig(process.env, site?.href ?? '/'), null, 2), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
