// Hands every prerendered page to the build's page compressor (page-compressor.ts); passes it on unchanged.
// Added by the precompress integration for `astro build` only; without a compressor (THINKA_PRECOMPRESS=0) it does nothing.
import type { MiddlewareHandler } from 'astro';
import { activePageSink } from './page-sink';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const compressor = activePageSink();
  // Only pages Astro writes as <path>/index.html; redirects, status pages and endpoints are left to the last build step.
  if (!compressor || !context.isPrerendered || response.status !== 200 || !context.url.pathname.endsWith('/')) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const body = await response.arrayBuffer();
  await compressor.add(context.url.pathname, new Uint8Array(body));
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
};
