/**
 * The Anlaufstellen: who runs them, where their offices and outreach places are,
 * when they are open and which places they are responsible for.
 * Unknown facts stay empty; the site shows "Angaben folgen" for them.
 */
import { z } from 'astro/zod';
import { withCmsHint } from './cms';
import {
  address,
  coordinates,
  district,
  easyLanguage,
  email,
  field,
  isoDate,
  languages,
  phone,
  plainText,
  postcode,
  url,
  weeklyHours,
} from './fields';

export const OUTREACH_KINDS = ['jobcenter', 'stadtteilzentrum', 'beratungsmobil', 'gemeinde', 'sonstiges'] as const;
export const CATCHMENT_KINDS = ['stadt', 'gemeinde', 'ortsteil', 'stadtteil', 'landkreis'] as const;
export const STEP_FREE_VALUES = ['ja', 'teilweise', 'nein'] as const;

const accessibility = () =>
  field(
    z.strictObject({
      stepFree: withCmsHint(field(
        z.enum(STEP_FREE_VALUES),
        'Stufenlos erreichbar',
        'Kommt man ohne Stufen hinein (Rollstuhl, Kinderwagen)? Leer lassen, wenn unbekannt.',
      ), { optionLabels: 'cms.stepFree' }).optional(),
      notes: field(z.string().trim().max(300), 'Hinweise zur Barrierefreiheit', 'z. B. „Klingel am Seiteneingang, Aufzug vorhanden“.').optional(),
    }),
    'Barrierefreiheit',
    'Angaben zum Zugang für Menschen mit Behinderung.',
  ).default({});

export const office = () =>
  field(
    z.strictObject({
      name: plainText('Bezeichnung', 'z. B. „Büro Berliner Platz“ oder „KOMPASS Ilmenau“.', 80),
      address: address(),
      coordinates: coordinates().optional(),
      phone: phone().optional(),
      email: email().optional(),
      hours: weeklyHours(),
      accessibility: accessibility(),
      transit: field(z.string().trim().max(200), 'Anfahrt mit Bus und Bahn', 'z. B. „Straßenbahn 1, Haltestelle Berliner Platz“.').optional(),
    }),
    'Büro',
    'Ein Ort, an den Menschen zur Beratung kommen können (Komm-Struktur).',
  );

export const outreachPlace = () =>
  field(
    z.strictObject({
      name: plainText('Bezeichnung', 'z. B. „Sprechstunde im Jobcenter Sömmerda“.', 100),
      kind: withCmsHint(field(z.enum(OUTREACH_KINDS), 'Art des Ortes', 'Wo die aufsuchende Beratung stattfindet.'), { optionLabels: 'standorte.outreachKind' }),
      address: address().optional(),
      coordinates: coordinates().optional(),
      hours: weeklyHours(),
      note: field(z.string().trim().max(300), 'Hinweis', 'z. B. „Termine nach Absprache“ oder wo das Beratungsmobil steht.').optional(),
    }),
    'Außensprechstunde',
    'Ein Ort, an dem das Team Menschen aufsucht (Geh-Struktur), z. B. im Jobcenter oder mit dem Beratungsmobil.',
  );

export const closure = () =>
  field(
    z
      .strictObject({
        from: isoDate('Geschlossen ab', 'Erster geschlossener Tag.'),
        to: isoDate('Geschlossen bis', 'Letzter geschlossener Tag (gleich „ab“ für einen einzelnen Tag).'),
        reason: field(z.string().trim().max(120), 'Grund', 'z. B. „Betriebsferien“ oder „Fortbildung“.').optional(),
      })
      .refine((range) => range.from.getTime() <= range.to.getTime(), {
        error: '„Geschlossen bis“ darf nicht vor „Geschlossen ab“ liegen.',
        path: ['to'],
      }),
    'Schließzeit',
    'Tage, an denen die Anlaufstelle geschlossen ist. Gesetzliche Feiertage in Thüringen werden automatisch berücksichtigt.',
  );

