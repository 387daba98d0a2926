// One source of truth: the CMS must offer exactly what the content schemas accept.
import { readdirSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, cmsCollections } from '../../admin/config';
import { backendFromEnv } from '../../src/lib/cms-backend';
import { toDecapFields } from '../../admin/schema-to-decap';
import type { DecapField } from '../../admin/schema-to-decap';
import type { ImageHelper } from '../../src/schemas/image';
import { kurztexteSchema } from '../../src/schemas/kurztexte';
import { leitlinienSchema } from '../../src/schemas/leitlinien';
import { MEDIA_KINDS, mediaSchema } from '../../src/schemas/media';
import { pagesSchema } from '../../src/schemas/pages';
import { standorteSchema } from '../../src/schemas/standorte';
import { teamSchema } from '../../src/schemas/team';
import { disagreements } from './support/agreement';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';

const image = (() => z.string()) as unknown as ImageHelper;
const collections = cmsCollections();
const fieldsOf = (name: string) => {
  const collection = collections.find((entry) => entry.name === name);
  if (!collection) throw new Error(`CMS-Sammlung ${name} fehlt`);
  return collection.fields.filter((field) => field.name !== 'body');
};
const mediaVariants = (mediaSchema({ image })._zod.def as unknown as { options: z.ZodType[] }).options;
/** The schema variant for one kind, found by its "kind" literal (never by position). */
const variantOf = (kind: string): z.ZodType => {
  const variant = mediaVariants.find((option) => {
    const shape = (option._zod.def as unknown as { shape?: Record<string, z.ZodType> }).shape;
    return (shape?.kind?._zod.def as unknown as { values?: unknown[] } | undefined)?.values?.includes(kind);
  });
  if (!variant) throw new Error(`Medienart ${kind} fehlt im Schema`);
  return variant;
};

const pairs: Array<[string, z.ZodType]> = [
  ['team', teamSchema({ image })],
  ['leitlinien', leitlinienSchema()],
  ['kurztexte', kurztexteSchema()],
  ['pages', pagesSchema()],
  ['standorte', standorteSchema()],
  ...MEDIA_KINDS.map((kind): [string, z.ZodType] => [`media-${kind}`, variantOf(kind)]),
];

describe('CMS configuration and content schemas', () => {
  it('has a CMS collection for every content folder', () => {
    const folders = readdirSync('content', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `content/${entry.name}`);
    const cmsFolders = new Set(collections.map((collection) => collection.folder));
    expect([...cmsFolders].sort()).toEqual(folders.sort());
  });

  for (const [name, schema] of pairs) {
    it(`agrees field by field for ${name}`, () => {
      expect(disagreements(schema, fieldsOf(name))).toEqual([]);
    });
  }

  it('labels districts with their kind: kreisfreie Stadt or Landkreis', () => {
    const district = fieldsOf('standorte').find((field) => field.name === 'district');
    const labels = Object.fromEntries((district?.options ?? []).map((option) => (typeof option === 'string' ? [option, option] : [option.value, option.label])));
    expect(district?.label).toBe('Landkreis oder kreisfreie Stadt');
    expect(labels).toMatchObject({
      Jena: 'Kreisfreie Stadt Jena',
      Suhl: 'Kreisfreie Stadt Suhl',
      Gotha: 'Landkreis Gotha',
      Eichsfeld: 'Landkreis Eichsfeld',
      'Ilm-Kreis': 'Ilm-Kreis',
    });
    expect(Object.keys(labels)).toHaveLength(22);
  });

  it('gives every field a German label and a hint', () => {
    const missing: string[] = [];
    const visit = (fields: ReturnType<typeof fieldsOf>, path: string) => {
      for (const field of fields) {
        if (field.widget === 'hidden') continue;
        if (!field.hint || field.label === field.name) missing.push(`${path}${field.name}`);
        if (field.fields) visit(field.fields, `${path}${field.name}.`);
      }
    };
    for (const collection of collections) visit(collection.fields, `${collection.name}: `);
    expect(missing).toEqual([]);
  });

  it('keeps the body editor free of raw HTML and inline images', () => {
    for (const collection of collections) {
      const body = collection.fields.find((field) => field.name === 'body');
      expect(body, collection.name).toMatchObject({ widget: 'markdown', editor_components: [], sanitize_preview: true });
    }
  });

  it('notices a field added to the schema only', () => {
    const extended = pagesSchema().extend({ subtitle: z.string().meta({ title: 'Untertitel', description: 'x' }) });
    expect(disagreements(extended, fieldsOf('pages'))).toEqual(['subtitle: im Schema, aber nicht im CMS']);
  });

  it('notices a field added to the CMS only', () => {
    const fields = [...fieldsOf('pages'), { name: 'subtitle', label: 'Untertitel', widget: 'string' }];
    expect(disagreements(pagesSchema(), fields)).toEqual(['subtitle: im CMS, aber nicht im Schema']);
  });

  it('notices a changed required flag, type or list of allowed values', () => {
    const fields = fieldsOf('leitlinien').map((field) => {
      if (field.name === 'title') return { ...field, required: false };
      if (field.name === 'order') return { ...field, widget: 'string' };
      if (field.name === 'icon') return { ...field, options: field.options?.slice(1) };
      return field;
    });
    expect(disagreements(leitlinienSchema(), fields)).toEqual([
      'title: Pflichtfeld im Schema true, im CMS false',
      'order: Typ number passt nicht zum CMS-Feld string',
      'icon: erlaubte Werte aktivierung/kooperation/nachhaltigkeit/integration ≠ CMS kooperation/nachhaltigkeit/integration',
    ]);
  });

  it('generates the same fields again from the schema (no hand-written drift)', () => {
    const conversion = { optionLabel: () => undefined, maxUploadBytes: 1 };
    expect(toDecapFields(leitlinienSchema(), conversion).map((field) => field.name)).toEqual(['title', 'teaser', 'order', 'icon']);
  });
});

