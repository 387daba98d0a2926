/**
 * Which built files get precompressed siblings (`.br`, `.gz`) and how hard each is compressed. Pure rules shared by the
 * build step (src/integrations/precompress.ts) and the test of the build output (tests/dist/precompressed.test.ts).
 *
 * Measured on the real site (2026-11-29, 701 pages; ratios are compressed/raw):
 * - text compresses well: HTML 0.22 (gzip -9) / 0.20 (brotli 5) / 0.18 (brotli 11), JS 0.38 / 0.36 / 0.34,
 *   the sitemap 0.05 / 0.015, Decap's raw .wasm codecs 0.38 / 0.34 / 0.31;
 * - images (AVIF, WebP, JPEG, PNG), audio and video gain 0–11 % at best, and Pagefind's `.pf_*` and `.pagefind`
 *   files are gzip streams already (ratio 1.00–1.10): none of these get a sibling.
 */
import { constants } from 'node:zlib';

/** Hosts that compress on their own (Netlify, Cloudflare Pages) ignore the copies; THINKA_PRECOMPRESS=0 leaves them out. */
export function precompressEnabled(env: Record<string, string | undefined>): boolean {
  return env.THINKA_PRECOMPRESS !== '0';
}

/** Extensions of the text (and raw WebAssembly) files that get `.br` and `.gz` siblings; everything else is left alone. */
export const PRECOMPRESSED_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'vtt', 'vcf', 'webmanifest', 'yml', 'wasm'] as const;

const EXTENSION = new RegExp(`\\.(?:${PRECOMPRESSED_EXTENSIONS.join('|')})$`);

/** Does the built file (path relative to dist/, "/" separated) get precompressed siblings? */
export function isPrecompressed(relativePath: string): boolean {
  return EXTENSION.test(relativePath);
}

/**
 * Largest file that gets brotli's best quality. Quality 11 runs at about 0.8 MB/s per core; every script and stylesheet of
 * the public site is below this (the largest 66 KB), Decap's 4.7 MB bundle and its WebAssembly codecs are above.
 */
export const BEST_QUALITY_MAX_BYTES = 128 * 1024;

/** Top-level folders whose files every page shares (hashed assets, the search bundle): few, so worth brotli's best. */
const SHARED_FOLDERS = ['_astro/', 'pagefind/'];

/** Whether a file lies in one of the shared folders (both compression levels ask this). */
const isSharedAsset = (relativePath: string): boolean => SHARED_FOLDERS.some((folder) => relativePath.startsWith(folder));

/**
 * Brotli quality for a file. Quality 11 compresses ~50× slower than 5 (HTML: 1 vs 53 MB/s per core; 9 and 10: 3 MB/s)
 * for 10–13 % fewer bytes, so it goes only to the few shared assets; pages, whose number grows with the
 * content (≈ 39,000 at 5,000 entries), and the large CMS files get quality 5 (still 9–15 % below gzip -9).
 */
export function brotliQuality(relativePath: string, size: number): number {
  return isSharedAsset(relativePath) && size <= BEST_QUALITY_MAX_BYTES ? 11 : 5;
}

/** Smallest brotli window that holds the whole file (window = 2^lgwin − 16 bytes): same output, less memory to set up per file. */
export function brotliWindow(size: number): number {
  return Math.min(constants.BROTLI_MAX_WINDOW_BITS, Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(size + 16))));
}

/** zlib options for the `.br` sibling. */
export function brotliOptions(relativePath: string, size: number) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(relativePath, size),
      [constants.BROTLI_PARAM_MODE]: relativePath.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_LGWIN]: brotliWindow(size),
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/**
 * gzip level for a file: 9 for the shared assets (brotli's best goes there too), 6 for everything else. On the real site's
 * pages level 6 compresses 16 % faster (median of five: 116 vs 98 MB/s) for 0.25 % more bytes, and only the few clients
 * without brotli get the .gz at all.
 */
export function gzipLevel(relativePath: string): number {
  return isSharedAsset(relativePath) ? 9 : 6;
}

/** zlib options for the `.gz` sibling. */
export function gzipOptions(relativePath: string) {
  return { level: gzipLevel(relativePath) };
}

/** The sibling extensions, in the order nginx prefers them (brotli_static, then gzip_static). */
export const SIBLINGS = ['br', 'gz'] as const;
