// A child process that compresses pages while Astro is still rendering others (src/integrations/page-compressor.ts).
// It gets each page's bytes from the build, not from disk: Astro rewrites an unchanged page in place (dist/ is not
// emptied, fresh-output.ts), and a file read while it is rewritten may be the old page or half of the new one.
// Node built-ins only and synchronous calls: one process keeps one core busy without a promise per file. A process, not a
// worker thread: the memory zlib takes is given back when it exits (a thread's malloc arena stayed with the build).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export interface CompressRequest {
  id: number;
  /** Absolute path of the page Astro writes; the siblings go next to it. */
  path: string;
  /** The page exactly as Astro writes it. */
  body: Uint8Array;
  brotli: BrotliOptions;
  gzip: ZlibOptions;
}

export interface CompressResult {
  id: number;
  path: string;
  size: number;
  brBytes: number;
  gzBytes: number;
  skipped: number;
}

function compress({ id, path, body, brotli, gzip }: CompressRequest): CompressResult {
  const result: CompressResult = { id, path, size: body.length, brBytes: 0, gzBytes: 0, skipped: 0 };
  // Astro may not have made the page's folder yet.
  mkdirSync(dirname(path), { recursive: true });
  for (const [extension, compressed] of [
    ['br', brotliCompressSync(body, brotli)],
    ['gz', gzipSync(body, gzip)],
  ] as const) {
    const bytes = extension === 'br' ? 'brBytes' : 'gzBytes';
    // A copy that is not smaller is not written: nginx then sends the original.
    if (compressed.length < body.length) {
      writeFileSync(`${path}.${extension}`, compressed);
      result[bytes] = compressed.length;
    } else {
      rmSync(`${path}.${extension}`, { force: true });
      result[bytes] = body.length;
      result.skipped += 1;
    }
  }
  return result;
}

process.on('message', (request: CompressRequest) => process.send?.(compress(request)));

// The build ended (or failed): nothing more will be sent.
process.on('disconnect', () => process.exit(0));
