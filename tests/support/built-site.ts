/** Reading the built site under test (dist/, or dist-fixture/ for the finder's fixture run via E2E_DIST). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { distFileFor as distFileIn, htmlFilesIn } from './gates/site-files';

export const DIST = join(process.cwd(), process.env.E2E_DIST ?? 'dist');

/** Every page path listed in the built sitemap, e.g. "/standorte/artern/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

/** All built HTML files, as paths relative to dist/. */
export const htmlFiles = (): string[] => htmlFilesIn(DIST);

/** The dist/ file that answers a site path, or undefined. */
export const distFileFor = (path: string): string | undefined => distFileIn(DIST, path);

/** A built page as text and as a DOM (linkedom: querySelector without a browser). */
export function builtPage(path: string): { html: string; document: Document } {
  const file = distFileFor(path);
  if (!file) throw new Error(`${path}: keine Datei in ${DIST}`);
  const html = readFileSync(file, 'utf8');
  return { html, document: parseHTML(html).document };
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
