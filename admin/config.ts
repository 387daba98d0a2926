/**
 * The complete Decap CMS configuration, built from the content schemas.
 * Served as /admin/config.yml by src/pages/admin/config.yml.ts.
 */
import { z } from 'astro/zod';
import de from '../src/i18n/de.json';
import { DEFAULT_LOCALE, LOCALES } from '../src/i18n/locales';
import { backendFromEnv } from '../src/lib/cms-backend';
import { districtFullName } from '../src/lib/districts';
import { kurztexteSchema } from '../src/schemas/kurztexte';
import { leitlinienSchema } from '../src/schemas/leitlinien';
import { MEDIA_KINDS, mediaSchema } from '../src/schemas/media';
import { pagesSchema } from '../src/schemas/pages';
import { standorteSchema } from '../src/schemas/standorte';
import { teamSchema } from '../src/schemas/team';
import { TRANSLATABLE_FIELDS, type TranslatedCollection } from '../src/schemas/translations';
import type { ImageHelper } from '../src/schemas/image';
import { toDecapFields, type ConversionOptions, type DecapField } from './schema-to-decap';

/** Upload limit; larger photos should be exported smaller before upload. */
export const MAX_UPLOAD_BYTES = 10 * 1000 * 1000;

const dictionary: Record<string, unknown> = de;
/** The German name of a value an editor chooses (language.uk, standorte.outreachKind.…): always a plain text. */
const nameOf = (key: string) => (typeof dictionary[key] === 'string' ? dictionary[key] : undefined);
const conversion: ConversionOptions = {
  // Districts show their kind ("Kreisfreie Stadt Jena", "Landkreis Gotha") from src/lib/districts.ts.
  optionLabel: (prefix, value) => (prefix === 'district' ? districtFullName(value) : nameOf(`${prefix}.${value}`)),
  maxUploadBytes: MAX_UPLOAD_BYTES,
};

// Stands in for Astro's image() outside a build; the CMS only needs to know "this is an image".
const image = (() => z.string()) as unknown as ImageHelper;

/** The MDX body: stored escaped so that whatever an editor types builds (see src/lib/mdx-body.ts). */
export const bodyField = (label: string, hint: string): DecapField => ({
  name: 'body',
  label,
  hint,
  widget: 'markdown',
  required: false,
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  sanitize_preview: true,
  pattern: [
    '^(?![\\s\\S]*\\]\\(\\s*(?:javascript|data|vbscript):)[\\s\\S]*$',
    'Links dürfen nur auf Webadressen (https://…), E-Mail-Adressen (mailto:…) oder Seiten dieser Website zeigen.',
  ],
});

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'mdx';
  format: 'frontmatter';
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  preview_path?: string;
  fields: DecapField[];
  sortable_fields?: string[];
  path?: string;
  media_folder?: string;
  public_folder?: string;
  filter?: { field: string; value: string };
  nested?: { depth: number; summary: string };
  meta?: Record<string, unknown>;
  /** Side-by-side translation (Decap i18n with the site-wide settings in I18N). */
  i18n?: boolean;
}

/**
 * Decap i18n: German is the source, each translation a file of its own beside it
 * (content/<collection>/<code>/<id>.mdx). The site reads translations leniently (src/schemas/translations.ts).
 */
export const I18N = { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE } as const;

/**
 * Fields of a translated collection, marked for Decap: translatable fields (and the body) are translated,
 * all others are copied from German (duplicate), so editors change them in one place.
 */
export function withTranslationMarks(collection: TranslatedCollection, fields: DecapField[]): DecapField[] {
  const translatable = new Set<string>([...TRANSLATABLE_FIELDS[collection], 'body']);
  return fields.map((field) => ({ ...field, i18n: translatable.has(field.name) ? true : 'duplicate' }));
}

const common = { extension: 'mdx', format: 'frontmatter', create: true, delete: true } as const;

/** Images uploaded for an entry are stored beside it, where Astro optimises them with sharp. */
const besideEntry = { media_folder: '', public_folder: '' } as const;

const mediaKindLabels: Record<(typeof MEDIA_KINDS)[number], [string, string, string]> = {
  audio: ['Medien: Audio', 'Audiobeitrag', 'Podcasts und Interviews, mit Transkript.'],
  video: ['Medien: Video', 'Videobeitrag', 'Videos mit Untertiteln und Vorschaubild.'],
  photo: ['Medien: Foto', 'Foto', 'Ein einzelnes Bild, z. B. ein Plakat oder Pressefoto.'],
  series: ['Medien: Fotoserie', 'Fotoserie', 'Mehrere Bilder zu einem Thema.'],
};

/** The media schema is a union by "kind"; the CMS shows one collection per kind. */
function mediaCollections(): CmsCollection[] {
  const union = mediaSchema({ image });
  const options = (union._zod.def as unknown as { options: z.ZodType[] }).options;
  // Match each kind to its variant by the variant's own `kind` literal, not by position in the union.
  const kindOf = (variant: z.ZodType) => (variant as unknown as { shape?: { kind?: { value?: unknown } } }).shape?.kind?.value;
  return MEDIA_KINDS.map((kind) => {
    const [label, singular, description] = mediaKindLabels[kind];
    const variant = options.find((option) => kindOf(option) === kind);
    if (!variant) throw new Error(`Medienart ${kind} fehlt im Schema.`);
    return {
      name: `media-${kind}`,
      label,
      label_singular: singular,
      description,
      folder: 'content/media',
      path: '{{slug}}/index',
      ...common,
      ...besideEntry,
      filter: { field: 'kind', value: kind },
      slug: '{{title}}',
      identifier_field: 'title',
      summary: '{{title}} ({{date}})',
      sortable_fields: ['date', 'title'],
      preview_path: 'medien/{{dirname}}/',
      fields: [...toDecapFields(variant, conversion), bodyField('Begleittext', 'Optional: Hintergrund zum Beitrag, in ganzen Sätzen.')],
    };
  });
}

