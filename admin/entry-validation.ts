/**
 * The build's own validation, run by the CMS before anything is saved.
 *
 * Every CMS collection is checked with the very zod schema the build uses (src/schemas/), with the
 * same German messages (src/schemas/errors.ts), including every refine rule. Pure: no Decap, no DOM,
 * so the unit tests run exactly what the browser runs.
 */
import { z } from 'astro/zod';
import { germanErrorMap } from '../src/schemas/errors';
import type { ImageHelper } from '../src/schemas/image';
import { kurztexteSchema } from '../src/schemas/kurztexte';
import { leitlinienSchema } from '../src/schemas/leitlinien';
import { mediaSchema } from '../src/schemas/media';
import { pagesSchema } from '../src/schemas/pages';
import { standorteSchema } from '../src/schemas/standorte';
import { teamSchema } from '../src/schemas/team';

export type FieldPath = ReadonlyArray<string | number>;

export interface EntryProblem {
  /** Where the problem is, as keys into the entry's data (e.g. offices › 0 › hours › 1 › closes). */
  path: FieldPath;
  /** German, as the build words it. */
  message: string;
  /** A required value is missing (Decap reports that itself for fields it knows are required). */
  missing: boolean;
  /** A text does not match its pattern (Decap reports that itself where its config has the pattern). */
  format: boolean;
  /** A list has too few or too many items (Decap reports that itself where its config has min/max). */
  count: boolean;
}

// Stands in for Astro's image() outside a build: the CMS only offers uploads, the build checks the file itself.
const image = (() => z.string().trim().min(1)) as unknown as ImageHelper;

/** The build's schema for each CMS collection; the four media collections share the media schema. */
const SCHEMAS: Record<string, () => z.ZodType> = {
  standorte: standorteSchema,
  team: () => teamSchema({ image }),
  leitlinien: leitlinienSchema,
  kurztexte: kurztexteSchema,
  pages: pagesSchema,
  media: () => mediaSchema({ image }),
};

const built = new Map<string, z.ZodType>();

/** The schema for a CMS collection name (media-video etc. use the media schema), built once. */
export function schemaFor(collection: string): z.ZodType | undefined {
  const key = collection.startsWith('media-') ? 'media' : collection;
  const make = SCHEMAS[key];
  if (!make) return undefined;
  if (!built.has(key)) built.set(key, make());
  return built.get(key);
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Paths of the values an editor left empty: blank texts, and groups with nothing left in them.
 * They are removed before saving, so a cleared optional field is simply absent, as in a hand-written file.
 */
export function emptyPaths(data: unknown, trail: Array<string | number> = []): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  if (Array.isArray(data)) {
    data.forEach((item, index) => {
      if (isPlainObject(item) || Array.isArray(item)) found.push(...emptyPaths(item, [...trail, index]));
    });
    return found;
  }
  if (!isPlainObject(data)) return found;
  for (const [key, value] of Object.entries(data)) {
    const here = [...trail, key];
    if (isBlank(value)) {
      found.push(here);
    } else if (isPlainObject(value)) {
      const inner = emptyPaths(value, here);
      const removedKeys = new Set(inner.filter((path) => path.length === here.length + 1).map((path) => path.at(-1)));
      if (Object.keys(value).every((child) => removedKeys.has(child))) found.push(here);
      else found.push(...inner);
    } else if (Array.isArray(value)) {
      found.push(...emptyPaths(value, here));
    }
  }
  return found;
}

/** A copy of the data without the empty values (what the CMS writes). */
export function withoutEmpty<T>(data: T): T {
  const copy = structuredClone(data) as unknown;
  // Deepest first, so removing a key never shifts a path still to be removed.
  for (const path of emptyPaths(copy).sort((a, b) => b.length - a.length)) {
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    delete parent[path.at(-1)!];
  }
  return copy as T;
}

/** Everything the build would reject in this entry, with German messages; empty when it builds. */
export function entryProblems(collection: string, data: unknown): EntryProblem[] {
  const schema = schemaFor(collection);
  if (!schema) return [];
  // The body is the MDX text below the front matter; the schema checks only the front matter.
  const { body: _body, ...frontMatter } = isPlainObject(data) ? data : {};
  const result = schema.safeParse(withoutEmpty(frontMatter), { error: germanErrorMap });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: issue.message,
    missing: issue.input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code),
    format: issue.code === 'invalid_format',
    count: (issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array',
  }));
}

/** Whether two field paths are the same. */
export const samePath = (a: FieldPath, b: FieldPath): boolean => a.length === b.length && a.every((key, index) => key === b[index]);

/** One line per problem, naming the field by its labels, for the message shown when a save is refused. */
export function problemSummary(problems: readonly EntryProblem[], labelOf: (path: FieldPath) => string): string {
  const lines = problems.map((problem) => `${labelOf(problem.path)}: ${problem.message}`);
  return `Nicht gespeichert – bitte korrigieren: ${[...new Set(lines)].join(' · ')}`;
}
