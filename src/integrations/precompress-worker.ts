// A child process that compresses pages while Astro is still rendering others (src/integrations/page-compressor.ts).
// It reads each page from disk once Astro has written all of it, so the build process sends only a path and a size.
// Node built-ins only and synchronous calls: one process keeps one core busy without a promise per file. A process, not a
// worker thread: the memory zlib takes is given back when it exits (a thread's malloc arena stayed with the build).
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export interface CompressRequest {
  id: number;
  /** Absolute path of the page Astro writes; the siblings go next to it. */
  path: string;
  /** Its size once written: a file of this size is complete (Astro writes a new file from its start). */
  size: number;
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

/** How often to look again for a page Astro has rendered but not yet written in full, and for how long at most. */
const RETRY_MS = 2;
const GIVE_UP_MS = 10_000;

const writtenSize = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? -1;

function compress(request: CompressRequest): CompressResult {
  const { id, path, size } = request;
  const body = readFileSync(path);
  const result: CompressResult = { id, path, size, brBytes: 0, gzBytes: 0, skipped: 0 };
  for (const [extension, compressed] of [
    ['br', brotliCompressSync(body, request.brotli)],
    ['gz', gzipSync(body, request.gzip)],
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

const queue: CompressRequest[] = [];
let waiting = false;
let firstLook = 0;

function work(): void {
  waiting = false;
  while (queue.length > 0) {
    const request = queue[0]!;
    const size = writtenSize(request.path);
    firstLook ||= Date.now();
    // Not written in full yet: look again shortly.
    if (size < request.size && Date.now() - firstLook < GIVE_UP_MS) {
      waiting = true;
      setTimeout(work, RETRY_MS);
      return;
    }
    queue.shift();
    firstLook = 0;
    // Another size than announced: left to the last build step (size -1 marks it not done).
    const result: CompressResult = size === request.size ? compress(request) : { id: request.id, path: request.path, size: -1, brBytes: 0, gzBytes: 0, skipped: 0 };
    process.send?.(result);
  }
}

process.on('message', (request: CompressRequest) => {
  queue.push(request);
  if (!waiting) work();
});

// The build ended (or failed): nothing more will be written, so nothing is left to wait for.
process.on('disconnect', () => process.exit(0));