export interface CmsOptions {
  /** Build-time note on Anlaufstellen not checked for too long (src/lib/freshness.ts), shown above the list. */
  freshnessNotice?: string;
}

export function cmsCollections(options: CmsOptions = {}): CmsCollection[] {
  return [
    {
      name: 'standorte',
      label: 'Anlaufstellen',
      label_singular: 'Anlaufstelle',
      description: ['Adressen, Sprechzeiten, Zuständigkeitsgebiete und Kontakt der ThINKA-Anlaufstellen.', options.freshnessNotice].filter(Boolean).join(' '),
      folder: 'content/standorte',
      ...common,
      slug: '{{fields.place}}',
      identifier_field: 'name',
      // „Geprüft am“ in every row of the list, so unchecked entries stand out (sortable by checkedAt).
      summary: "{{name}} – {{district}} – geprüft am: {{checkedAt | default('noch nicht geprüft')}}",
      sortable_fields: ['name', 'district', 'checkedAt'],
      preview_path: 'standorte/{{slug}}/',
      fields: [...toDecapFields(standorteSchema(), conversion), bodyField('Beschreibung', 'Was die Anlaufstelle anbietet, in kurzen, einfachen Sätzen.')],
    },
    {
      name: 'team',
      label: 'Team',
      label_singular: 'Profil',
      description: 'Profile der Mitarbeitenden. Ein Name ist freiwillig.',
      folder: 'content/team',
      // One folder per profile, so every profile's portrait sits beside it and never meets another's.
      path: '{{slug}}/index',
      ...common,
      ...besideEntry,
      slug: '{{fields.role}}',
      identifier_field: 'role',
      summary: '{{role}} – {{area}}',
      sortable_fields: ['order', 'role'],
      preview_path: 'team/{{dirname}}/',
      fields: [...toDecapFields(teamSchema({ image }), conversion), bodyField('Profiltext', 'Die Person stellt sich und ihre Arbeit vor.')],
    },
    {
      name: 'leitlinien',
      label: 'Leitlinien',
      label_singular: 'Leitlinie',
      description: 'Die vier Leitlinien von ThINKA. Titel, Kurztext und Text lassen sich übersetzen; ohne Übersetzung zeigt die Website den deutschen Text.',
      folder: 'content/leitlinien',
      ...common,
      create: false,
      delete: false,
      i18n: true,
      slug: '{{title}}',
      identifier_field: 'title',
      summary: '{{order}}. {{title}}',
      sortable_fields: ['order'],
      preview_path: 'leitlinien/{{slug}}/',
      fields: withTranslationMarks('leitlinien', [...toDecapFields(leitlinienSchema(), conversion), bodyField('Text', 'Erläuterung der Leitlinie.')]),
    },
    {
      name: 'kurztexte',
      label: 'Kurztexte (mehrsprachig)',
      label_singular: 'Kurztext',
      description: 'Kurze Texte für die Startseite in allen Sprachen, z. B. „Was ist ThINKA?“. Nur übersetzen, was der deutsche Text sagt.',
      folder: 'content/kurztexte',
      ...common,
      create: false,
      delete: false,
      i18n: true,
      slug: '{{title}}',
      identifier_field: 'title',
      summary: '{{title}}',
      fields: withTranslationMarks('kurztexte', [...toDecapFields(kurztexteSchema(), conversion), bodyField('Text', 'Der Kurztext in wenigen Sätzen.')]),
    },
    {
      name: 'pages',
      label: 'Seiten',
      label_singular: 'Seite',
      description: 'Inhaltsseiten wie „Über ThINKA“, Impressum und Datenschutz. Der Pfad bestimmt die Adresse.',
      folder: 'content/pages',
      ...common,
      slug: '{{title}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['order', 'title'],
      preview_path: '{{dirname}}/',
      // Every page is <path>/index.mdx: Decap saves a nested entry at its „Pfad“, so a page stays where it is.
      nested: { depth: 4, summary: '{{title}}' },
      meta: { path: { widget: 'string', label: 'Pfad', index_file: 'index' } },
      fields: [...toDecapFields(pagesSchema(), conversion), bodyField('Inhalt', 'Der Text der Seite. Überschriften mit den Knöpfen H2/H3 setzen.')],
    },
    ...mediaCollections(),
  ];
}

export function buildCmsConfig(env: Record<string, string | undefined>, siteUrl: string, options: CmsOptions = {}) {
  return {
    backend: backendFromEnv(env),
    // Only used on localhost when decap-server answers; the dev server proxies it to the same origin.
    local_backend: true,
    publish_mode: 'editorial_workflow',
    locale: 'de',
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    media_folder: 'public/media',
    public_folder: '/media',
    show_preview_links: true,
    search: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: I18N,
    collections: cmsCollections(options),
  };
}
