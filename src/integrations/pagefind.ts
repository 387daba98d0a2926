// Builds the site search index with Pagefind right after `astro build` has written dist/, so every build ships a
// fresh index and there is no separate step to forget. Pagefind reads only what is inside data-pagefind-body
// (the <main> of German content pages; 404, the search page and translated pages leave it out, see BaseLayout).
// The index depends only on those pages: when none changed, the index of the last build is copied from .cache/pagefind/
// instead of running Pagefind again (the same pages give the same index).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import { SEARCH_BUNDLE_DIR } from '../lib/search';
import { markUsed, pruneCache } from './cache-entries';
import { orRemoveOutput } from './incomplete-build';

// Pagefind also writes its ready-made interfaces; the site uses its own search page, so these are not shipped.
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export const PAGEFIND_CACHE_DIR = '.cache/pagefind';
/** Indexes of other page sets kept (the fixture build, the previous content); older ones are removed. */
const KEEP = 3;

/**
 * The top-level folders whose pages Pagefind reads: German pages only. Translated pages carry no data-pagefind-body, and a
 * large site has five times as many of them as German pages, so not even opening them keeps the index step fast.
 */
function germanFolders(site: string): string[] {
  const skipped = new Set<string>([...TRANSLATED_LOCALES, SEARCH_BUNDLE_DIR, '_astro', 'admin']);
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skipped.has(entry.name))
    .map((entry) => entry.name);
}

/** The glob Pagefind is given (docs/benchmarks.md). */
export function germanPagesGlob(site: string): string {
  return `{${['*.html', ...germanFolders(site).map((folder) => `${folder}/**/*.html`)].join(',')}}`;
}

/** The HTML files that glob matches, relative to `site`, sorted. */
export function germanPages(site: string): string[] {
  const pages = readdirSync(site).filter((name) => name.endsWith('.html'));
  for (const folder of germanFolders(site)) {
    for (const entry of readdirSync(join(site, folder), { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) pages.push(relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  return pages.sort();
}

/** Everything the index depends on: Pagefind's version, what this step keeps of its output, and each page read (name and bytes). */
export function indexKey(site: string, pagefindVersion: string): string {
  const hash = createHash('sha256');
  hash.update(`pagefind ${pagefindVersion}\0${UNUSED_BUNDLE_FILES.join(',')}\0`);
  for (const page of germanPages(site)) {
    hash.update(`${page}\0`);
    hash.update(readFileSync(join(site, page)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const pagefindVersion = (root: string): string => (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

async function runPagefind(site: string, outputPath: string): Promise<void> {
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(created.errors.join('\n') || 'kein Index erzeugt');
    const { index } = created;
    const added = await index.addDirectory({ path: site, glob: germanPagesGlob(site) });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    if (added.page_count === 0) throw new Error('keine Seite mit data-pagefind-body gefunden');
    // Pagefind skips files whose hashed name exists; written anew, every file is newer than the build's start (fresh-output.ts).
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
  } finally {
    await pagefind.close();
  }
}

/** Keep the index just written for the next build with the same pages; prune the oldest. */
function cacheIndex(outputPath: string, cacheRoot: string, cached: string): void {
  const temporary = `${cached}.tmp-${process.pid}`;
  cpSync(outputPath, temporary, { recursive: true });
  rmSync(cached, { recursive: true, force: true });
  renameSync(temporary, cached);
  pruneCache(cacheRoot, cached, KEEP);
}

export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'thinka-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        await orRemoveOutput(site, 'Der Suchindex (Pagefind)', async () => {
          const cacheRoot = join(root, PAGEFIND_CACHE_DIR);
          const cached = join(cacheRoot, indexKey(site, pagefindVersion(root)));
          const hit = existsSync(join(cached, 'pagefind-entry.json'));
          if (hit) {
            markUsed(cached);
            rmSync(outputPath, { recursive: true, force: true });
            cpSync(cached, outputPath, { recursive: true });
          } else {
            await runPagefind(site, outputPath);
            cacheIndex(outputPath, cacheRoot, cached);
          }
          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const languages = Object.entries(entry.languages).map(([language, { page_count }]) => `${page_count} Seiten (${language})`);
          logger.info(`Suchindex in /${SEARCH_BUNDLE_DIR}/: ${languages.join(', ')}${hit ? ' – unverändert, aus .cache/pagefind/ übernommen' : ''}`);
        });
      },
    },
  };
}
