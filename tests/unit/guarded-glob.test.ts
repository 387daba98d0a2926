// The content loader renders .mdx bodies with Astro's Markdown entry type (never as MDX modules), and a body that fails
// to render stops the build naming the file: Astro itself would only log it and build the page without its text.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { guardedGlob } from '../../src/integrations/guarded-glob';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A project folder with content/team/<name>.mdx for each entry of `files`. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'thinka-guarded-glob-'));
  folders.push(root);
  mkdirSync(join(root, 'content/team'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/team', name), text);
  return root;
}

type Render = (entry: { body?: string }) => Promise<{ html: string }>;

/** What the store keeps of an entry (Astro's StoredEntry, as far as these tests look). */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  deferredRender?: boolean;
  rendered?: { html: string };
}

/** Astro's digest stands for the file's text: an entry with the same digest is taken from the cache unrendered. */
const digest = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex');

/** Astro's Markdown entry type as the loader sees it, with a render function of the test's choosing. */
const markdownType = (render: Render) => ({
  extensions: ['.md'],
  getEntryInfo: ({ contents }: { contents: string }) => {
    const [, header = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
    return Promise.resolve({ data: { role: /role: (.*)/.exec(header)?.[1] }, body: body.trim(), rawData: header });
  },
  getRenderFunction: () => Promise.resolve(render),
});

/** The parts of Astro's loader context the loader uses, with an in-memory store. */
function context(root: string, render: Render, stored: StoredEntry[] = []) {
  const entries = new Map(stored.map((entry) => [entry.id, entry]));
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    addModuleImport: () => undefined,
    addAssetImports: () => undefined,
  };
  const logged: string[] = [];
  const log = (message: string) => void logged.push(message);
  const value = {
    collection: 'team',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    store,
    logger: { info: log, warn: log, error: log, debug: log, label: 'test', options: {} },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: digest,
    entryTypes: new Map([['.md', markdownType(render)]]),
  };
  return { context: value as unknown as LoaderContext, entries, logged };
}

const loader = () => guardedGlob({ pattern: '**/*.mdx', base: 'content/team', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }, 'content');
const FILE = '---\nrole: Beraterin\n---\n\nBerät im *Stadtteil*.\n';

describe('guardedGlob', () => {
  it('renders an .mdx body with the Markdown entry type and keeps the HTML with the entry', async () => {
    const root = project({ 'beraterin.mdx': FILE });
    const { context: loaderContext, entries } = context(root, ({ body }) => Promise.resolve({ html: `<p>${body}</p>` }));
    await loader().load(loaderContext);
    const entry = entries.get('beraterin')!;
    expect(entry.rendered?.html).toBe('<p>Berät im *Stadtteil*.</p>');
    expect(entry.deferredRender).toBeUndefined();
  });

  it('renders anew an entry an earlier build kept as an MDX module', async () => {
    const root = project({ 'beraterin.mdx': FILE });
    // Same file, same digest: Astro would keep this entry and import the file as a module.
    const stale: StoredEntry = { id: 'beraterin', data: {}, filePath: 'content/team/beraterin.mdx', deferredRender: true, digest: digest(FILE) };
    const { context: loaderContext, entries } = context(root, () => Promise.resolve({ html: '<p>neu</p>' }), [stale]);
    await loader().load(loaderContext);
    expect(entries.get('beraterin')?.rendered?.html).toBe('<p>neu</p>');
    expect(entries.get('beraterin')?.deferredRender).toBeUndefined();
  });

  it('stops the build naming the file when a body cannot be rendered', async () => {
    const root = project({ 'beraterin.mdx': FILE, 'berater.mdx': '---\nrole: Berater\n---\n\nBerät im Büro.\n' });
    const { context: loaderContext } = context(root, ({ body }) =>
      body?.includes('Stadtteil') ? Promise.reject(new Error('Parser abgestürzt')) : Promise.resolve({ html: `<p>${body}</p>` }),
    );
    const error = await loader()
      .load(loaderContext)
      .then(
        () => undefined,
        (thrown: unknown) => thrown as Error,
      );
    expect(error?.message).toContain('content/team/beraterin.mdx: Der Text lässt sich nicht in HTML umwandeln (Parser abgestürzt).');
    expect(error?.message).not.toContain('berater.mdx');
  });
});
