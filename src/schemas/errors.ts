/**
 * German validation messages that name the field by its editor label.
 *
 * Astro prefixes each message with the collection, the entry and the field path;
 * this map supplies the German wording and the label an editor knows from the CMS.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from './fields';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

function labelOf(issue: Issue): string | undefined {
  const meta = issue.inst ? (z.globalRegistry.get(issue.inst as z.ZodType) as Partial<FieldMeta> | undefined) : undefined;
  return meta?.title;
}

function quoted(label: string | undefined): string {
  return label ? `„${label}“` : 'Dieses Feld';
}

/** Message for one issue, or undefined to fall back to Zod's German locale. */
export function germanMessage(issue: Issue): string | undefined {
  const label = labelOf(issue);
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `Pflichtfeld ${quoted(label)} fehlt. Bitte ausfüllen.`;
  }
  if (issue.code === 'invalid_type') {
    const expected: Record<string, string> = {
      string: 'einen Text',
      number: 'eine Zahl',
      boolean: 'ja oder nein',
      array: 'eine Liste',
      object: 'eine Gruppe von Angaben',
      date: 'ein Datum im Format JJJJ-MM-TT',
    };
    return `${quoted(label)} erwartet ${expected[issue.expected] ?? issue.expected}, erhalten wurde ${JSON.stringify(issue.input)}.`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
    return `${quoted(label)} hat den Wert ${JSON.stringify(issue.input)}; erlaubt sind: ${allowed}.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return `${quoted(label)} darf nicht leer sein.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `${quoted(label)} braucht mindestens ${String(issue.minimum)} Einträge.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `${quoted(label)} ist zu lang: höchstens ${String(issue.maximum)} Zeichen.`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `Unbekannte Angabe(n) ${issue.keys.map((key) => `„${key}“`).join(', ')}. Bitte Schreibweise prüfen oder entfernen.`;
  }
  return undefined;
}

let installed = false;

/** Install the German messages once for every schema parsed in this process. */
export function useGermanErrors(): void {
  if (installed) return;
  installed = true;
  z.config(z.locales.de());
  z.config({ customError: (issue) => germanMessage(issue) });
}

/** The German error map for one parse, falling back to Zod's German locale. */
export const germanErrorMap: z.core.$ZodErrorMap = (issue) => germanMessage(issue) ?? z.locales.de().localeError(issue);

/**
 * Wrap a collection schema so its issues carry German messages.
 * Astro parses with its own English error map, which would override a global one;
 * issues re-raised with an explicit message keep the German wording.
 */
export function withGermanErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform(async (input, ctx): Promise<z.output<T>> => {
    const result = await schema.safeParseAsync(input, { error: germanErrorMap });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.issues.push({
        code: 'custom',
        message: issue.message,
        path: issue.path,
        input: issue.input,
        ...('params' in issue && issue.params ? { params: issue.params } : {}),
      });
    }
    return z.NEVER;
  });
}
