/**
 * Building blocks shared by the collection schemas.
 *
 * Every field carries `.meta({ title, description })`: the German label and the editor
 * hint. They document the field here, name it in build errors and feed the CMS.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { withCmsHint } from './cms';
import { THURINGIAN_DISTRICTS } from '../lib/districts';

export interface FieldMeta {
  /** German label shown to editors and used in error messages. */
  title: string;
  /** German hint telling a non-technical editor what to enter. */
  description: string;
}

/** Attach the German label and hint to a schema. */
export function field<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description } satisfies FieldMeta);
}

/** Thuringia's 5 kreisfreie Städte and 17 Landkreise (list and kinds: src/lib/districts.ts). */
export { THURINGIAN_DISTRICTS, KREISFREIE_STAEDTE, districtKind, DISTRICT_KIND_LABEL } from '../lib/districts';

export const district = () =>
  field(
    withCmsHint(z.enum(THURINGIAN_DISTRICTS), { optionLabels: 'district' }),
    'Landkreis oder kreisfreie Stadt',
    'Wählen Sie den Landkreis oder die kreisfreie Stadt aus der Liste.',
  );

/** Languages offered in counselling, as ISO 639 codes (gsg: Deutsche Gebärdensprache); names live in the translation file. */
export const LANGUAGE_CODES = ['de', 'en', 'uk', 'ru', 'ar', 'fa', 'pl', 'tr', 'ro', 'bg', 'fr', 'es', 'ku', 'ps', 'ti', 'so', 'vi', 'sq', 'gsg'] as const;

export const languages = (hint: string) =>
  field(z.array(withCmsHint(z.enum(LANGUAGE_CODES), { optionLabels: 'language' })).default([]), 'Sprachen', hint);

export const plainText = (title: string, description: string, max = 200) =>
  field(z.string().trim().min(1).max(max), title, description);

/** Dates as YYYY-MM-DD; YAML dates and strings both work. */
export const isoDate = (title: string, description: string) =>
  field(z.coerce.date(), title, description);

/** A year and month such as 2023-09, for "seit" information without a day. */
export const yearMonth = (title: string, description: string) =>
  field(
    z
      .union([z.string(), z.date()])
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 7) : value))
      .pipe(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Bitte als Jahr-Monat angeben, z. B. 2023-09.' })),
    title,
    description,
  );

/** German phone numbers as typed by staff: digits, spaces, +, /, - and brackets. */
export const phone = () =>
  field(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 /()-]{4,24}$/, {
        error: 'Bitte eine Telefonnummer mit Vorwahl angeben, z. B. 03466 7404457.',
      }),
    'Telefon',
    'Telefonnummer mit Vorwahl, z. B. 03466 7404457.',
  );

export const email = () =>
  field(
    z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. beratung@example.org.' }),
    'E-Mail',
    'E-Mail-Adresse für Anfragen.',
  );

export const url = (title: string, description: string) =>
  field(
    z.url({ protocol: /^https?$/, error: 'Bitte eine vollständige Webadresse angeben, beginnend mit https://.' }),
    title,
    description,
  );

export const postcode = () =>
  field(
    z.string().regex(/^0[4-9]\d{3}$|^[1-9]\d{4}$/, { error: 'Bitte eine fünfstellige Postleitzahl angeben, z. B. 06556.' }),
    'Postleitzahl',
    'Fünfstellige Postleitzahl, z. B. 06556.',
  );

export const address = () =>
  field(
    z.object({
      street: field(z.string().trim().min(1), 'Straße und Hausnummer', 'z. B. Einbecker Str. 6').optional(),
      postcode: postcode().optional(),
      city: plainText('Ort', 'Stadt oder Gemeinde, z. B. Artern.', 80),
      quarter: field(z.string().trim().min(1), 'Stadtteil oder Ortsteil', 'Nur wenn hilfreich, z. B. Winzerla.').optional(),
    }),
    'Anschrift',
    'Die Anschrift, wie sie auf einem Brief stehen würde. Unbekanntes leer lassen.',
  );

