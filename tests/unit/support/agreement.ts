/**
 * An independent reading of a Zod schema against Decap fields: names, required flags,
 * types and allowed values must agree. Written apart from admin/schema-to-decap.ts on purpose.
 */
import { z } from 'astro/zod';
import type { DecapField } from '../../../admin/schema-to-decap';

type Schema = z.core.$ZodType;
const def = (schema: Schema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

function peel(schema: Schema): { core: Schema; optional: boolean } {
  let core = schema;
  let optional = false;
  for (;;) {
    const d = def(core);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') {
      optional = true;
      core = d.innerType as Schema;
    } else return { core, optional };
  }
}

function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const d = def(peel(schema).core);
  if (d.type === 'object') return d.shape as Record<string, Schema>;
  if (d.type === 'pipe') return objectShape(d.in as Schema);
  return undefined;
}

const WIDGETS_FOR: Record<string, readonly string[]> = {
  string: ['string', 'text', 'image', 'file', 'relation'],
  pipe: ['string', 'text', 'image', 'file', 'relation'],
  union: ['string', 'text', 'relation'],
  custom: ['image', 'relation'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['datetime'],
  enum: ['select'],
  literal: ['hidden'],
  object: ['object'],
  array: ['list', 'select'],
};

/** Disagreements between a schema's object shape and a list of CMS fields, as readable lines. */
export function disagreements(schema: Schema, fields: readonly DecapField[], where = '', parentOptional = false): string[] {
  const shape = objectShape(schema);
  if (!shape) return [`${where || 'Schema'}: kein Objekt`];
  const problems: string[] = [];
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const [name, property] of Object.entries(shape)) {
    const path = where ? `${where}.${name}` : name;
    const field = byName.get(name);
    if (!field) {
      problems.push(`${path}: im Schema, aber nicht im CMS`);
      continue;
    }
    const { core, optional } = peel(property);
    const type = def(core).type;
    const cmsRequired = field.required !== false || field.required_when_set === true;
    const schemaRequired = !optional;
    if (cmsRequired !== schemaRequired) problems.push(`${path}: Pflichtfeld im Schema ${schemaRequired}, im CMS ${cmsRequired}`);
    if (field.required_when_set && !parentOptional) problems.push(`${path}: „required_when_set“ nur in optionalen Gruppen erlaubt`);
    const allowed = WIDGETS_FOR[type];
    if (!allowed?.includes(field.widget)) problems.push(`${path}: Typ ${type} passt nicht zum CMS-Feld ${field.widget}`);
    if (type === 'enum') {
      const values = Object.values(def(core).entries as Record<string, string>);
      const options = (field.options ?? []).map((option) => option.value);
      if (JSON.stringify(values) !== JSON.stringify(options)) problems.push(`${path}: erlaubte Werte ${values.join('/')} ≠ CMS ${options.join('/')}`);
    }
    if (type === 'object') problems.push(...disagreements(core, field.fields ?? [], path, optional));
    if (type === 'array') {
      const element = peel(def(core).element as Schema).core;
      const elementType = def(element).type;
      if (elementType === 'enum') {
        const values = Object.values(def(element).entries as Record<string, string>);
        const options = (field.options ?? []).map((option) => option.value);
        if (field.widget !== 'select' || !field.multiple) problems.push(`${path}: Liste von Auswahlwerten braucht eine Mehrfachauswahl`);
        if (JSON.stringify(values) !== JSON.stringify(options)) problems.push(`${path}: erlaubte Werte ${values.join('/')} ≠ CMS ${options.join('/')}`);
      } else if (objectShape(element)) {
        problems.push(...disagreements(element, field.fields ?? [], `${path}[]`));
      } else if (!field.field) {
        problems.push(`${path}: Liste ohne Feldbeschreibung im CMS`);
      }
    }
  }
  for (const field of fields) {
    if (!(field.name in shape)) problems.push(`${where ? `${where}.` : ''}${field.name}: im CMS, aber nicht im Schema`);
  }
  return problems;
}
