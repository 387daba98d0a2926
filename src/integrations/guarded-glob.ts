/**
 * Astro's glob loader with the content guard in front of MDX: every body is checked
 * (src/lib/content-guard.ts) before the build compiles it, two files that give one address
 * fail naming both, and a broken YAML header is reported in German with its line.
 * Runs in `astro sync`, `astro build` and `astro dev` alike, because Astro loads content first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { bodyLineOffset, checkContentBody, formatProblems } from '../lib/content-guard';
import { impossibleDates } from '../lib/frontmatter-dates';

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
  if (yaml?.name !== 'YAMLException' && !yaml?.mark) return undefined;
  const file = yaml.loc?.file ?? yaml.id;
  const line = yaml.loc?.line ?? (yaml.mark ? yaml.mark.line + 1 : undefined);
  const where = `${file ? relative(root, file) : 'Unbekannte Datei'}${line ? `, Zeile ${line}` : ''}`;
  return `${where}: Die Angaben am Dateianfang (YAML zwischen den Zeilen „---“) sind fehlerhaft (${yaml.reason ?? yaml.message ?? 'unbekannter Fehler'}). Häufige Ursachen: ein Doppelpunkt im Text ohne Anführungszeichen, falsche Einrückung, ein fehlendes „---“.`;
}

/** Check one stored entry's body; the report names the file and the line in the file. */
function bodyProblems(root: string, contentRoot: string, entry: { body?: string | undefined; filePath?: string | undefined }): string[] {
  if (!entry.body || !entry.filePath) return [];
  const problems = checkContentBody(entry.body, { file: entry.filePath, contentRoot });
  if (problems.length === 0) return [];
  // Only a failing file is read again, to count the lines its front matter takes.
  const contents = readFileSync(new URL(entry.filePath, root), 'utf8');
  return formatProblems(entry.filePath, problems, bodyLineOffset(contents, entry.body));
}

/**
 * glob() behind the guard. `contentRoot` is the folder (relative to the project) images in bodies must stay in.
 */
export function guardedGlob(options: GlobOptions & Required<Pick<GlobOptions, 'generateId'>>, contentRoot: string): Loader {
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
        const files = [...(claims.get(id) ?? [])].filter((file) => existsSync(file)).map((file) => relative(rootPath, file)).sort();
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
            const found = [...duplicates(entry.id), ...bodyProblems(root.href, relativeContentRoot, entry)];
            if (found.length > 0) throw new ContentError(context.collection, found);
          }
          return context.store.set(entry);
        },
      };
      // Astro passes the content types to the loader; the header's raw text is only visible there, before YAML rolls
      // an impossible date over into a real one.
      type EntryType = { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ rawData?: string | undefined }> };
      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      const checkedTypes = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
              const info = await type.getEntryInfo(params);
              const file = relative(rootPath, fileURLToPath(params.fileUrl));
              for (const problem of impossibleDates(info.rawData ?? '')) problems.push(`${file}, Zeile ${problem.line}: ${problem.message}`);
              return info;
            },
          },
        ]),
      );
      claims.clear();
      try {
        await inner.load({ ...context, store, entryTypes: checkedTypes } as LoaderContext);
      } catch (error) {
        const yaml = yamlProblem(error, rootPath);
        if (yaml) throw new ContentError(context.collection, [yaml]);
        throw error;
      }
      problems.push(...[...claims.keys()].flatMap(duplicates));
      // Every entry, including those Astro kept from its cache, so a rule added here applies to old files too.
      for (const entry of context.store.values()) problems.push(...bodyProblems(root.href, relativeContentRoot, entry));
      loaded = true;
      if (problems.length > 0) throw new ContentError(context.collection, problems);
    },
  };
}

/** The body of an MDX file with its front matter blanked out, so lines keep their numbers. */
export function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

/**
 * The same check where the dev server compiles MDX: there Astro keeps serving a file whose reload failed in the
 * loader, and would compile and run the changed file. Build and sync are covered by the loader.
 */
export function contentGuardVitePlugin(contentRoots: readonly string[] = ['content']): import('vite').Plugin {
  let root = process.cwd();
  return {
    name: 'thinka:content-guard',
    apply: 'serve',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      // Only the file itself: ids with a query are Astro's wrappers around it, not MDX.
      if (!id.endsWith('.mdx')) return undefined;
      const path = relative(root, id);
      const contentRoot = contentRoots.map((folder) => relative('.', folder)).find((folder) => path.startsWith(`${folder}/`)) ?? 'content';
      const problems = checkContentBody(blankFrontmatter(code), { file: path, contentRoot });
      if (problems.length > 0) throw new ContentError(undefined, formatProblems(path, problems));
      return undefined;
    },
  };
}
