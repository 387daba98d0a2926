// The CMS bundle (admin/cms.ts with React, beside Decap's prebuilt files) and its .br/.gz siblings into .cache/cms/<key>/, only when that key is not cached yet
// (src/integrations/cms-bundle.ts computes the key; `npm run build` runs this and copies the folder to dist/admin/).
// Prints the folder as its last line. Usage: node scripts/build-cms.ts [--force]
import { copyFileSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CMS_CACHE_DIR, CMS_ENTRY, CMS_PRECOMPRESSED_LIST, cmsBundleDir, cmsBundleKey, decapDistDir, decapFiles, type PrecompressedList } from '../src/integrations/cms-bundle.ts';
import { markUsed, pruneCache } from '../src/integrations/cache-entries.ts';
import { precompressDirectory } from '../src/integrations/precompress-files.ts';

const root = process.cwd();
const key = cmsBundleKey(root);
const target = cmsBundleDir(root, key);
/** Bundles of other keys kept (another branch, the previous lockfile); older ones are removed. */
const KEEP = 3;

if (process.argv.includes('--force')) rmSync(target, { recursive: true, force: true });

if (existsSync(join(target, 'cms.js'))) markUsed(target);
else {
  const started = performance.now();
  // A folder of its own per process: two builds at once never see each other's half-written files.
  const temporary = `${target}.tmp-${process.pid}`;
  // Always React's production build, also when the dev server starts this: Decap's prebuilt react-dom is one, and the cache key knows no mode.
  process.env['NODE_ENV'] = 'production';
  // Loaded only on a cache miss: a hit stays cheap.
  const { build } = await import('vite');
  await build({
    configFile: false,
    mode: 'production',
    root,
    base: '/admin/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: temporary,
      emptyOutDir: true,
      // Astro's default for inline assets; the preview stylesheet stays a file (registerPreviewStyle takes a URL).
      assetsInlineLimit: 4096,
      reportCompressedSize: false,
      rollupOptions: {
        input: { cms: join(root, CMS_ENTRY) },
        // The loader calls start() of this module: its exports must survive.
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: 'cms.js', chunkFileNames: 'cms-[hash].js', assetFileNames: 'cms-[hash][extname]' },
      },
    },
  });
  // Decap as it ships (admin/decap.ts loads it): copied, not bundled again.
  const decapDir = decapDistDir(root);
  for (const name of decapFiles(root)) copyFileSync(join(decapDir, name), join(temporary, name));
  // Compressed once here with the rules of dist/admin/, so the site build only copies the siblings.
  const { results } = precompressDirectory(temporary, new Map(), 'admin/');
  const list: PrecompressedList = {};
  for (const [path, { size, brBytes, gzBytes, skipped, reused }] of results) list[relative(temporary, path).split(sep).join('/')] = { size, brBytes, gzBytes, skipped, reused };
  writeFileSync(join(temporary, CMS_PRECOMPRESSED_LIST), `${JSON.stringify(list, null, 1)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(temporary, target);
  console.error(`CMS-Bündel gebaut in ${((performance.now() - started) / 1000).toFixed(1)} s: ${CMS_CACHE_DIR}/${key}/`);
}

pruneCache(join(root, CMS_CACHE_DIR), target, KEEP);

console.log(target);
