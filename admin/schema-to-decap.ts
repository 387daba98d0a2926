/**
 * Turns the content schemas (Zod) into Decap CMS field definitions, so the CMS and the
 * build can never disagree about fields, required flags, types or allowed values.
 */
import { z } from 'astro/zod';
import { cmsHints, type CmsHint } from '../src/schemas/cms';
import type { FieldMeta } from '../src/schemas/fields';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  summary?: string;
  collapsed?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  choose_url?: boolean;
  allow_multiple?: boolean;
  media_folder?: string;
  public_folder?: string;
  media_library?: { config: { max_file_size: number } };
  /** Required as soon as its optional parent group has any value. */
  required_when_set?: boolean;
  [key: string]: unknown;
}

export interface ConversionOptions {
  /** German label for an option, from the translation file; undefined keeps the raw value. */
  optionLabel: (prefix: string, value: string) => string | undefined;
  /** Largest upload in bytes. */
  maxUploadBytes: number;
}

/** Longest single-line text; longer or unbounded texts get a multi-line field. */
const SINGLE_LINE_MAX = 160;
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'];

type AnySchema = z.core.$ZodType;
type Def = AnySchema['_zod']['def'] & Record<string, unknown>;

const defOf = (schema: AnySchema) => schema._zod.def as Def;

interface Unwrapped {
  core: AnySchema;
  required: boolean;
  defaultValue?: unknown;
  /** Every schema passed on the way in: metadata and hints may sit on any of them. */
  layers: AnySchema[];
}

/** Peel optional/default/nullable wrappers, remembering what they mean for the editor. */
function unwrap(schema: AnySchema): Unwrapped {
  const layers: AnySchema[] = [];
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    layers.push(current);
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType as AnySchema;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue ??= def.defaultValue;
      current = def.innerType as AnySchema;
    } else {
      return { core: current, required, defaultValue, layers };
    }
  }
}

const metaOf = (layers: AnySchema[]): Partial<FieldMeta> => {
  for (const layer of layers) {
    const meta = z.globalRegistry.get(layer as z.ZodType) as Partial<FieldMeta> | undefined;
    if (meta?.title) return meta;
  }
  return {};
};

const hintOf = (layers: AnySchema[]): CmsHint | undefined => {
  for (const layer of layers) {
    const hint = cmsHints.get(layer as z.ZodType);
    if (hint) return hint;
  }
  return undefined;
};

interface StringFacts {
  pattern?: RegExp;
  patternMessage?: string;
  maxLength?: number;
}

/** The constraints zod itself publishes for a schema, as JSON Schema (public API, no internals). */
interface JsonConstraints {
  type?: string | string[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonConstraints[];
}

export function constraintsOf(schema: AnySchema, io: 'input' | 'output' = 'input'): JsonConstraints {
  return z.toJSONSchema(schema as z.ZodType, { io, unrepresentable: 'any' });
}

/** The message the schema itself gives for a text of the wrong form, found by parsing one. */
function formatMessage(schema: AnySchema): string | undefined {
  const result = (schema as z.ZodType).safeParse('\u0000');
  const issue = result.success ? undefined : result.error.issues.find((candidate) => candidate.code === 'invalid_format');
  return issue && !/^(Invalid|Ungültig)/.test(issue.message) ? issue.message : undefined;
}

/** Pattern and length limit of a text field; a pipe (e.g. year-month) is described by its output. */
function stringFacts(schema: AnySchema): StringFacts {
  const isPipe = ['pipe', 'union'].includes(defOf(schema).type);
  const json = constraintsOf(schema, isPipe ? 'output' : 'input');
  const facts: StringFacts = {};
  if (json.format === 'uri') facts.pattern = /^https?:\/\/\S+$/;
  else if (json.pattern) facts.pattern = new RegExp(json.pattern);
  if (facts.pattern) {
    const message = formatMessage(schema);
    if (message) facts.patternMessage = message;
  }
  if (typeof json.maxLength === 'number') facts.maxLength = json.maxLength;
  return facts;
}

function numberFacts(schema: AnySchema): Pick<DecapField, 'min' | 'max' | 'value_type'> {
  const json = constraintsOf(schema);
  return {
    value_type: json.type === 'integer' ? 'int' : 'float',
    ...(typeof json.minimum === 'number' && Number.isFinite(json.minimum) ? { min: json.minimum } : {}),
    ...(typeof json.maximum === 'number' && Number.isFinite(json.maximum) ? { max: json.maximum } : {}),
  };
}

const arrayBounds = (schema: AnySchema): Pick<DecapField, 'min' | 'max'> => {
  const json = constraintsOf(schema);
  return {
    ...(typeof json.minItems === 'number' && json.minItems > 0 ? { min: json.minItems } : {}),
    ...(typeof json.maxItems === 'number' && Number.isFinite(json.maxItems) ? { max: json.maxItems } : {}),
  };
};

/** Object shape of a schema, seeing through refinements and strictness. */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const { core } = unwrap(schema);
  const def = defOf(core);
  if (def.type === 'object') return def.shape as Record<string, AnySchema>;
  if (def.type === 'pipe') return shapeOf(def.in as AnySchema);
  return undefined;
}

function enumOptions(core: AnySchema, hint: CmsHint | undefined, options: ConversionOptions) {
  const values = Object.values((defOf(core) as unknown as { entries: Record<string, string> }).entries);
  const prefix = hint && 'optionLabels' in hint ? hint.optionLabels : undefined;
  return values.map((value) => ({ value, label: (prefix && options.optionLabel(prefix, value)) ?? value }));
}