export const catchmentEntry = () =>
  field(
    z.strictObject({
      name: plainText('Name', 'Name der Stadt, Gemeinde oder des Ortsteils, z. B. „Kölleda“.', 80),
      kind: withCmsHint(field(z.enum(CATCHMENT_KINDS), 'Art', 'Stadt, Gemeinde, Ortsteil, Stadtteil oder ganzer Landkreis.'), { optionLabels: 'standorte.catchmentKind' }),
      partOf: field(z.string().trim().min(1).max(80), 'Gehört zu', 'Bei Ortsteilen und Stadtteilen: die Stadt oder Gemeinde, z. B. „Jena“.').optional(),
      postcodes: field(z.array(postcode()).default([]), 'Postleitzahlen', 'Postleitzahlen dieses Ortes, falls bekannt.'),
    }),
    'Zuständigkeitsgebiet',
    'Ein Ort, für den die Anlaufstelle zuständig ist.',
  );

export const standorteSchema = () =>
  z.strictObject({
    name: plainText('Name der Anlaufstelle', 'So heißt die Anlaufstelle auf der Website, z. B. „ThINKA Artern“.', 80),
    place: plainText('Ort', 'Kurzer Ortsname für Listen, z. B. „Artern“ oder „Ilm-Kreis“.', 60),
    district: district(),
    operator: field(
      z.strictObject({
        name: field(z.string().trim().min(1).max(160), 'Name des Trägers', 'z. B. „ASB Kreisverband Sömmerda e. V.“').optional(),
        url: url('Website des Trägers', 'Vollständige Adresse, beginnend mit https://.').optional(),
      }),
      'Träger',
      'Die Organisation, die die Anlaufstelle betreibt.',
    ).default({}),
    summary: field(z.string().trim().min(1).max(300), 'Kurzbeschreibung', 'Ein bis zwei Sätze für die Übersicht.').optional(),
    easyLanguage: easyLanguage('Was diese Anlaufstelle macht und wie man sie erreicht,').optional(),
    since: isoDate('Besteht seit', 'Seit wann es die Anlaufstelle gibt.').optional(),
    offices: field(z.array(office()).default([]), 'Büros', 'Orte, an die Menschen zur Beratung kommen.'),
    outreach: field(z.array(outreachPlace()).default([]), 'Außensprechstunden', 'Orte, an denen das Team Menschen aufsucht.'),
    closures: field(z.array(closure()).default([]), 'Schließzeiten', 'Urlaub, Fortbildungen und andere geschlossene Tage.'),
    fronleichnam: field(
      z.boolean(),
      'Fronleichnam ist hier Feiertag',
      'Nur ankreuzen, wenn Fronleichnam am Ort der Anlaufstelle gesetzlicher Feiertag ist (einige Gemeinden im Eichsfeld). Dann entfallen an diesem Tag die Sprechzeiten.',
    ).optional(),
    catchment: field(
      z.array(catchmentEntry()).default([]),
      'Zuständig für',
      'Städte, Gemeinden, Ortsteile und Postleitzahlen, für die diese Anlaufstelle zuständig ist.',
    ),
    languages: languages('Sprachen, in denen beraten werden kann (auch mit Sprachmittlung).'),
    website: url('Eigene Website', 'Falls die Anlaufstelle eine eigene Seite hat.').optional(),
    checkedAt: isoDate('Geprüft am', 'Datum, an dem jemand vor Ort alle Angaben zuletzt geprüft hat.').optional(),
    sources: field(
      z.array(z.string().trim().min(1).max(200)).default([]),
      'Quellen',
      'Woher die Angaben stammen (nur intern zur Prüfung, erscheint nicht auf der Website).',
    ),
  });

export type StandortData = z.infer<ReturnType<typeof standorteSchema>>;
