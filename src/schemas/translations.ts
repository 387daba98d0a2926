/**
 * Translations of content entries, stored by the CMS (Decap i18n, structure "multiple_folders") beside the
 * German entry: content/<collection>/de/<id>.mdx is the source, content/<collection>/<code>/<id>.mdx its
 * translation. Decap writes a file for every language once an entry is saved, copies the fields it does not
 * translate and may leave translated fields empty. So a translation accepts anything it does not need, treats
 * an empty field as missing, and the site shows the German text for whatever is missing.
 */
import { z } from 'astro/zod';

/** Fields translated per collection (the body is always translatable); every other field is copied from German. */
export const TRANSLATABLE_FIELDS = {
  leitlinien: ['title', 'teaser'],
  kurztexte: ['title'],
} as const;

export type TranslatedCollection = keyof typeof TRANSLATABLE_FIELDS;

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The translation schema of a collection: its translatable fields, each optional, anything else tolerated. */
export function translationSchema<Shape extends z.ZodRawShape, Key extends keyof Shape & string>(schema: z.ZodObject<Shape>, fields: readonly Key[]) {
  const shape = Object.fromEntries(fields.map((name) => [name, z.preprocess(emptyToUndefined, (schema.shape[name] as z.ZodType).optional())]));
  // Object.fromEntries loses the keys; each field parses to its German field's output or undefined.
  return z.looseObject(shape as unknown as { [K in Key]: z.ZodType<z.output<Shape[K]> | undefined> });
}
