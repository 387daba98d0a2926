// Wiring only: each collection's loader and schema. The schemas live in src/schemas/.
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { useGermanErrors, withGermanErrors } from './schemas/errors';
import { leitlinienSchema } from './schemas/leitlinien';
import { mediaSchema } from './schemas/media';
import { pagesSchema } from './schemas/pages';
import { standorteSchema } from './schemas/standorte';
import { teamSchema } from './schemas/team';

useGermanErrors();

const CONTENT_ROOT = process.env.THINKA_CONTENT_DIR ?? './content';

/**
 * Folder of a collection. Another content root (THINKA_CONTENT_DIR, e.g. the test fixtures in
 * tests/fixtures/finder-content) may hold only some collections; the others come from ./content.
 */
const baseOf = (collection: string) => {
  const alternative = `${CONTENT_ROOT}/${collection}`;
  return existsSync(alternative) ? alternative : `./content/${collection}`;
};

/** Entry ids are the file path without extension; "index" files name their folder. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');

const mdx = (collection: string) =>
  glob({ base: baseOf(collection), pattern: '**/[^_]*.{md,mdx}', generateId: idFromPath });

export const collections = {
  team: defineCollection({ loader: mdx('team'), schema: (context) => withGermanErrors(teamSchema(context)) }),
  leitlinien: defineCollection({ loader: mdx('leitlinien'), schema: () => withGermanErrors(leitlinienSchema()) }),
  pages: defineCollection({ loader: mdx('pages'), schema: () => withGermanErrors(pagesSchema()) }),
  standorte: defineCollection({ loader: mdx('standorte'), schema: () => withGermanErrors(standorteSchema()) }),
  media: defineCollection({ loader: mdx('media'), schema: (context) => withGermanErrors(mediaSchema(context)) }),
};