describe('CMS backend settings', () => {
  it('reads the production backend from the environment, with the editorial workflow', () => {
    const config = buildCmsConfig({ CMS_BACKEND: 'gitea', CMS_REPO: 'thinka/website', CMS_BASE_URL: 'https://git.example.org', CMS_APP_ID: 'abc' }, 'https://thinka.de/');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'gitea', repo: 'thinka/website', branch: 'main', base_url: 'https://git.example.org', app_id: 'abc', auth_type: 'pkce' });
    expect(config.locale).toBe('de');
  });

  it('refuses an unknown backend with a German message', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'git-gateway' })).toThrow(/wird nicht unterstützt/);
  });

  it('stores uploaded images beside their entry so Astro optimises them', () => {
    for (const name of ['team', ...MEDIA_KINDS.map((kind) => `media-${kind}`)]) {
      expect(collections.find((collection) => collection.name === name)).toMatchObject({ media_folder: '', public_folder: '' });
    }
  });
});

describe('CMS configuration generated from the schemas', () => {
  const config = buildCmsConfig({ CMS_REPO: 'thinka/website' }, 'https://thinka.de/');
  const standorte = config.collections.find((collection) => collection.name === 'standorte');

  it('offers the optional Fronleichnam switch on Anlaufstellen, with German label and hint', () => {
    const field = standorte?.fields.find((candidate) => candidate.name === 'fronleichnam');
    expect(field).toMatchObject({ widget: 'boolean', label: 'Fronleichnam ist hier Feiertag', required: false, default: false });
    expect(field?.hint).toMatch(/Eichsfeld/);
  });

  it('keeps the field optional in the content schema', () => {
    const base = { name: 'ThINKA Leinefelde', place: 'Leinefelde', district: 'Eichsfeld' };
    expect(standorteSchema().parse(base).fronleichnam).toBeUndefined();
    expect(standorteSchema().parse({ ...base, fronleichnam: true }).fronleichnam).toBe(true);
    expect(standorteSchema().safeParse({ ...base, fronleichnam: 'ja' }).success).toBe(false);
  });
});
interface Field {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  fields?: Field[];
  field?: Field;
}

const mediaConfig = buildCmsConfig({ CMS_REPO: 'thinka/website' }, 'https://thinka.de');
const collection = (name: string) => mediaConfig.collections.find((entry) => entry.name === name)!;
const field = (fields: readonly Field[], name: string) => fields.find((entry) => entry.name === name);

describe('CMS configuration for media', () => {
  it('has one collection per kind, stored beside the entry so Astro optimises the images', () => {
    for (const kind of ['audio', 'video', 'photo', 'series']) {
      const media = collection(`media-${kind}`);
      expect(media, kind).toBeDefined();
      expect(media.filter).toEqual({ field: 'kind', value: kind });
      expect(media.media_folder).toBe('');
    }
  });

  it('offers every accessibility field with a German label and hint', () => {
    const audio = collection('media-audio').fields as Field[];
    const video = collection('media-video').fields as Field[];
    const series = collection('media-series').fields as Field[];
    expect(field(audio, 'transcript')).toMatchObject({ label: 'Transkript', widget: expect.any(String) });
    expect(field(audio, 'chapters')?.label).toBe('Kapitel');
    expect(field(video, 'captions')?.label).toBe('Untertitel');
    expect(field(video, 'textDescription')?.label).toBe('Textbeschreibung');
    expect(field(video, 'poster')?.label).toBe('Vorschaubild');
    const images = field(series, 'images');
    expect(images?.label).toBe('Fotos');
    for (const fields of [audio, video, series]) {
      expect(field(fields, 'peopleShown')?.label).toBe('Personen erkennbar');
      expect(field(fields, 'consentOnFile')?.label).toBe('Einwilligung liegt vor');
      expect(field(fields, 'licence')?.label).toBe('Lizenz');
      for (const entry of fields.filter((item) => item.widget !== 'hidden')) expect(entry.hint ?? '', `${entry.name} has a hint`).not.toBe('');
    }
  });
});

