// Wiring only: each collection's loader and schema. The schemas live in src/schemas/.
import { existsSync, readdirSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from './i18n/locales';
import { guardedGlob } from './integrations/guarded-glob';
import { datenstand, datenstandSummary, type ReportStandort } from './lib/datenstand';
import { freshnessDays, freshnessWarning, staleEntries } from './lib/freshness';
import { reservedAddressProblem, reservedSegments } from './lib/reserved-addresses';
import { useGermanErrors, withGermanErrors } from './schemas/errors';
import { kurztexteSchema } from './schemas/kurztexte';
import { leitlinienSchema } from './schemas/leitlinien';
import { mediaSchema } from './schemas/media';
import { pagesSchema } from './schemas/pages';
import { standorteSchema } from './schemas/standorte';
import { teamSchema } from './schemas/team';
import { TRANSLATABLE_FIELDS, translationSchema } from './schemas/translations';

useGermanErrors();

const CONTENT_ROOT = process.env.THINKA_CONTENT_DIR ?? './content';

/**
 * Folder of a collection. Another content root (THINKA_CONTENT_DIR, e.g. the test fixtures in
 * tests/fixtures/finder-content) may hold only some collections; the others come from ./content.
 */
const rootOf = (collection: string) => (existsSync(`${CONTENT_ROOT}/${collection}`) ? CONTENT_ROOT : './content');
const baseOf = (collection: string) => `${rootOf(collection)}/${collection}`;

/** Astro's glob loader behind the content guard (src/integrations/guarded-glob.ts); images in bodies stay in the content root. */
const glob = (collection: string, options: Omit<Parameters<typeof guardedGlob>[0], 'base'>, idProblem?: (id: string) => string | undefined) =>
  guardedGlob({ ...options, base: baseOf(collection) }, rootOf(collection), idProblem);

/** Pages may not take an address the site's own routes or files use (src/pages, public/, language prefixes). */
const reserved = reservedSegments(readdirSync('./src/pages'), readdirSync('./public'), TRANSLATED_LOCALES);

/** Entry ids are the file path without extension; "index" files name their folder. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');

const mdx = (collection: string) => glob(collection, { pattern: '**/[^_]*.{md,mdx}', generateId: idFromPath });

/**
 * The Anlaufstellen's loader also reports entries whose „Geprüft am“ is missing or older than
 * THINKA_FRESHNESS_DAYS (default 365) as a build warning listing each of them, and sums up the data report
 * (`npm run datenstand`) in one line: how people can reach each location.
 */
const standorteLoader = (): Loader => {
  const files = mdx('standorte');
  return {
    name: 'thinka-standorte',
    load: async (context) => {
      await files.load(context);
      const maxDays = freshnessDays(process.env);
      const entries = context.store.values().map(({ id, data }) => ({
        id,
        name: typeof data.name === 'string' ? data.name : id,
        checkedAt: data.checkedAt as Date | string | undefined,
      }));
      const warning = freshnessWarning(staleEntries(entries, new Date(), maxDays), maxDays);
      if (warning) context.logger.warn(warning);
      const standorte = context.store.values().map(({ id, data }) => ({ id, data: data as unknown as ReportStandort['data'] }));
      context.logger.info(datenstandSummary(datenstand(standorte, new Date(), maxDays)));
    },
  };
};

/**
 * Astro calls a collection's schema function for every entry; schemas that need nothing from the
 * context (no image()) are built once, not once per entry (large builds, docs/benchmarks.md).
 */
const once = <T>(build: () => T): (() => T) => {
  let schema: T | undefined;
  return () => (schema ??= build());
};

/** German entries of a translated collection: content/<collection>/de/<id>.mdx, with the id "<id>". */
const germanSource = (collection: string) =>
  glob(collection, {
    pattern: `${DEFAULT_LOCALE}/**/[^_]*.{md,mdx}`,
    generateId: (options) => idFromPath(options).slice(DEFAULT_LOCALE.length + 1),
  });

/** Translations: content/<collection>/<code>/<id>.mdx, with the id "<code>/<id>" (see src/data/translations.ts). */
const translations = (collection: string) => glob(collection, { pattern: `{${TRANSLATED_LOCALES.join(',')}}/**/[^_]*.{md,mdx}`, generateId: idFromPath });

export const collections = {
  team: defineCollection({ loader: mdx('team'), schema: (context) => withGermanErrors(teamSchema(context)) }),
  leitlinien: defineCollection({ loader: germanSource('leitlinien'), schema: once(() => withGermanErrors(leitlinienSchema())) }),
  leitlinienTranslations: defineCollection({
    loader: translations('leitlinien'),
    schema: once(() => withGermanErrors(translationSchema(leitlinienSchema(), TRANSLATABLE_FIELDS.leitlinien))),
  }),
  kurztexte: defineCollection({ loader: germanSource('kurztexte'), schema: once(() => withGermanErrors(kurztexteSchema())) }),
  kurztexteTranslations: defineCollection({
    loader: translations('kurztexte'),
    schema: once(() => withGermanErrors(translationSchema(kurztexteSchema(), TRANSLATABLE_FIELDS.kurztexte))),
  }),
  pages: defineCollection({
    loader: glob('pages', { pattern: '**/[^_]*.{md,mdx}', generateId: idFromPath }, (id) => reservedAddressProblem(id, reserved)),
    schema: once(() => withGermanErrors(pagesSchema())),
  }),
  standorte: defineCollection({ loader: standorteLoader(), schema: once(() => withGermanErrors(standorteSchema())) }),
  media: defineCollection({ loader: mdx('media'), schema: (context) => withGermanErrors(mediaSchema({ ...context, reference })) }),
};
