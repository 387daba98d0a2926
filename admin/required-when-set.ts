/**
 * Checks the rule Decap cannot express: inside an optional group (e.g. a portrait),
 * some fields are required once the group is used at all (the image needs its alt text).
 */
import type { DecapField } from './schema-to-decap';

const isEmpty = (value: unknown): boolean => {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isEmpty);
  return false;
};

/** German messages for every field that is missing although its group is filled in. */
export function missingRequiredWhenSet(fields: readonly DecapField[], data: Record<string, unknown>, trail: string[] = []): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const value = data[field.name];
    const here = [...trail, field.label];
    if (field.widget === 'object' && field.fields && !isEmpty(value)) {
      const group = value as Record<string, unknown>;
      for (const child of field.fields) {
        if (child.required_when_set && isEmpty(group[child.name])) {
          problems.push(`${here.map((label) => `„${label}“`).join(' › ')}: Pflichtfeld „${child.label}“ fehlt. Bitte ausfüllen oder die ganze Gruppe leeren.`);
        }
      }
      problems.push(...missingRequiredWhenSet(field.fields, group, here));
    }
    if (field.widget === 'list' && field.fields && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item && typeof item === 'object') {
          problems.push(...missingRequiredWhenSet(field.fields!, item as Record<string, unknown>, [...trail, `${field.label} ${index + 1}`]));
        }
      });
    }
  }
  return problems;
}
