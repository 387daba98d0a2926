// The precompressed copies in dist/ (src/integrations/precompress.ts): every text file has a .br and a .gz sibling that
// decompresses to its exact bytes, unless that copy would not have been smaller; nothing else is compressed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { brotliOptions, brotliQuality, gzipLevel, gzipOptions, isPrecompressed } from '../../src/lib/precompress';
import { DIST } from '../support/built-site';

/** Every file below dist/, as "/"-separated paths relative to it. */
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
const present = new Set(files);
const originals = files.filter((file) => !/\.(?:br|gz)$/.test(file));
const text = originals.filter(isPrecompressed);

test('every text file has a .br and a .gz sibling with its exact bytes, or the copy would not be smaller', () => {
  expect(text.length).toBeGreaterThan(700);
  const tooSmallToGain: string[] = [];
  for (const file of text) {
    const original = readFileSync(join(DIST, file));
    for (const [extension, decompress, compress] of [
      ['br', brotliDecompressSync, () => brotliCompressSync(original, brotliOptions(file, original.length))],
      ['gz', gunzipSync, () => gzipSync(original, gzipOptions(file))],
    ] as const) {
      const sibling = `${file}.${extension}`;
      if (!present.has(sibling)) {
        // Left out on purpose only when compressing gains nothing (e.g. robots.txt's 87 bytes under gzip).
        expect(compress().length, `${sibling} is missing, though it would be smaller`).toBeGreaterThanOrEqual(original.length);
        tooSmallToGain.push(sibling);
        continue;
      }
      const compressed = readFileSync(join(DIST, sibling));
      expect(compressed.length, `${sibling} is smaller than ${file}`).toBeLessThan(original.length);
      expect(decompress(compressed).equals(original), `${sibling} decompresses to ${file}`).toBe(true);
    }
  }
  // Only a handful of tiny files; a long list would mean the build skipped the step.
  expect(tooSmallToGain.length, tooSmallToGain.join(', ')).toBeLessThan(10);
});

test('already compressed files (images, audio, video, Pagefind index) and host files get no sibling', () => {
  const compressedSiblings = files.filter((file) => /\.(?:br|gz)$/.test(file));
  for (const sibling of compressedSiblings) {
    const original = sibling.replace(/\.(?:br|gz)$/, '');
    expect(present.has(original), `${sibling} belongs to a file`).toBe(true);
    expect(isPrecompressed(original), `${sibling}: ${original} is not meant to be compressed`).toBe(true);
  }
  for (const file of ['_headers', 'pagefind/pagefind-entry.json', 'sitemap-0.xml', 'admin/config.yml']) expect(existsSync(join(DIST, file)), file).toBe(true);
  expect(present.has('_headers.br') || present.has('_headers.gz')).toBe(false);
  expect(originals.some((file) => /\.pf_(?:meta|index|fragment|filter)$/.test(file))).toBe(true);
  expect(compressedSiblings.some((file) => /\.(?:pf_\w+|pagefind|avif|webp|jpe?g|png|mp3|mp4|woff2)\.(?:br|gz)$/.test(file))).toBe(false);
});

test('shared scripts and styles get brotli quality 11 and gzip 9, pages the fast quality 5 and gzip 6', () => {
  const script = originals.find((file) => file.startsWith('_astro/') && file.endsWith('.js'))!;
  expect(brotliQuality(script, readFileSync(join(DIST, script)).length)).toBe(11);
  expect(brotliQuality('pagefind/pagefind.js', readFileSync(join(DIST, 'pagefind/pagefind.js')).length)).toBe(11);
  expect(brotliQuality('index.html', readFileSync(join(DIST, 'index.html')).length)).toBe(5);
  expect([gzipLevel(script), gzipLevel('pagefind/pagefind.js'), gzipLevel('index.html')]).toEqual([9, 9, 6]);
});
