/**
 * Building blocks shared by the collection schemas.
 *
 * Every field carries `.meta({ title, description })`: the German label and the editor
 * hint. They document the field here, name it in build errors and feed the CMS.
 */
import { z } from 'astro/zod';
import { CLOCK_TIME, normaliseClockTime } from '../lib/clock-time';
import { withCmsHint } from './cms';
import { THURINGIAN_DISTRICTS } from '../lib/districts';
import { WEEKDAY_ORDER } from '../lib/hours';

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

export const languages = (hint: string) => field(z.array(withCmsHint(z.enum(LANGUAGE_CODES), { optionLabels: 'language' })).default([]), 'Sprachen', hint);

export const plainText = (title: string, description: string, max = 200) => field(z.string().trim().min(1).max(max), title, description);

/**
 * Dates as YYYY-MM-DD; YAML dates and strings both work. A date that does not exist (2022-13-45) is refused by the
 * content loader (src/lib/frontmatter-dates.ts): YAML rolls it over into a real one before this schema sees it.
 */
export const isoDate = (title: string, description: string) => field(z.coerce.date(), title, description);

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

/** A date as precise as a source gives it: 2021, 2021-12 or 2021-12-15. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Year, year-month or full date; YAML may hand over a number (2021) or a Date (2021-12-15) instead of a string. */
export const partialDate = (title: string, description: string) =>
  field(
    z
      .union([z.string(), z.number(), z.date()])
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()))
      .pipe(z.string().regex(PARTIAL_DATE, { error: 'Bitte als Jahr, Jahr-Monat oder Datum angeben, z. B. 2021, 2021-12 oder 2021-12-15.' })),
    title,
    description,
  );

/** Warnings a source can carry: the fact is old, sources disagree, or it is only implied. */
export const SOURCE_WARNINGS = ['alt', 'widerspruch', 'unbestaetigt'] as const;

/**
 * Where a published fact comes from: a public web address, when someone read it there and the date the
 * source itself gives. Shown on the site as „laut kyffhaeuser.de, Stand Dezember 2021“. This is not
 * „Geprüft am“: that date is set only by staff who confirmed the facts.
 */
export const sourceShape = () => ({
  url: url('Adresse der Quelle', 'Die öffentliche Webseite, auf der die Angabe steht, beginnend mit https://. Keine internen Dateien oder Notizen.'),
  seen: partialDate('Gelesen am', 'Wann die Angabe dort gelesen wurde, z. B. 2026-11-28 oder 2026-11.'),
  dated: partialDate(
    'Datum der Quelle',
    'Das Datum, das die Quelle selbst nennt (Artikel vom …, Stand …), z. B. 2021-12. Leer lassen, wenn die Seite kein Datum zeigt.',
  ).optional(),
  warning: withCmsHint(
    field(
      z.enum(SOURCE_WARNINGS),
      'Warnhinweis',
      'Nur wählen, wenn die Angabe alt ist (vor 2023 oder aus einer früheren Förderphase), Quellen sich widersprechen oder sie nur angedeutet ist. Die Website zeigt dann eine Warnung daneben.',
    ),
    { optionLabels: 'source.warning' },
  ).optional(),
  note: field(z.string().trim().max(300), 'Hinweis zur Quelle', 'Öffentlich sichtbar, z. B. „Die Stadt nennt eine andere Hausnummer.“').optional(),
});

export const source = () => field(z.strictObject(sourceShape()), 'Quelle', 'Öffentliche Webseite mit Datum, auf der diese Angabe steht.');

