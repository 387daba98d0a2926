// A child process that compresses pages while Astro is still rendering others (src/integrations/page-compressor.ts).
// It gets each page's bytes from the build, not from disk: Astro rewrites an unchanged page in place (dist/ is not
// emptied, fresh-output.ts), and a file read while it is rewritten may be the old page or half of the new one.
// Synchronous calls: one process keeps one core busy without a promise per file. A process, not a worker thread: the
// memory zlib takes is given back when it exits (a thread's malloc arena stayed with the build).
import type { BrotliOptions, ZlibOptions } from 'node:zlib';
import { writeSiblings, type SiblingsResult } from './siblings.ts';

export interface CompressRequest {
  id: number;
  /** Absolute path of the page Astro writes; the copies go next to it. */
  path: string;
  /** The page exactly as Astro writes it. */
  body: Uint8Array;
  brotli: BrotliOptions;
  gzip: ZlibOptions;
}

export interface CompressResult extends SiblingsResult {
  id: number;
}

process.on('message', ({ id, path, body, brotli, gzip }: CompressRequest) => process.send?.({ id, ...writeSiblings(path, body, brotli, gzip) } satisfies CompressResult));

// The build ended (or failed): nothing more will be sent.
process.on('disconnect', () => process.exit(0));
