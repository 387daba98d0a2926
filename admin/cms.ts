/**
 * The project's part of the CMS, bundled by scripts/build-cms.ts (nothing from a CDN; cached, not rebuilt by every
 * site build); Decap itself is its prebuilt bundle (admin/decap.ts). admin/loader.ts fetches /admin/config.yml
 * (generated from the content schemas) and calls start() with it.
 */
import siteStyles from '../src/styles/global.css?url';
import { DEFAULT_LOCALE } from '../src/i18n/locales';
import { toSafeMdx, unbuildableImageSources } from '../src/lib/mdx-body';
import { MEDIA_KINDS } from '../src/schemas/media';
import { changedSinceOpened, CONFLICT_CHECK_FAILED_MESSAGE, CONFLICT_MESSAGE, currentFileRequest, readCurrentFile, type BackendInfo } from './edit-conflicts';
import { emptyPaths, entryProblems, problemSummary, type FieldPath } from './entry-validation';
import { fileContentProblem, SIGNATURE_BYTES } from '../src/lib/file-signature';
import { loadDecap, type DecapCms } from './decap';
import { registerSchemaValidation } from './field-validation';
import { useGermanUi } from './german-ui';
import { ArticlePreview, MediaPreview, StandortPreview, TeamPreview } from './previews';
import type { DecapField } from './schema-to-decap';

export interface LoadedConfig {
  backend?: BackendInfo;
  collections?: Array<{ name: string; fields: DecapField[]; i18n?: unknown }>;
}

function registerPreviewsAndSerializers(CMS: DecapCms): void {
  // Whatever editors type is stored so that MDX shows it as text: no build errors, no scripts.
  CMS.registerWidgetValueSerializer('markdown', {
    serialize: (value: unknown) => (typeof value === 'string' ? toSafeMdx(value) : value),
    deserialize: (value: unknown) => value,
  });
  CMS.registerPreviewStyle(siteStyles);
  CMS.registerPreviewTemplate('standorte', StandortPreview);
  CMS.registerPreviewTemplate('team', TeamPreview);
  CMS.registerPreviewTemplate('leitlinien', ArticlePreview);
  CMS.registerPreviewTemplate('kurztexte', ArticlePreview);
  CMS.registerPreviewTemplate('pages', ArticlePreview);
  for (const kind of MEDIA_KINDS) CMS.registerPreviewTemplate(`media-${kind}`, MediaPreview);
}

const isLocal = ['localhost', '127.0.0.1'].includes(window.location.hostname);

/** „Büros 1 › Sprechzeiten 2 › bis“: a data path in the labels editors see. */
function labelsOf(fields: readonly DecapField[], path: FieldPath): string {
  const labels: string[] = [];
  let current: readonly DecapField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') {
      labels[labels.length - 1] = `${labels.at(-1) ?? ''} ${key + 1}`;
      continue;
    }
    const field: DecapField | undefined = current?.find((candidate) => candidate.name === key);
    labels.push(field?.label ?? key);
    current = field?.fields ?? (field?.field ? [field.field] : undefined);
  }
  return labels.length > 0 ? labels.map((label) => `„${label}“`).join(' › ') : 'Eintrag';
}

interface EntryMap {
  get(key: string): unknown;
}

/** The text of a file in the repository now (local checkout or Git host); null if it does not exist. */
async function currentFile(config: LoadedConfig, path: string, ref?: string): Promise<string | null | undefined> {
  const backend = config.backend ?? { name: 'github' };
  const token = (JSON.parse(localStorage.getItem('decap-cms-user') ?? '{}') as { token?: string }).token;
  const request = currentFileRequest({ local: isLocal, origin: window.location.origin, backend, ...(token ? { token } : {}), path, ...(ref ? { ref } : {}) });
  if (!request) return undefined;
  return readCurrentFile(await fetch(request.url, request.init), request.answer);
}

/** Uploads of this entry whose content is not what their name says (e.g. an .exe renamed to .png). */
async function uploadsWithWrongContent(entry: EntryMap): Promise<string[]> {
  const files = ((entry.get('mediaFiles') as { toJS?: () => unknown } | undefined)?.toJS?.() ?? []) as Array<{ name?: string; path?: string; url?: string; file?: unknown }>;
  const problems: string[] = [];
  for (const media of files) {
    const name = media.name ?? media.path?.split('/').pop() ?? '';
    const blob = media.file instanceof Blob ? media.file : media.url?.startsWith('blob:') ? await (await fetch(media.url)).blob() : undefined;
    if (!blob || !name) continue;
    const problem = fileContentProblem(name, new Uint8Array(await blob.slice(0, SIGNATURE_BYTES).arrayBuffer()));
    if (problem) problems.push(problem);
  }
  return problems;
}

/** What this window itself last saved, per file, and the version it had opened before: so its own saves never count as someone else's. */
const ownSaves = new Map<string, { opened: unknown; saved: string | null | undefined }>();

