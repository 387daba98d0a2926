// The one rule for a file's precompressed copies (.br, .gz), used while Astro renders (precompress-worker.ts) and in the
// last build step (precompress-files.ts): a copy from an earlier build that decompresses to exactly these bytes is kept,
// else the bytes are compressed; a copy that is not smaller than the file is not written, and nginx sends the file.
// Plain Node with exact file names: the worker process and scripts/build-cms.ts import it without a bundler.
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export interface SiblingsResult {
  /** Absolute path of the file the copies belong to. */
  path: string;
  size: number;
  brBytes: number;
  gzBytes: number;
  /** Copies not written because they would not have been smaller. */
  skipped: number;
  /** Copies kept from an earlier build. */
  reused: number;
}

/** The copy at `file`, if there is one and it decompresses to exactly `body`. */
function matchingCopy(file: string, body: Uint8Array, decompress: (data: Buffer) => Buffer): Buffer | undefined {
  // Asked first: a fresh build has no copies, and a read that throws costs ~20 µs – 1.6 s for 40,000 pages.
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  let copy: Buffer;
  try {
    copy = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    return decompress(copy).equals(body) ? copy : undefined;
  } catch {
    // Not a valid stream (cut off, another format): made anew.
    return undefined;
  }
}

/** Make (or keep) the .br and .gz copies of the file at `path`, whose bytes are `body`. */
export function writeSiblings(path: string, body: Uint8Array, brotli: BrotliOptions, gzip: ZlibOptions): SiblingsResult {
  const result: SiblingsResult = { path, size: body.length, brBytes: 0, gzBytes: 0, skipped: 0, reused: 0 };
  // While rendering, Astro may not have made the page's folder yet.
  mkdirSync(dirname(path), { recursive: true });
  for (const [extension, compress, decompress] of [
    ['br', (data: Uint8Array) => brotliCompressSync(data, brotli), brotliDecompressSync],
    ['gz', (data: Uint8Array) => gzipSync(data, gzip), gunzipSync],
  ] as const) {
    const file = `${path}.${extension}`;
    const bytes = extension === 'br' ? 'brBytes' : 'gzBytes';
    const kept = matchingCopy(file, body, decompress);
    if (kept && kept.length < body.length) {
      // Dated now, so the sweep after the build (fresh-output.ts) counts it as this build's file.
      const now = new Date();
      utimesSync(file, now, now);
      result[bytes] = kept.length;
      result.reused += 1;
      continue;
    }
    const compressed = compress(body);
    if (compressed.length < body.length) {
      writeFileSync(file, compressed);
      result[bytes] = compressed.length;
    } else {
      rmSync(file, { force: true });
      result[bytes] = body.length;
      result.skipped += 1;
    }
  }
  return result;
}
