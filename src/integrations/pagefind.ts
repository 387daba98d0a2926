// Builds the site search index with Pagefind right after `astro build` has written dist/, so every build ships a
// fresh index and there is no separate step to forget. Pagefind reads only what is inside data-pagefind-body
// (the <main> of content pages; 404 and the search page leave it out) and makes one index per <html lang>.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_DIR } from '../lib/search';

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

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'thinka-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        try {
          const created = await pagefind.createIndex({});
          if (!created.index) throw new Error(created.errors.join('\n') || 'kein Index erzeugt');
          const { index } = created;
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('keine Seite mit data-pagefind-body gefunden');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
          const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const languages = Object.entries(entry.languages).map(([language, { page_count }]) => `${page_count} Seiten (${language})`);
          logger.info(`Suchindex in /${SEARCH_BUNDLE_DIR}/: ${languages.join(', ')}`);
        } catch (error) {
          throw new Error(`Suchindex (Pagefind) konnte nicht gebaut werden: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
