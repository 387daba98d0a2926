import type { APIRoute } from 'astro';

// Disallow first: parsers that take the first matching line (not the longest) would read "Allow: /" as allowing /admin/.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nDisallow: /admin/\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
