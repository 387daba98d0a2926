/** Shared helpers for end-to-end tests against the built site in dist/. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** The built site under test: dist/, or dist-fixture/ for the finder's fixture run (E2E_DIST). */
export const DIST = join(process.cwd(), process.env.E2E_DIST ?? 'dist');

/** Every page path listed in the built sitemap, e.g. "/standorte/artern/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

/** All built HTML files, as paths relative to dist/. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [relative(DIST, full)] : [];
  });
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Record console errors and every request that leaves the site's own origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return watch;
}

/**
 * The module scripts an HTML page loads plus the chunks they import, as site paths ("/_astro/…"),
 * each with its gzip size: what a visitor downloads for that page.
 */
export function pageScripts(html: string, dist = DIST): Array<{ src: string; gzipBytes: number }> {
  const sources = new Set([...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src!));
  for (const src of sources) {
    const code = readFileSync(join(dist, src), 'utf8');
    for (const [, file] of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) sources.add(`/_astro/${file}`);
  }
  return [...sources].map((src) => ({ src, gzipBytes: gzipSync(readFileSync(join(dist, src))).length }));
}
