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

type GlobOptions = Parameters<typeof glob>[0];

/** Thrown with every problem of a collection, so one build names all files at once. */
export class ContentError extends Error {
  constructor(collection: string, lines: readonly string[]) {
    super(`Inhalte der Sammlung „${collection}“ können so nicht gebaut werden:\n${lines.map((line) => `  • ${line}`).join('\n')}`);
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
      claims.clear();
      try {
        await inner.load({ ...context, store });
      } catch (error) {
        const yaml = yamlProblem(error, rootPath);
        if (yaml) throw new ContentError(context.collection, [yaml]);
        throw error;
      }
      const problems = [...claims.keys()].flatMap(duplicates);
      // Every entry, including those Astro kept from its cache, so a rule added here applies to old files too.
      for (const entry of context.store.values()) problems.push(...bodyProblems(root.href, relativeContentRoot, entry));
      loaded = true;
      if (problems.length > 0) throw new ContentError(context.collection, problems);
    },
  };
}