/** One Decap field for one schema property. */
export function toDecapField(name: string, schema: AnySchema, options: ConversionOptions): DecapField {
  const { core, required, defaultValue, layers } = unwrap(schema);
  const meta = metaOf(layers);
  const hint = hintOf(layers);
  const base: DecapField = {
    name,
    label: meta.title ?? name,
    widget: 'string',
    ...(meta.description ? { hint: meta.description } : {}),
    required,
  };
  const withDefault = (field: DecapField): DecapField => {
    const value = typeof defaultValue === 'function' ? (defaultValue as () => unknown)() : defaultValue;
    const meaningful = value !== undefined && !(typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
    return meaningful ? { ...field, default: value } : field;
  };

  // Uploads only (no remote URLs), one file, with the size limit.
  const upload = { choose_url: false, allow_multiple: false, media_library: { config: { max_file_size: options.maxUploadBytes } } };
  if (hint && 'widget' in hint && hint.widget === 'image') {
    return {
      ...base,
      widget: 'image',
      ...upload,
      pattern: [`\\.(${IMAGE_EXTENSIONS.join('|')})$`, `Bitte ein Bild im Format ${IMAGE_EXTENSIONS.map((ext) => ext.toUpperCase()).join(', ')} hochladen.`],
    };
  }
  if (hint && 'widget' in hint && hint.widget === 'file') {
    return {
      ...base,
      widget: 'file',
      ...upload,
      // Each entry's files in a folder of its own (named after its title), so equal file names never collide.
      media_folder: '/public/media/{{slug}}',
      public_folder: '/media/{{slug}}',
      pattern: [`\\.(${hint.extensions.join('|')})$`, `Erlaubte Dateitypen: ${hint.extensions.join(', ')}.`],
    };
  }
  if (hint && 'widget' in hint && hint.widget === 'relation') {
    return {
      ...base,
      widget: 'relation',
      collection: hint.collection,
      value_field: '{{slug}}',
      search_fields: [...hint.searchFields],
      display_fields: [...hint.displayFields],
    };
  }

  const def = defOf(core);
  switch (def.type) {
    case 'string':
    case 'pipe':
    case 'union': {
      const facts = stringFacts(def.type === 'union' ? ((def.options as AnySchema[]).find((option) => defOf(option).type === 'pipe') ?? core) : core);
      const multiline = !facts.pattern && (facts.maxLength === undefined || facts.maxLength > SINGLE_LINE_MAX);
      return withDefault({
        ...base,
        widget: multiline ? 'text' : 'string',
        ...(facts.pattern ? { pattern: [facts.pattern.source, facts.patternMessage ?? `Bitte das Format von „${base.label}“ prüfen.`] as [string, string] } : {}),
        ...(facts.maxLength !== undefined && !facts.pattern ? { max: facts.maxLength } : {}),
      });
    }
    case 'number':
      return withDefault({ ...base, widget: 'number', ...numberFacts(core) });
    case 'boolean':
      return withDefault({ ...base, widget: 'boolean', default: false });
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
    case 'enum':
      return withDefault({ ...base, widget: 'select', options: enumOptions(core, hint, options) });
    case 'literal': {
      const [value] = def.values as unknown[];
      return { ...base, widget: 'hidden', default: value };
    }
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, AnySchema>).map(([key, value]) => toDecapField(key, value, options));
      // Required once the optional group is used; while it is empty the CMS skips them (admin/field-validation.tsx).
      const children = required ? fields : fields.map((field) => (field.required ? { ...field, required_when_set: true } : field));
      return { ...base, widget: 'object', fields: children, collapsed: false };
    }
    case 'array': {
      const element = def.element as AnySchema;
      const item = unwrap(element);
      const itemDef = defOf(item.core);
      if (itemDef.type === 'enum') {
        return withDefault({ ...base, widget: 'select', multiple: true, options: enumOptions(item.core, hintOf(item.layers), options), ...arrayBounds(core) });
      }
      const shape = shapeOf(element);
      if (shape) {
        const fields = Object.entries(shape).map(([key, value]) => toDecapField(key, value, options));
        const named = fields.find((field) => field.name === 'name' || field.name === 'title');
        const summaryFields = named ? [named] : fields.filter((field) => ['string', 'select'].includes(field.widget)).slice(0, 3);
        const itemMeta = metaOf(item.layers);
        return {
          ...base,
          widget: 'list',
          ...(itemMeta.title ? { label_singular: itemMeta.title } : {}),
          fields,
          // Open items are easier to find for occasional editors than collapsed summaries.
          collapsed: false,
          ...(summaryFields.length > 0 ? { summary: summaryFields.map((field) => `{{fields.${field.name}}}`).join(' · ') } : {}),
          ...arrayBounds(core),
        };
      }
      const single = toDecapField('value', element, options);
      return { ...base, widget: 'list', field: { ...single, label: single.label === 'value' ? base.label : single.label }, ...arrayBounds(core) };
    }
    default:
      throw new Error(`Feld „${name}“: Der Typ „${def.type}“ ist im CMS nicht abbildbar. Bitte admin/schema-to-decap.ts erweitern.`);
  }
}

/** Decap fields for every property of an object schema, in schema order. */
export function toDecapFields(schema: AnySchema, options: ConversionOptions): DecapField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error('Nur Objekt-Schemas lassen sich als CMS-Sammlung abbilden.');
  return Object.entries(shape).map(([name, value]) => toDecapField(name, value, options));
}