/** The file of the German text: translated collections keep it under <folder>/de/ (Decap i18n „multiple_folders“). */
function germanFileOf(config: LoadedConfig, entry: EntryMap): string | undefined {
  const path = entry.get('path');
  if (typeof path !== 'string') return undefined;
  const collection = config.collections?.find((candidate) => candidate.name === entry.get('collection'));
  const slug = String(entry.get('slug'));
  return collection?.i18n ? path.replace(`/${slug}.`, `/${DEFAULT_LOCALE}/${slug}.`) : path;
}

/** Refuse a save if the file changed since the editor opened it (for a translated entry: its German file). */
async function guardAgainstOverwrite(config: LoadedConfig, entry: EntryMap): Promise<void> {
  const path = germanFileOf(config, entry);
  if (entry.get('newRecord') || !path) return;
  const raw = entry.get('raw');
  const own = ownSaves.get(path);
  const opened = own && own.opened === raw ? own.saved : raw;
  // Decap keeps no opened text for translated entries (raw is empty): those are not checked.
  if (typeof opened !== 'string' || opened === '') return;
  // An entry in the editorial workflow lives on its own branch until it is published.
  const ref = entry.get('status') ? `cms/${String(entry.get('collection'))}/${String(entry.get('slug'))}` : undefined;
  let current: string | null | undefined;
  try {
    current = await currentFile(config, path, ref);
  } catch {
    throw new Error(CONFLICT_CHECK_FAILED_MESSAGE);
  }
  if (current !== undefined && changedSinceOpened(opened, current)) throw new Error(CONFLICT_MESSAGE);
}

/**
 * The last word before anything is written: the build's schema on exactly the data that will be saved
 * (fields left empty are removed, as in a hand-written file), then the check that nobody saved in between.
 */
const IMAGE_OUTSIDE_CONTENT = (source: string) =>
  `Das Bild „${source}“ im Feld „Text“ liegt nicht im Inhaltsordner (content/). Bilder liegen neben dem Eintrag oder in einem Ordner darüber, etwa ../bilder/.`;

/** Body images the entry's file may not build (where "../" leads only its path tells); a new entry has no file yet: the build judges it. */
function imagesOutsideContent(entry: EntryMap, data: unknown): string[] {
  const path = entry.get('path');
  const body = typeof data === 'object' && data !== null ? (data as { body?: unknown }).body : undefined;
  if (entry.get('newRecord') || typeof path !== 'string' || path === '' || typeof body !== 'string') return [];
  return unbuildableImageSources(body, path);
}

function guardEverySave(CMS: DecapCms, config: LoadedConfig): void {
  const fieldsByCollection = new Map((config.collections ?? []).map((collection) => [collection.name, collection.fields]));
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const collection = entry.get('collection') as string;
      let data = entry.get('data') as ImmutableData;
      for (const path of emptyPaths(data.toJS()).sort((a, b) => b.length - a.length)) data = data.deleteIn(path);
      const problems = entryProblems(collection, data.toJS());
      if (problems.length > 0) throw new Error(problemSummary(problems, (path) => labelsOf(fieldsByCollection.get(collection) ?? [], path)));
      const images = imagesOutsideContent(entry, data.toJS());
      if (images.length > 0) throw new Error(`Nicht gespeichert: ${images.map((source) => IMAGE_OUTSIDE_CONTENT(source)).join(' ')}`);
      const wrongFiles = await uploadsWithWrongContent(entry);
      if (wrongFiles.length > 0) throw new Error(`Nicht gespeichert: ${wrongFiles.join(' ')}`);
      await guardAgainstOverwrite(config, entry);
      return data as never;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }) => {
      const path = germanFileOf(config, entry);
      if (!path) return;
      const ref = entry.get('status') ? `cms/${String(entry.get('collection'))}/${String(entry.get('slug'))}` : undefined;
      ownSaves.set(path, { opened: entry.get('raw'), saved: await currentFile(config, path, ref).catch(() => undefined) });
    },
  });
}

interface ImmutableData {
  toJS(): unknown;
  deleteIn(path: ReadonlyArray<string | number>): ImmutableData;
}

/** Loads Decap and starts it with the config the loader fetched: passed in full, so Decap does not fetch config.yml a second time. */
export async function start(config: LoadedConfig): Promise<void> {
  const CMS = await loadDecap();
  useGermanUi(CMS);
  registerPreviewsAndSerializers(CMS);
  registerSchemaValidation(CMS);
  guardEverySave(CMS, config);
  CMS.init({
    config: {
      ...config,
      load_config_file: false,
      // decap-server is reached through the dev/test server's proxy, so the CMS stays on one origin;
      // „Live ansehen“ then opens the local site the editor is working on, not the production domain.
      ...(isLocal ? { local_backend: { url: `${window.location.origin}/decap-api/v1` }, site_url: window.location.origin, display_url: window.location.origin } : {}),
    } as never,
  });
}
