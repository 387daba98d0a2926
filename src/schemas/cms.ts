/**
 * Hints for the CMS configuration that the Zod type alone cannot tell:
 * which strings are images, uploaded files or references, and where option labels live.
 * The CMS configuration in admin/ is generated from the schemas plus these hints.
 */
import { z } from 'astro/zod';

export type CmsHint =
  | { widget: 'image' }
  | { widget: 'file'; extensions: readonly string[] }
  | { widget: 'relation'; collection: string; searchFields: readonly string[]; displayFields: readonly string[] }
  | { optionLabels: string };

export const cmsHints = z.registry<CmsHint>();

/** Attach a CMS hint to a schema and return it unchanged. */
export function withCmsHint<T extends z.ZodType>(schema: T, hint: CmsHint): T {
  cmsHints.add(schema, hint);
  return schema;
}
