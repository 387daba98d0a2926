// The one thing the precompress middleware needs from the build: where to hand over a page (page-compressor.ts).
// Its own module, so the middleware bundle does not pull in worker threads.

/** The global under which the running build's page compressor is found (the middleware is bundled apart from the integration). */
export const PAGE_COMPRESSOR_KEY = Symbol.for('thinka.page-compressor');

export interface PageSink {
  /** Compress `body`, the page Astro writes for `pathname` (a directory-format page, ending in "/"); resolves when there is room for more. */
  add(pathname: string, body: Uint8Array): Promise<void>;
}

/** The compressor of the running build, if any. */
export function activePageSink(): PageSink | undefined {
  return (globalThis as Record<symbol, PageSink | undefined>)[PAGE_COMPRESSOR_KEY];
}
