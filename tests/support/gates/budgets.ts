/**
 * Gate: size budgets of the built pages (gzip), per page type, /admin excluded.
 * - HTML ≤ 14 KB on content pages (the first round trip); the two application pages, the finder
 *   /standorte/ (all places of the catchment areas) and /suche/ (the A–Z list), get 60 KB.
 * - CSS ≤ 20 KB on every page (all stylesheets the page links).
 * - JavaScript: none on content pages; ≤ 30 KB on any page (module scripts and the chunks they import
 *   statically; the search page loads Pagefind only when someone searches, budgeted in search.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFilesIn, pagePathOf } from './site-files.ts';

export const KB = 1024;
export const BUDGET = {
  html: 14 * KB,
  htmlApplication: 60 * KB,
  css: 20 * KB,
  jsContent: 0,
  jsAny: 30 * KB,
};

/** Pages that are applications rather than content: the finder and the search page. */
export const APPLICATION_PAGES = new Set(['/standorte/', '/suche/']);

export interface PageSize {
  path: string;
  type: string;
  html: number;
  css: number;
  js: number;
  /** Runs the finder, the live opening status or the search: may load JavaScript. */
  scripted: boolean;
}

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Page type for the report, from the path. */
export function pageType(path: string): string {
  if (path === '/') return 'Startseite';
  if (path === '/404.html') return '404';
  if (path === '/standorte/') return 'Finder';
  if (path === '/suche/') return 'Suche';
  if (path.startsWith('/standorte/orte/')) return 'Ortsseite';
  if (path.startsWith('/standorte/')) return 'Anlaufstelle';
  if (path === '/medien/' || /^\/medien\/(art|jahr|kampagne|standort)\//.test(path)) return 'Medien-Liste';
  if (/^\/medien\/[^/]+\/bild-/.test(path)) return 'Großansicht';
  if (path.startsWith('/medien/')) return 'Medienbeitrag';
  if (path.startsWith('/team/')) return 'Team';
  if (path.startsWith('/leitlinien/')) return 'Leitlinie';
  return 'Seite';
}

/** Module scripts of a page plus the chunks they import statically, as site paths. */
export function scriptGraph(html: string, dist: string): string[] {
  const sources = new Set([...html.matchAll(/<script\b[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src!));
  for (const src of sources) {
    const code = readFileSync(join(dist, src), 'utf8');
    const dir = src.slice(0, src.lastIndexOf('/') + 1);
    for (const [, file] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) sources.add(`${dir}${file}`);
  }
  return [...sources];
}

export function pageSize(dist: string, file: string): PageSize {
  const html = readFileSync(join(dist, file), 'utf8');
  const path = file === '404.html' ? '/404.html' : pagePathOf(file);
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(([tag]) => /\shref="([^"]+)"/.exec(tag)?.[1]).filter(Boolean) as string[];
  const css = stylesheets.reduce((sum, href) => sum + gzipSize(readFileSync(join(dist, href))), 0);
  const js = scriptGraph(html, dist).reduce((sum, src) => sum + gzipSize(readFileSync(join(dist, src))), 0);
  const scripted = APPLICATION_PAGES.has(path) || /<th-finder[\s>]|<th-opening-status[\s>]/.test(html);
  return { path, type: pageType(path), html: gzipSize(html), css, js, scripted };
}

/** Sizes of every public page (without /admin). */
export function siteSizes(dist: string): PageSize[] {
  return htmlFilesIn(dist)
    .filter((file) => !file.startsWith('admin/'))
    .map((file) => pageSize(dist, file));
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Every page over a budget, with the figures. */
export function budgetViolations(sizes: PageSize[]): string[] {
  const problems: string[] = [];
  for (const page of sizes) {
    const htmlLimit = APPLICATION_PAGES.has(page.path) ? BUDGET.htmlApplication : BUDGET.html;
    if (page.html > htmlLimit) problems.push(`${page.path}: HTML ${kb(page.html)} > ${kb(htmlLimit)}`);
    if (page.css > BUDGET.css) problems.push(`${page.path}: CSS ${kb(page.css)} > ${kb(BUDGET.css)}`);
    if (page.js > BUDGET.jsAny) problems.push(`${page.path}: JavaScript ${kb(page.js)} > ${kb(BUDGET.jsAny)}`);
    if (!page.scripted && page.js > BUDGET.jsContent) problems.push(`${page.path}: JavaScript ${kb(page.js)} auf einer Inhaltsseite (erlaubt: 0 KB)`);
  }
  return problems;
}

/** Table per page type: number of pages and the largest HTML, CSS and JavaScript (gzip). */
export function budgetTable(sizes: PageSize[]): string {
  const types = new Map<string, PageSize[]>();
  for (const page of sizes) types.set(page.type, [...(types.get(page.type) ?? []), page]);
  const rows = [...types.entries()].map(([type, pages]) => {
    const largest = (key: 'html' | 'css' | 'js') => pages.reduce((max, page) => (page[key] > max[key] ? page : max));
    const html = largest('html');
    return [type, String(pages.length), `${kb(html.html)} (${html.path})`, kb(largest('css').css), kb(largest('js').js)];
  });
  const header = ['Seitentyp', 'Seiten', 'HTML max. (gzip)', 'CSS max.', 'JS max.'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
