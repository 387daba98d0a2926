// Precompressing the files of a folder: a .br and a .gz sibling next to each text file, each kept only if smaller.
// Used by the last build step (precompress.ts) and by the CMS bundle's own build (scripts/build-cms.ts), whose copies
// are cached with the bundle. Plain Node with exact file names, so the script can import it.
import { readdirSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import { brotliOptions, GZIP_OPTIONS, isPrecompressed } from '../lib/precompress.ts';
import type { CompressResult } from './precompress-worker.ts';

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
async function compressFile(path: string, relativePath: string): Promise<CompressResult> {
  const data = await readFile(path);
  // Both run on libuv's thread pool at the same time; the main thread only waits.
  const [br, gz] = await Promise.all([brotliAsync(data, brotliOptions(relativePath, data.length)), gzipAsync(data, GZIP_OPTIONS)]);
  const result: CompressResult = { id: 0, path, size: data.length, brBytes: 0, gzBytes: 0, skipped: 0 };
  for (const [extension, compressed] of [
    ['br', br],
    ['gz', gz],
  ] as const) {
    const bytes = extension === 'br' ? 'brBytes' : 'gzBytes';
    if (compressed.length < data.length) {
      await writeFile(`${path}.${extension}`, compressed);
      result[bytes] = compressed.length;
    } else {
      // A copy made while rendering may be there (the file changed since).
      await rm(`${path}.${extension}`, { force: true });
      result[bytes] = data.length;
      result.skipped += 1;
    }
  }
  return result;
}

const add = (summary: PrecompressSummary, file: CompressResult) => {
  summary.files += 1;
  summary.rawBytes += file.size;
  summary.brBytes += file.brBytes;
  summary.gzBytes += file.gzBytes;
  summary.skipped += file.skipped;
};

/** Every file below `dir`: a plain synchronous walk, 4× faster than `readdir({ recursive })` on 40,000 page folders. */
function filesBelow(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesBelow(path, files);
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Is the file at `path` still the one compressed earlier? Nothing rewrites a file after Astro; the size shows a mistake. */
function stillTheSame(path: string, compressed: CompressResult): boolean {
  return statSync(path).size === compressed.size;
}

/**
 * Precompress every matching file below `site`; a few files at a time per thread, so memory stays flat for 40,000 pages.
 * `done` holds files whose siblings were made before (pages while rendering, the cached CMS bundle): each is kept if the
 * file is still the same, else compressed again. `under` is the folder `site` stands for in the output (for the rules
 * that depend on the path, src/lib/precompress.ts). Returns the summary and what was done for each file.
 */
export async function precompressDirectory(
  site: string,
  done: ReadonlyMap<string, CompressResult> = new Map(),
  under = '',
): Promise<{ summary: PrecompressSummary; results: Map<string, CompressResult> }> {
  const summary: PrecompressSummary = { files: 0, rawBytes: 0, brBytes: 0, gzBytes: 0, skipped: 0 };
  const results = new Map<string, CompressResult>();
  const outputPath = (path: string) => under + relative(site, path).split(sep).join('/');
  const paths = filesBelow(site).filter((path) => isPrecompressed(outputPath(path)));
  const todo = paths.filter((path) => {
    const earlier = done.get(path);
    if (!earlier || !stillTheSame(path, earlier)) return true;
    add(summary, earlier);
    results.set(path, earlier);
    return false;
  });
  let next = 0;
  // Twice the cores: enough to keep the thread pool busy while other files are read or written.
  const workers = Array.from({ length: Math.max(2, availableParallelism() * 2) }, async () => {
    while (next < todo.length) {
      const path = todo[next++]!;
      const result = await compressFile(path, outputPath(path));
      add(summary, result);
      results.set(path, result);
    }
  });
  await Promise.all(workers);
  // Copies of a file not written where expected would be served for nothing: removed.
  const written = new Set(paths);
  for (const path of done.keys()) if (!written.has(path)) await Promise.all(['br', 'gz'].map((extension) => rm(`${path}.${extension}`, { force: true })));
  return { summary, results };
}