export const coordinates = () =>
  field(
    z.object({
      lat: field(z.number().min(50.1).max(51.7), 'Breitengrad', 'Breitengrad in Thüringen, z. B. 50.9271.'),
      lng: field(z.number().min(9.8).max(12.7), 'Längengrad', 'Längengrad in Thüringen, z. B. 11.5892.'),
    }),
    'Koordinaten',
    'Nur ausfüllen, wenn die genaue Lage bekannt ist. Wird für die Sortierung nach Entfernung genutzt.',
  );

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Clock time HH:MM, 24-hour. */
export const clockTime = (title: string, description: string) =>
  field(
    z.string().regex(CLOCK_TIME, { error: 'Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:00.' }),
    title,
    description,
  );

export const WEEKDAYS = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'] as const;

/** One weekly time slot of an office or an outreach place. */
export const weeklySlot = () =>
  field(
    z
      .object({
        day: withCmsHint(field(z.enum(WEEKDAYS), 'Wochentag', 'Der Wochentag dieser Sprechzeit.'), { optionLabels: 'weekday' }),
        opens: clockTime('von', 'Beginn, z. B. 09:00.'),
        closes: clockTime('bis', 'Ende, z. B. 12:00.'),
        byAppointment: field(
          z.boolean().default(false),
          'Nur mit Termin',
          'Ankreuzen, wenn man in dieser Zeit nur mit vorher vereinbartem Termin kommen kann.',
        ),
        note: field(z.string().trim().max(120), 'Hinweis', 'Kurzer Hinweis, z. B. „nur in geraden Wochen“.').optional(),
      })
      // Only compare well-formed times; a malformed one already has its own message.
      .refine((slot) => !CLOCK_TIME.test(slot.opens) || !CLOCK_TIME.test(slot.closes) || slot.opens < slot.closes, {
        error: '„bis“ muss nach „von“ liegen.',
        path: ['closes'],
      }),
    'Sprechzeit',
    'Ein Wochentag mit Beginn und Ende.',
  );

export const weeklyHours = () =>
  field(
    z.array(weeklySlot()).default([]),
    'Sprechzeiten',
    'Regelmäßige Sprechzeiten pro Woche. Leer lassen, wenn sie noch nicht feststehen.',
  );

/** Files served from public/: they must exist, so a typo fails the build instead of a dead link. */
export const publicFile = (title: string, description: string, extensions: readonly string[]) =>
  withCmsHint(field(
    z
      .string()
      .regex(/^\/media\/[A-Za-z0-9][A-Za-z0-9/_.-]*$/, {
        error: 'Bitte den Pfad einer hochgeladenen Datei angeben, beginnend mit /media/ (Buchstaben ohne Umlaute, Ziffern, - und _).',
      })
      .refine((path) => extensions.some((ext) => path.toLowerCase().endsWith(`.${ext}`)), {
        error: `Erlaubte Dateitypen: ${extensions.join(', ')}.`,
      })
      .refine((path) => existsSync(join(process.cwd(), 'public', path)), {
        error: (issue) => `Die Datei public${String(issue.input)} gibt es nicht. Bitte zuerst hochladen.`,
      }),
    title,
    description,
  ), { widget: 'file', extensions });

/**
 * A text in Leichte Sprache that editors keep next to the regular text of an entry. Plain text with three
 * simple marks: an empty line starts a new paragraph, "- " at the start of a line makes a list item and
 * **two stars** around a word mark a word that the text explains. Rendered by src/lib/easy-text.ts.
 */
export const easyLanguage = (what: string) =>
  field(
    z.string().trim().min(1).max(4000),
    'Leichte Sprache',
    `Optional: ${what} in Leichter Sprache. Kurze Sätze, ein Gedanke pro Satz, schwierige Wörter erklären. Leere Zeile = neuer Absatz, „- “ am Zeilenanfang = Aufzählung, **Wort** = erklärtes Wort. Erscheint auf der Seite und in der Übersicht „Leichte Sprache“.`,
  );