describe('CMS translation side by side (Decap i18n)', () => {
  const config = buildCmsConfig({ CMS_REPO: 'thinka/website' }, 'https://thinka.de/');

  it('keeps German as the source and every translation in a folder of its own', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE });
  });

  it('translates only the collections the site shows in other languages', () => {
    expect(
      config.collections
        .filter((collection) => collection.i18n)
        .map((collection) => collection.name)
        .sort(),
    ).toEqual(['kurztexte', 'leitlinien']);
  });

  it('marks translatable fields and copies all others from German', () => {
    const leitlinien = config.collections.find((collection) => collection.name === 'leitlinien')!;
    expect(Object.fromEntries(leitlinien.fields.map((field) => [field.name, field.i18n]))).toEqual({
      title: true,
      teaser: true,
      order: 'duplicate',
      icon: 'duplicate',
      body: true,
    });
  });

  it('finds the German source of every translated collection where Decap looks for it', () => {
    for (const name of ['leitlinien', 'kurztexte']) {
      const german = readdirSync(`content/${name}/de`).filter((file) => file.endsWith('.mdx'));
      expect(german.length, name).toBeGreaterThan(0);
      expect(
        readdirSync(`content/${name}`)
          .filter((entry) => !entry.includes('.'))
          .sort(),
        name,
      ).toEqual(['ar', 'de', 'en', 'fa', 'ru', 'uk']);
    }
  });
});

describe('what the CMS shows editors before they save', () => {
  type Node = {
    type?: string;
    properties?: Record<string, Node>;
    items?: Node;
    anyOf?: Node[];
    minimum?: number;
    maximum?: number;
    minItems?: number;
    maxItems?: number;
    pattern?: string;
  };
  const visible = (node: Node): Node => node.anyOf?.find((option) => option.type !== 'null') ?? node;

  /** Every min/max/integer/pattern zod publishes for a field must reach the Decap field, or editors meet it only at the build. */
  function missingConstraints(node: Node, fields: readonly DecapField[], where: string): string[] {
    const problems: string[] = [];
    for (const [name, raw] of Object.entries(visible(node).properties ?? {})) {
      const json = visible(raw);
      const field = fields.find((candidate) => candidate.name === name);
      if (!field) continue;
      const path = `${where}${name}`;
      if (json.type === 'integer' && field.value_type !== 'int') problems.push(`${path}: ganze Zahl fehlt`);
      if (json.type === 'number' || json.type === 'integer') {
        if (json.minimum !== undefined && field.min !== json.minimum) problems.push(`${path}: min ${json.minimum} ≠ ${field.min}`);
        if (json.maximum !== undefined && field.max !== json.maximum) problems.push(`${path}: max ${json.maximum} ≠ ${field.max}`);
      }
      if (json.type === 'array' && field.widget === 'list') {
        if (json.minItems && field.min !== json.minItems) problems.push(`${path}: mindestens ${json.minItems} ≠ ${field.min}`);
        if (json.maxItems !== undefined && field.max !== json.maxItems) problems.push(`${path}: höchstens ${json.maxItems} ≠ ${field.max}`);
        if (json.items?.properties) problems.push(...missingConstraints(json.items, field.fields ?? [], `${path}[].`));
      }
      if (json.pattern && field.widget === 'string' && field.pattern?.[0] !== json.pattern) problems.push(`${path}: Muster fehlt`);
      if (json.properties) problems.push(...missingConstraints(json, field.fields ?? [], `${path}.`));
    }
    return problems;
  }

  for (const [name, schema] of pairs) {
    it(`carries every min, max, integer and pattern of ${name} into the CMS`, () => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
      expect(missingConstraints(json, fieldsOf(name), '')).toEqual([]);
    });
  }

  it('would notice a lost minimum', () => {
    const json = z.toJSONSchema(pagesSchema(), { io: 'input', unrepresentable: 'any' }) as Node;
    const withoutMin = fieldsOf('pages').map((field) => (field.name === 'order' ? { ...field, min: undefined } : field));
    expect(missingConstraints(json, withoutMin, '')).toEqual(['order: min 0 ≠ undefined']);
  });

  it('names every option in German, never by its raw value', () => {
    const raw: string[] = [];
    const visit = (fields: readonly DecapField[], path: string) => {
      for (const field of fields) {
        for (const option of field.options ?? []) {
          // A value that already reads as a name (district, licence) may stand for itself.
          if (option.label === option.value && !/[A-ZÄÖÜ ]/.test(option.value)) raw.push(`${path}${field.name}: ${option.value}`);
        }
        visit(field.fields ?? [], `${path}${field.name}.`);
      }
    };
    for (const collection of collections) visit(collection.fields, `${collection.name}: `);
    expect(raw).toEqual([]);
  });

  it('gives single-line facts a single-line field', () => {
    const office = fieldsOf('standorte').find((field) => field.name === 'offices')?.fields ?? [];
    const address = office.find((field) => field.name === 'address')?.fields ?? [];
    expect(address.filter((field) => ['street', 'postcode', 'city', 'quarter'].includes(field.name)).map((field) => field.widget)).toEqual([
      'string',
      'string',
      'string',
      'string',
    ]);
  });
});
