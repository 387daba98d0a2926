// Builds the site search index with Pagefind right after `astro build` has written dist/, so every build ships a
// fresh index and there is no separate step to forget. Pagefind reads only what is inside data-pagefind-body
// (the <main> of German content pages; 404, the search page and translated pages leave it out, see BaseLayout).
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { TRANSLATED_LOCALES } from '../i18n/locales';
import { SEARCH_BUNDLE_DIR } from '../lib/search';
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

/**
 * The files Pagefind reads: German pages only. Translated pages carry no data-pagefind-body, and a large site has
 * five times as many of them as German pages, so not even opening them keeps the index step fast (docs/benchmarks.md).
 */
export async function germanPagesGlob(site: string): Promise<string> {
  const skipped = new Set<string>([...TRANSLATED_LOCALES, SEARCH_BUNDLE_DIR, '_astro', 'admin']);
  const folders = (await readdir(site, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !skipped.has(entry.name));
  return `{${['*.html', ...folders.map((folder) => `${folder.name}/**/*.html`)].join(',')}}`;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'thinka-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        try {
          await orRemoveOutput(site, 'Der Suchindex (Pagefind)', async () => {
            const created = await pagefind.createIndex({});
            if (!created.index) throw new Error(created.errors.join('\n') || 'kein Index erzeugt');
            const { index } = created;
            const added = await index.addDirectory({ path: site, glob: await germanPagesGlob(site) });
            if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
            if (added.page_count === 0) throw new Error('keine Seite mit data-pagefind-body gefunden');
            // Pagefind skips files whose hashed name exists; written anew, every file is newer than the build's start (fresh-output.ts).
            await rm(outputPath, { recursive: true, force: true });
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
            await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
            const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
            const languages = Object.entries(entry.languages).map(([language, { page_count }]) => `${page_count} Seiten (${language})`);
            logger.info(`Suchindex in /${SEARCH_BUNDLE_DIR}/: ${languages.join(', ')}`);
          });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
