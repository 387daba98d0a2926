// Compresses each page as soon as Astro has rendered it, in child processes (precompress-worker.ts), so that the .br/.gz
// copies of 40,000 pages are made while rendering, which keeps about one core busy, instead of after it.
// The middleware (precompress-middleware.ts) hands over each page's bytes; the last build step (precompress.ts) checks
// each copy against the file Astro wrote and compresses whatever was not handed over or differs.
import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliOptions, gzipOptions } from '../lib/precompress';
import type { PageSink } from './page-sink';
import type { CompressRequest, CompressResult } from './precompress-worker';

/** Pages in flight per worker before the middleware waits, so rendering does not run far ahead of compressing. */
const IN_FLIGHT_PER_WORKER = 32;

/** The file Astro's directory format writes for a page path ("/a/b/" → "a/b/index.html", "/404/" → "404.html"). */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  if (path === '404' || path === '500') return `${path}.html`;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

export class PageCompressor implements PageSink {
  readonly results = new Map<string, CompressResult>();
  private readonly workers: ChildProcess[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly drained: (() => void)[] = [];
  private inFlight = 0;
  private nextId = 0;
  private failure: Error | undefined;

  constructor(
    private readonly outDir: string,
    private readonly workerCount = Math.max(1, availableParallelism() - 1),
  ) {}

  async add(pathname: string, body: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    const relativePath = pageFile(decodeURIComponent(pathname));
    // Never outside the output folder; such a page (there is none) would be compressed by the last build step.
    if (relativePath.split('/').includes('..')) return;
    const path = join(this.outDir, relativePath);
    const request: CompressRequest = { id: this.nextId++, path, body, brotli: brotliOptions(relativePath, body.length), gzip: gzipOptions(relativePath) };
    const worker = this.worker(request.id);
    if (this.inFlight === 0) this.keepAlive(true);
    this.inFlight += 1;
    worker.send(request);
    if (this.inFlight >= this.workerCount * IN_FLIGHT_PER_WORKER) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Wait for every page handed over so far; rejects if a worker failed. */
  async drain(): Promise<Map<string, CompressResult>> {
    if (this.inFlight > 0 && !this.failure) await new Promise<void>((resolve) => this.drained.push(resolve));
    if (this.failure) throw this.failure;
    return this.results;
  }

  async close(): Promise<void> {
    const exits = this.workers.map(
      (worker) => new Promise((resolve) => (worker.exitCode === null && worker.signalCode === null ? worker.once('exit', resolve) : resolve(undefined))),
    );
    for (const worker of this.workers) if (worker.connected) worker.disconnect();
    this.workers.length = 0;
    await Promise.all(exits);
  }

  private worker(id: number): ChildProcess {
    if (this.workers.length < this.workerCount) {
      // No execArgv of ours (a test runner's loaders): the worker is plain Node with its own built-ins.
      const worker = fork(fileURLToPath(new URL('./precompress-worker.ts', import.meta.url)), [], {
        execArgv: [],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      worker.on('message', (result: CompressResult) => this.finished(result));
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', (code, signal) => {
        if (code !== 0 && this.workers.includes(worker)) this.fail(new Error(`Der Kompressionsprozess endete unerwartet (${signal ?? `Code ${code}`}).`));
      });
      this.workers.push(worker);
      return worker;
    }
    return this.workers[id % this.workers.length]!;
  }

  private finished(result: CompressResult): void {
    this.results.set(result.path, result);
    this.inFlight -= 1;
    this.waiting.shift()?.();
    if (this.inFlight > 0) return;
    this.keepAlive(false);
    for (const resolve of this.drained.splice(0)) resolve();
  }

  /** Only pages in flight keep the build running: a build that fails while the workers idle must still exit. */
  private keepAlive(busy: boolean): void {
    for (const worker of this.workers) {
      if (busy) {
        worker.ref();
        worker.channel?.ref();
      } else {
        worker.unref();
        worker.channel?.unref();
      }
    }
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const resolve of [...this.waiting.splice(0), ...this.drained.splice(0)]) resolve();
  }
}
