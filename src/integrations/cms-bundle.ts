/**
 * The CMS bundle (admin/ with React, next to Decap's own prebuilt files, admin/decap.ts) is built by its own step,
 * scripts/build-cms.ts, into .cache/cms/<key>/ and only copied into dist/admin/ by the site build: bundling Decap
 * took half of every build's CPU time and most of its memory although it changes only with the lockfile or admin/.
 *
 * The key hashes package-lock.json, tsconfig.json, the two build files and every project file reachable from
 * admin/cms.ts through relative imports (TypeScript, JSON, CSS with its @imports): the real import graph, so a
 * change in src/schemas/, src/i18n/ or src/lib/ that the CMS uses makes a new bundle.
 *
 * The cache also holds the bundle's .br/.gz siblings (12 MB of JavaScript and WebAssembly compressed once, not on every
 * build) with a list of them, so the build's last step (precompress.ts) keeps them instead of compressing again.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressEnabled, SIBLINGS } from '../lib/precompress.ts';
import type { CompressResult } from './precompress-worker.ts';

export const CMS_ENTRY = 'admin/cms.ts';
export const CMS_CACHE_DIR = '.cache/cms';
/** In the cached folder: what the CMS build precompressed, by path relative to the folder (not copied to dist/). */
export const CMS_PRECOMPRESSED_LIST = 'precompressed.json';

export type PrecompressedList = Record<string, Omit<CompressResult, 'id' | 'path'>>;

/** Decap's prebuilt script, its chunks, WebAssembly and license notes (admin/decap.ts); not its source maps. */
const DECAP_FILE = /^[\w-]+(?:\.decap-cms-app)?\.(?:js|wasm)$|\.LICENSE\.txt$/;

/** The folder of Decap's prebuilt files, wherever npm put the package. */
export const decapDistDir = (root: string): string => join(dirname(createRequire(join(root, 'package.json')).resolve('decap-cms-app/package.json')), 'dist');

/** The names of Decap's prebuilt files that /admin/ serves. */
export function decapFiles(root: string): string[] {
  return readdirSync(decapDistDir(root), { withFileTypes: true })
    .filter((entry) => entry.isFile() && DECAP_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Files outside the import graph that change the bundle. */
const BUILD_INPUTS = ['package-lock.json', 'tsconfig.json', 'scripts/build-cms.ts', 'src/integrations/cms-bundle.ts'];

const SOURCE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const CSS_IMPORT = /@import\s+(?:url\()?['"]?(\.{1,2}\/[^'")\s]+)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.json', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.split('?')[0]!);
  return EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every project file the CMS entry reaches through relative imports, sorted (node_modules is covered by the lockfile). */
export function cmsSourceFiles(root: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, CMS_ENTRY)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.json')) continue;
    const text = readFileSync(file, 'utf8');
    const pattern = file.endsWith('.css') ? CSS_IMPORT : SOURCE_IMPORT;
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1]!;
      const found = resolveImport(file, specifier);
      if (found && !found.includes('/node_modules/')) queue.push(found);
    }
  }
  return [...seen].map((file) => relative(root, file)).sort();
}

/** The cache key: a hash over the build inputs and the import graph's files (names and contents). */
export function cmsBundleKey(root: string): string {
  const hash = createHash('sha256');
  for (const file of [...BUILD_INPUTS, ...cmsSourceFiles(root)]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export const cmsBundleDir = (root: string, key = cmsBundleKey(root)): string => join(root, CMS_CACHE_DIR, key);

/** Runs scripts/build-cms.ts (a no-op when the cache has the bundle) in its own process, so its memory is freed at once. */
export function ensureCmsBundle(root: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build-cms.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const dir = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && existsSync(join(dir, 'cms.js'))) done(dir);
      else fail(new Error(`Das CMS-Bündel ließ sich nicht bauen (scripts/build-cms.ts, Code ${code}):\n${output}`));
    });
  });
}

const SIBLING = new RegExp(`\\.(?:${SIBLINGS.join('|')})$`);

const DEV_CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The dev server's /admin/<file> (scripts, styles, WebAssembly, licence notes; not .br/.gz): from the cached bundle, built on the first request and again when its key changed. */
export function serveCmsBundle(root: string): Middleware {
  let key = '';
  let folder: Promise<string> = Promise.resolve('');
  const current = (): Promise<string> => {
    const now = cmsBundleKey(root);
    if (now === key) return folder;
    key = now;
    folder = ensureCmsBundle(root);
    // A failed build is tried again on the next request, not remembered.
    folder.catch(() => (key = ''));
    return folder;
  };
  return (request, response, next) => {
    const name = /^\/admin\/([^/?#]+)/.exec(request.url ?? '')?.[1];
    const type = DEV_CONTENT_TYPES[name?.split('.').pop() ?? ''];
    if (!name || !type) return next();
    // The entry asks for the key (a changed admin/ file builds anew); the files it loads come from the same folder.
    (name === 'cms.js' || key === '' ? current() : folder).then((dir) => {
      const file = join(dir, name);
      if (!existsSync(file)) return next();
      response.setHeader('Content-Type', type);
      response.setHeader('Cache-Control', 'no-cache');
      createReadStream(file).pipe(response);
    }, next);
  };
}

/**
 * Copy the cached bundle into `target`: its .br/.gz siblings only when the build precompresses, the list never.
 * Returns the copied files that have their siblings, by absolute path, as the last build step expects them.
 */
export function copyCmsBundle(source: string, target: string, withSiblings: boolean): Map<string, CompressResult> {
  cpSync(source, target, {
    recursive: true,
    filter: (path) => basename(path) !== CMS_PRECOMPRESSED_LIST && (withSiblings || !SIBLING.test(path)),
  });
  const listed = join(source, CMS_PRECOMPRESSED_LIST);
  if (!withSiblings || !existsSync(listed)) return new Map();
  const list = JSON.parse(readFileSync(listed, 'utf8')) as PrecompressedList;
  return new Map(Object.entries(list).map(([file, result]) => [join(target, file), { ...result, id: 0, path: join(target, file) }]));
}

/**
 * Build: the cached bundle (built first if missing), copied into dist/admin/. Dev: the same bundle served from the cache
 * (rebuilt when its key changes), so the CMS on `npm run dev` is the one that ships.
 */
export function cmsBundle(): AstroIntegration & { precompressedFiles: () => ReadonlyMap<string, CompressResult> } {
  let root = process.cwd();
  let bundle: string | undefined;
  let precompressed = new Map<string, CompressResult>();
  return {
    precompressedFiles: () => precompressed,
    name: 'thinka:cms-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [{ name: 'thinka:cms-dev', configureServer: (server) => void server.middlewares.use(serveCmsBundle(root)) }] } });
      },
      'astro:build:start': async () => {
        // A cache hit needs only the key (a few milliseconds); a miss builds first, in its own process (about 1 s). Beside the
        // site build it cost more CPU, not less, on two cores (first builds, four each: 11.3 vs 10.1 s mean) at the same peak.
        const cached = cmsBundleDir(root);
        bundle = existsSync(join(cached, 'cms.js')) ? cached : await ensureCmsBundle(root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const source = bundle ?? (await ensureCmsBundle(root));
        precompressed = copyCmsBundle(source, join(fileURLToPath(dir), 'admin'), precompressEnabled(process.env));
        logger.info(`CMS-Bündel aus ${relative(root, source)} nach admin/ kopiert`);
      },
    },
  };
}
