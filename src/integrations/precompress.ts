// Writes a brotli (.br) and a gzip (.gz) copy next to every text file in dist/, so nginx (brotli_static, gzip_static in
// deploy/nginx/thinka-site.conf) sends them without compressing on every request. Pages are compressed while Astro
// renders (page-compressor.ts); the last build step checks those copies and compresses everything else.
// Which files and which quality: src/lib/precompress.ts.
import { readdirSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { brotliOptions, GZIP_OPTIONS, isPrecompressed } from '../lib/precompress';
import { orRemoveOutput } from './incomplete-build';
import { PageCompressor } from './page-compressor';
import { PAGE_COMPRESSOR_KEY } from './page-sink';
import type { CompressResult } from './precompress-worker';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PrecompressSummary {
  files: number;
  rawBytes: number;
  brBytes: number;
  gzBytes: number;
  /** Siblings not written because they would not have been smaller. */
  skipped: number;
}

/** Compress one file into both siblings; a sibling that is not smaller is not written (the original is served). */
async function compressFile(site: string, path: string, summary: PrecompressSummary): Promise<void> {
  const data = await readFile(path);
  const relativePath = relative(site, path).split(sep).join('/');
  // Both run on libuv's thread pool at the same time; the main thread only waits.
  const [br, gz] = await Promise.all([brotliAsync(data, brotliOptions(relativePath, data.length)), gzipAsync(data, GZIP_OPTIONS)]);
  summary.files += 1;
  summary.rawBytes += data.length;
  for (const [extension, compressed] of [
    ['br', br],
    ['gz', gz],
  ] as const) {
    if (compressed.length < data.length) {
      await writeFile(`${path}.${extension}`, compressed);
      summary[extension === 'br' ? 'brBytes' : 'gzBytes'] += compressed.length;
    } else {
      // A copy made while rendering may be there (the file changed since).
      await rm(`${path}.${extension}`, { force: true });
      summary.skipped += 1;
      summary[extension === 'br' ? 'brBytes' : 'gzBytes'] += data.length;
    }
  }
}

/** Every file below `dir`: a plain synchronous walk, 4× faster than `readdir({ recursive })` on 40,000 page folders. */
function filesBelow(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesBelow(path, files);
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Is the file at `path` still the one compressed while rendering? Nothing rewrites a page after Astro; the size shows a mistake. */
function compressedWhileRendering(path: string, page: CompressResult): boolean {
  return statSync(path).size === page.size;
}

/**
 * Precompress every matching file below `site`; a few files at a time per thread, so memory stays flat for 40,000 pages.
 * `done` holds the pages compressed while rendering: each is kept if the file is still the same, else compressed again.
 */
export async function precompressDirectory(site: string, done: ReadonlyMap<string, CompressResult> = new Map()): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, rawBytes: 0, brBytes: 0, gzBytes: 0, skipped: 0 };
  const paths = filesBelow(site).filter((path) => isPrecompressed(relative(site, path).split(sep).join('/')));
  const todo = paths.filter((path) => {
    const page = done.get(path);
    if (!page || !compressedWhileRendering(path, page)) return true;
    summary.files += 1;
    summary.rawBytes += page.size;
    summary.brBytes += page.brBytes;
    summary.gzBytes += page.gzBytes;
    summary.skipped += page.skipped;
    return false;
  });
  let next = 0;
  // Twice the cores: enough to keep the thread pool busy while other files are read or written.
  const workers = Array.from({ length: Math.max(2, availableParallelism() * 2) }, async () => {
    while (next < todo.length) await compressFile(site, todo[next++]!, summary);
  });
  await Promise.all(workers);
  // Copies of a page Astro did not write where expected would be served for nothing: removed.
  const written = new Set(paths);
  for (const path of done.keys()) if (!written.has(path)) await Promise.all(['br', 'gz'].map((extension) => rm(`${path}.${extension}`, { force: true })));
  return summary;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('de-DE')} KB`;

export function precompress(): AstroIntegration {
  // Hosts that compress on their own (Netlify, Cloudflare Pages) ignore the copies; they would only add files to upload.
  const enabled = process.env.THINKA_PRECOMPRESS !== '0';
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
        await orRemoveOutput(site, 'Das Vorkomprimieren (.br, .gz)', async () => {
          const started = performance.now();
          const summary = await precompressDirectory(site, compressedPages);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `${summary.files} Dateien vorkomprimiert in ${seconds} s nach dem Erzeugen der Seiten (${compressedPages.size} Seiten schon währenddessen): ${kilobytes(summary.rawBytes)} → brotli ${kilobytes(summary.brBytes)}, gzip ${kilobytes(summary.gzBytes)}` +
              (summary.skipped > 0 ? ` (${summary.skipped} Kopien weggelassen, weil nicht kleiner)` : ''),
          );
        });
      },
    },
  };
}
