/**
 * Astro's glob loader with the content guard in front: every body is checked (src/lib/content-guard.ts, with MDX's
 * rules), two files that give one address fail naming both, and a broken YAML header is reported in German with its
 * line. `.mdx` files are rendered by Astro's Markdown pipeline (no content component exists, CONTENT_COMPONENTS), so
 * a body is never compiled to code, and the rendered HTML is cached with the entry: a build renders only changed files.
 * Runs in `astro sync`, `astro build` and `astro dev` alike, because Astro loads content first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { bodyLineOffset, checkContentBody, formatProblems } from '../lib/content-guard';
import { impossibleDates } from '../lib/frontmatter-dates';
import sharp from 'sharp';

type GlobOptions = Parameters<typeof glob>[0];

/** Thrown with every problem of a collection, so one build names all files at once. */
export class ContentError extends Error {
  constructor(collection: string | undefined, lines: readonly string[]) {
    const what = collection ? `Inhalte der Sammlung „${collection}“ können` : 'Dieser Inhalt kann';
    super(`${what} so nicht gebaut werden:\n${lines.map((line) => `  • ${line}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

interface YamlLikeError {
  name?: string;
  reason?: string;
  message?: string;
  mark?: { line: number; column: number };
  loc?: { file?: string; line?: number };
  id?: string;
}

/** German wording for a YAML error in a file's header, or undefined for other errors. */
export function yamlProblem(error: unknown, root: string): string | undefined {
  const yaml = error as YamlLikeError;
  // Astro's Markdown entry type wraps js-yaml's error; it gives a line only for a YAML error, counted from 0 like js-yaml's.
  const wrapped = yaml?.name === 'MarkdownError' && yaml.loc?.line !== undefined;
  if (yaml?.name !== 'YAMLException' && !yaml?.mark && !wrapped) return undefined;
  const file = yaml.loc?.file ?? yaml.id;
  const line = wrapped ? yaml.loc!.line! + 1 : (yaml.loc?.line ?? (yaml.mark ? yaml.mark.line + 1 : undefined));
  const where = `${file ? relative(root, file) : 'Unbekannte Datei'}${line ? `, Zeile ${line}` : ''}`;
  return `${where}: Die Angaben am Dateianfang (YAML zwischen den Zeilen „---“) sind fehlerhaft (${yaml.reason ?? yaml.message ?? 'unbekannter Fehler'}). Häufige Ursachen: ein Doppelpunkt im Text ohne Anführungszeichen, falsche Einrückung, ein fehlendes „---“.`;
}

/** Why an image file cannot be built (missing, unreadable, cut off, outside the content folder), or undefined. */
export async function imageFileProblem(file: string, contentRoot: string, rootName = 'content'): Promise<string | undefined> {
  const inside = relative(contentRoot, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return `liegt außerhalb von ${rootName}/. Bilder bitte neben den Eintrag hochladen.`;
  if (!existsSync(file)) return 'gibt es nicht. Bitte das Bild hochladen oder den Dateinamen prüfen (Groß- und Kleinschreibung zählt).';
  try {
    // Decoding the whole image finds a file that was cut off during upload, which the build would otherwise publish.
    await sharp(file, { failOn: 'truncated' }).raw().toBuffer();
    return undefined;
  } catch {
    return 'ist beschädigt oder unvollständig und lässt sich nicht lesen. Bitte das Bild neu exportieren und erneut hochladen.';
  }
}

/** Image paths in an entry's data: Astro lists where image() accepted one (imageImports), e.g. ["images", 0, "src"]. */
function dataImages(entry: StoredEntry): { field: string; src: string }[] {
  return (entry.imageImports ?? []).flatMap((path) => {
    const src = path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[String(key)] : undefined), entry.data);
    return typeof src === 'string' ? [{ field: path.join('.'), src }] : [];
  });
}

interface StoredEntry {
  body?: string | undefined;
  filePath?: string | undefined;
  data?: Record<string, unknown>;
  imageImports?: (string | number)[][] | undefined;
}

/** Lines the front matter of an entry's file takes before its body (read only for a file with a problem). */
function bodyOffset(rootPath: string, entry: StoredEntry): number {
  return bodyLineOffset(readFileSync(resolve(rootPath, entry.filePath ?? ''), 'utf8'), entry.body ?? '');
}

/** The report for a body Astro's Markdown pipeline could not turn into HTML, with the reason where there is one. */
const renderProblem = (file: string, reason?: string): string => `${file}: Der Text lässt sich nicht in HTML umwandeln${reason ? ` (${reason})` : ''}.`;

/** Check one stored entry: its body, and every image it uses; the report names the file and the line or field. */
async function entryProblems(root: string, contentRoot: string, entry: StoredEntry): Promise<string[]> {
  if (!entry.filePath) return [];
  const file = fileURLToPath(new URL(entry.filePath, root));
  const folder = dirname(file);
  const absoluteRoot = fileURLToPath(new URL(`${contentRoot}/`, root));
  const found: string[] = [];
  const localImages: { url: string; line: number; column: number }[] = [];
  const problems = entry.body ? checkContentBody(entry.body, { file: entry.filePath, contentRoot, localImages }) : [];
  // Only a file with a problem in its body is read again, to count the lines its front matter takes.
  const offset = () => bodyOffset(fileURLToPath(root), entry);
  if (problems.length > 0) found.push(...formatProblems(entry.filePath, problems, offset()));
  for (const image of dataImages(entry)) {
    const problem = await imageFileProblem(resolve(folder, image.src), absoluteRoot.replace(/\/$/, ''), contentRoot);
    if (problem) found.push(`${entry.filePath} → ${image.field}: Das Bild „${image.src}“ ${problem}`);
  }
  for (const image of localImages) {
    let decoded = image.url;
    try {
      decoded = decodeURI(image.url);
    } catch {
      // isSafeImageSource already refused what decodeURI cannot read.
    }
    const problem = await imageFileProblem(resolve(folder, decoded), absoluteRoot.replace(/\/$/, ''), contentRoot);
    if (problem) found.push(`${entry.filePath}, Zeile ${image.line + offset()}, Spalte ${image.column}: Das Bild „${image.url}“ ${problem}`);
  }
  return found;
}

/**
 * glob() behind the guard. `contentRoot` is the folder (relative to the project) images in bodies must stay in.
 */
export function guardedGlob(
  options: GlobOptions & Required<Pick<GlobOptions, 'generateId'>>,
  contentRoot: string,
  /** Why an entry id cannot be used (e.g. a page at an address the site uses itself), or undefined. */
  idProblem: (id: string) => string | undefined = () => undefined,
): Loader {
  // Every file that produced an id in this load. Astro's cache skips unchanged files before it could notice a second
  // file with the same id, but it asks for the id of every file.
  const claims = new Map<string, Set<string>>();
  const inner = glob({
    ...options,
    generateId: (input) => {
      const id = String(options.generateId(input));
      const file = fileURLToPath(new URL(input.entry, input.base));
      claims.set(id, (claims.get(id) ?? new Set()).add(file));
      return id;
    },
  });
  return {
    name: 'thinka-guarded-glob',
    load: async (context: LoaderContext) => {
      const root = context.config.root;
      const rootPath = fileURLToPath(root);
      const relativeContentRoot = relative(rootPath, fileURLToPath(new URL(contentRoot.replace(/\/?$/, '/'), root))) || '.';
      const duplicates = (id: string) => {
        const files = [...(claims.get(id) ?? [])]
          .filter((file) => existsSync(file))
          .map((file) => relative(rootPath, file))
          .sort();
        return files.length < 2
          ? []
          : [`${files.join(' und ')} ergeben dieselbe Adresse („${id}“); eine würde die andere stillschweigend ersetzen. Bitte eine der Dateien umbenennen oder löschen.`];
      };
      let loaded = false;
      const problems: string[] = [];
      const store: LoaderContext['store'] = {
        ...context.store,
        // After the first load (dev server), a changed file is checked as it is stored; Astro keeps the old version.
        set: (entry) => {
          if (loaded) {
            const found = duplicates(entry.id);
            if (found.length > 0) throw new ContentError(context.collection, found);
            const body = entry.body && entry.filePath ? checkContentBody(entry.body, { file: entry.filePath, contentRoot: relativeContentRoot }) : [];
            if (body.length > 0) throw new ContentError(context.collection, formatProblems(entry.filePath!, body, bodyOffset(rootPath, entry)));
            if (entry.body && !entry.rendered && /\.mdx?$/.test(entry.filePath ?? '')) {
              throw new ContentError(context.collection, [renderProblem(entry.filePath!)]);
            }
          }
          return context.store.set(entry);
        },
      };
      // Astro passes the content types to the loader; the header's raw text is only visible there, before YAML rolls
      // an impossible date over into a real one.
      type Render = (entry: { filePath?: string | undefined }) => Promise<unknown>;
      type EntryType = {
        getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ rawData?: string | undefined }>;
        getRenderFunction?: (config: unknown) => Promise<Render>;
      };
      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      // .mdx as Markdown (see above); markdown-html-as-text.ts covers where MDX and CommonMark read a body differently.
      const markdown = entryTypes.get('.md');
      const checkedTypes = new Map(
        [...entryTypes, ...(markdown ? ([['.mdx', markdown]] as const) : [])].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
              const info = await type.getEntryInfo(params);
              const file = relative(rootPath, fileURLToPath(params.fileUrl));
              for (const problem of impossibleDates(info.rawData ?? '')) problems.push(`${file}, Zeile ${problem.line}: ${problem.message}`);
              return info;
            },
            // Astro only logs a body that fails to render and builds the page without it; here that stops the build.
            ...(type.getRenderFunction && {
              getRenderFunction: async (config: unknown) => {
                const render = await type.getRenderFunction!(config);
                return async (entry: { filePath?: string | undefined }) => {
                  try {
                    return await render(entry);
                  } catch (error) {
                    const file = entry.filePath ? relative(rootPath, entry.filePath) : 'Unbekannte Datei';
                    problems.push(renderProblem(file, error instanceof Error ? error.message : String(error)));
                    throw error;
                  }
                };
              },
            }),
          },
        ]),
      );
      // An entry cached by an earlier build that compiled bodies as MDX modules would be imported as one: render it anew.
      for (const entry of context.store.values()) if (entry.deferredRender) context.store.delete(entry.id);
      claims.clear();
      try {
        await inner.load({ ...context, store, entryTypes: checkedTypes } as LoaderContext);
      } catch (error) {
        const yaml = yamlProblem(error, rootPath);
        if (yaml) throw new ContentError(context.collection, [yaml]);
        throw error;
      }
      problems.push(...[...claims.keys()].flatMap(duplicates));
      for (const [id, files] of claims) {
        const problem = idProblem(id);
        if (problem) for (const file of files) if (existsSync(file)) problems.push(`${relative(rootPath, file)} ${problem}`);
      }
      // Every entry, including those Astro kept from its cache, so a rule added here applies to old files too.
      for (const entry of context.store.values()) problems.push(...(await entryProblems(root.href, relativeContentRoot, entry)));
      loaded = true;
      if (problems.length > 0) throw new ContentError(context.collection, problems);
    },
  };
}
