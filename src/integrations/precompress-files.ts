// Precompressing the files of a folder: a .br and a .gz sibling next to each text file, each kept only if smaller.
// Used by the last build step (precompress.ts) and by the CMS bundle's own build (scripts/build-cms.ts), whose copies
// are cached with the bundle. Plain Node with exact file names, so the script can import it.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliOptions, gzipOptions, isPrecompressed, SIBLINGS } from '../lib/precompress.ts';
import type { CompressResult } from './precompress-worker.ts';
import { writeSiblings } from './siblings.ts';

export interface PrecompressSummary {
  files: number;
  rawBytes: number;
  brBytes: number;
  gzBytes: number;
  /** Copies not written because they would not have been smaller. */
  skipped: number;
  /** Copies kept from an earlier build (they decompress to the file's bytes). */
  reused: number;
}

const add = (summary: PrecompressSummary, file: CompressResult) => {
  summary.files += 1;
  summary.rawBytes += file.size;
  summary.brBytes += file.brBytes;
  summary.gzBytes += file.gzBytes;
  summary.skipped += file.skipped;
  summary.reused += file.reused;
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
 * Precompress every matching file below `site`, one at a time, so memory stays flat for 40,000 pages.
 * `done` holds files whose siblings were made before (pages while rendering, the cached CMS bundle): each is kept if the
 * file is still the same, else compressed again. `under` is the folder `site` stands for in the output (for the rules
 * that depend on the path, src/lib/precompress.ts). Returns the summary and what was done for each file.
 */
export function precompressDirectory(
  site: string,
  done: ReadonlyMap<string, CompressResult> = new Map(),
  under = '',
): { summary: PrecompressSummary; results: Map<string, CompressResult> } {
  const summary: PrecompressSummary = { files: 0, rawBytes: 0, brBytes: 0, gzBytes: 0, skipped: 0, reused: 0 };
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
  // One file after the other: most pages were compressed while rendering, and what is left is mostly small.
  for (const path of todo) {
    const relativePath = outputPath(path);
    const body = readFileSync(path);
    const result = { id: 0, ...writeSiblings(path, body, brotliOptions(relativePath, body.length), gzipOptions(relativePath)) };
    add(summary, result);
    results.set(path, result);
  }
  // Copies of a file not written where expected would be served for nothing: removed.
  const written = new Set(paths);
  for (const path of done.keys()) if (!written.has(path)) for (const extension of SIBLINGS) rmSync(`${path}.${extension}`, { force: true });
  return { summary, results };
}