/** A source and the facts of a group (an office, a place, the whole Anlaufstelle) that it backs. */
export const coveringSource = <const T extends readonly [string, ...string[]]>(facts: T) =>
  field(
    z.strictObject({
      ...sourceShape(),
      covers: field(
        z.array(withCmsHint(z.enum(facts), { optionLabels: 'source.fact' })).min(1, { error: 'Bitte mindestens eine Angabe wählen, die diese Quelle belegt.' }),
        'Belegt',
        'Welche Angaben auf dieser Seite stehen.',
      ),
    }),
    'Quelle',
    'Öffentliche Webseite mit Datum, auf der diese Angaben stehen.',
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

export const email = () => field(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben, z. B. beratung@example.org.' }), 'E-Mail', 'E-Mail-Adresse für Anfragen.');

export const url = (title: string, description: string) =>
  field(z.url({ protocol: /^https?$/, error: 'Bitte eine vollständige Webadresse angeben, beginnend mit https://.' }), title, description);

export const postcode = () =>
  field(
    z.string().regex(/^0[4-9]\d{3}$|^[1-9]\d{4}$/, { error: 'Bitte eine fünfstellige Postleitzahl angeben, z. B. 06556.' }),
    'Postleitzahl',
    'Fünfstellige Postleitzahl, z. B. 06556.',
  );

export const address = () =>
  field(
    z.object({
      street: field(z.string().trim().min(1).max(120), 'Straße und Hausnummer', 'z. B. Einbecker Str. 6').optional(),
      postcode: postcode().optional(),
      city: plainText('Ort', 'Stadt oder Gemeinde, z. B. Artern.', 80),
      quarter: field(z.string().trim().min(1).max(80), 'Stadtteil oder Ortsteil', 'Nur wenn hilfreich, z. B. Winzerla.').optional(),
      landmark: field(z.string().trim().min(1).max(120), 'Lage', 'Nur wenn die Quelle keine Straße nennt, aber beschreibt, wo es ist, z. B. „gegenüber dem Rathaus“.').optional(),
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

/** Clock time HH:MM, 24-hour; „8 Uhr“ or „8:00“ in a hand-written file is read as 08:00. */
export const clockTime = (title: string, description: string) =>
  field(
    z.preprocess(
      (value) => (typeof value === 'string' ? normaliseClockTime(value) : value),
      z.string().regex(CLOCK_TIME, { error: 'Bitte eine Uhrzeit im Format HH:MM angeben, z. B. 09:00.' }),
    ),
    title,
    description,
  );

/** One weekly time slot of an office or an outreach place. */
export const weeklySlot = () =>
  field(
    z
      .object({
        day: withCmsHint(field(z.enum(WEEKDAY_ORDER), 'Wochentag', 'Der Wochentag dieser Sprechzeit.'), { optionLabels: 'weekday' }),
        opens: clockTime('von', 'Beginn, z. B. 09:00.'),
        closes: clockTime('bis', 'Ende, z. B. 12:00.'),
        byAppointment: field(z.boolean().default(false), 'Nur mit Termin', 'Ankreuzen, wenn man in dieser Zeit nur mit vorher vereinbartem Termin kommen kann.'),
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

export const weeklyHours = () => field(z.array(weeklySlot()).default([]), 'Sprechzeiten', 'Regelmäßige Sprechzeiten pro Woche. Leer lassen, wenn sie noch nicht feststehen.');

/**
 * Whether a file exists below public/, when the schema runs in Node (the build); undefined in the
 * browser, where the CMS validates with these schemas and its upload widget only offers uploaded files.
 */
function publicFileExists(path: string): boolean | undefined {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  return fs ? fs.existsSync(`${globalThis.process.cwd()}/public${path}`) : undefined;
}

/** Files served from public/: they must exist, so a typo fails the build instead of a dead link. */
export const publicFile = (title: string, description: string, extensions: readonly string[]) =>
  withCmsHint(
    field(
      z
        .string()
        .regex(/^\/media\/[A-Za-z0-9][A-Za-z0-9/_.-]*$/, {
          error: 'Bitte den Pfad einer hochgeladenen Datei angeben, beginnend mit /media/ (Buchstaben ohne Umlaute, Ziffern, - und _).',
        })
        // "/media/a/../../../package.json" would reach files outside public/media; "." and ".." are never part of an upload's path.
        .refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..'), {
          error:
            'Der Pfad darf nicht aus public/media hinausführen: „.“ und „..“ als Ordner sind nicht erlaubt. Bitte den Pfad der hochgeladenen Datei angeben, z. B. /media/plakat/plakat.pdf.',
          abort: true,
        })
        .refine((path) => extensions.some((ext) => path.toLowerCase().endsWith(`.${ext}`)), {
          error: `Erlaubte Dateitypen: ${extensions.join(', ')}.`,
        })
        .refine((path) => publicFileExists(path) !== false, {
          error: (issue) => `Die Datei public${String(issue.input)} gibt es nicht. Bitte zuerst hochladen.`,
        }),
      title,
      description,
    ),
    { widget: 'file', extensions },
  );

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
