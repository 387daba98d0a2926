// Writes a brotli (.br) and a gzip (.gz) copy next to every text file in dist/, so nginx (brotli_static, gzip_static in
// deploy/nginx/thinka-site.conf) sends them without compressing on every request. Pages are compressed while Astro
// renders (page-compressor.ts); the last build step checks those copies and compresses everything else.
// Which files and which quality: src/lib/precompress.ts.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressEnabled } from '../lib/precompress';
import { orRemoveOutput } from './incomplete-build';
import { PageCompressor } from './page-compressor';
import { PAGE_COMPRESSOR_KEY } from './page-sink';
import { precompressDirectory } from './precompress-files';
import type { CompressResult } from './precompress-worker';

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('de-DE')} KB`;

/** `earlier`: files another build step copied with their siblings (the cached CMS bundle, cms-bundle.ts), by absolute path. */
export function precompress({ earlier = () => new Map() }: { earlier?: () => ReadonlyMap<string, CompressResult> } = {}): AstroIntegration {
  const enabled = precompressEnabled(process.env);
  let building = false;
  let pages: PageCompressor | undefined;
  // Pages compressed while rendering, collected once the last page is written.
  let compressedPages = new Map<string, CompressResult>();
  const stopPages = async () => {
    delete (globalThis as Record<symbol, unknown>)[PAGE_COMPRESSOR_KEY];
    await pages?.close();
    pages = undefined;
  };
  return {
    name: 'thinka-precompress',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        building = command === 'build';
        if (building && enabled) addMiddleware({ entrypoint: new URL('./precompress-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config, buildOutput }) => {
        if (!building || !enabled || buildOutput !== 'static') return;
        pages = new PageCompressor(fileURLToPath(config.outDir));
        (globalThis as Record<symbol, unknown>)[PAGE_COMPRESSOR_KEY] = pages;
      },
      // Every page is written: wait for the last copies and end the workers, so their memory is free before Pagefind starts.
      'astro:build:generated': async ({ dir }) => {
        if (!pages) return;
        await orRemoveOutput(fileURLToPath(dir), 'Das Vorkomprimieren der Seiten (.br, .gz)', async () => {
          compressedPages = await pages!.drain().finally(stopPages);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) {
          logger.info('THINKA_PRECOMPRESS=0: keine .br/.gz-Kopien geschrieben');
          return;
        }
        const site = fileURLToPath(dir);
        await orRemoveOutput(site, 'Das Vorkomprimieren (.br, .gz)', () => {
          const started = performance.now();
          const copied = earlier();
          const { summary } = precompressDirectory(site, new Map([...compressedPages, ...copied]));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `${summary.files} Dateien vorkomprimiert in ${seconds} s nach dem Erzeugen der Seiten (${compressedPages.size} Seiten schon währenddessen, ${copied.size} CMS-Dateien aus dem Zwischenspeicher): ${kilobytes(summary.rawBytes)} → brotli ${kilobytes(summary.brBytes)}, gzip ${kilobytes(summary.gzBytes)}` +
              (summary.reused > 0 ? `; ${summary.reused} Kopien aus dem letzten Build übernommen, weil unverändert` : '') +
              (summary.skipped > 0 ? ` (${summary.skipped} Kopien weggelassen, weil nicht kleiner)` : ''),
          );
        });
      },
    },
  };
}
