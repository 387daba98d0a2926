// Writes a brotli (.br) and a gzip (.gz) copy next to every text file in dist/ as the last build step, so nginx
// (brotli_static, gzip_static in deploy/nginx/thinka-site.conf) sends them without compressing on every request.
// Which files and which quality: src/lib/precompress.ts.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { brotliOptions, GZIP_OPTIONS, isPrecompressed } from '../lib/precompress';
import { orRemoveOutput } from './incomplete-build';

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
      summary.skipped += 1;
      summary[extension === 'br' ? 'brBytes' : 'gzBytes'] += data.length;
    }
  }
}

/** Precompress every matching file below `site`; a few files at a time per thread, so memory stays flat for 40,000 pages. */
export async function precompressDirectory(site: string): Promise<PrecompressSummary> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => isPrecompressed(relative(site, path).split(sep).join('/')));
  const summary: PrecompressSummary = { files: 0, rawBytes: 0, brBytes: 0, gzBytes: 0, skipped: 0 };
  let next = 0;
  // Twice the cores: enough to keep the thread pool busy while other files are read or written.
  const workers = Array.from({ length: Math.max(2, availableParallelism() * 2) }, async () => {
    while (next < paths.length) await compressFile(site, paths[next++]!, summary);
  });
  await Promise.all(workers);
  return summary;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('de-DE')} KB`;

export function precompress(): AstroIntegration {
  return {
    name: 'thinka-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Hosts that compress on their own (Netlify, Cloudflare Pages) ignore the copies; they would only add files to upload.
        if (process.env.THINKA_PRECOMPRESS === '0') {
          logger.info('THINKA_PRECOMPRESS=0: keine .br/.gz-Kopien geschrieben');
          return;
        }
        const site = fileURLToPath(dir);
        await orRemoveOutput(site, 'Das Vorkomprimieren (.br, .gz)', async () => {
          const started = performance.now();
          const summary = await precompressDirectory(site);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `${summary.files} Dateien vorkomprimiert in ${seconds} s: ${kilobytes(summary.rawBytes)} → brotli ${kilobytes(summary.brBytes)}, gzip ${kilobytes(summary.gzBytes)}` +
              (summary.skipped > 0 ? ` (${summary.skipped} Kopien weggelassen, weil nicht kleiner)` : ''),
          );
        });
      },
    },
  };
}
