/**
 * The Anlaufstellen: who runs them, where their offices and outreach places are,
 * when they are open and which places they are responsible for.
 * Every published fact names its public source (address and date, `sources`); unknown facts stay empty
 * and the page says in one line what is still missing. „Geprüft am“ (`checkedAt`) is separate: only
 * staff who confirmed the facts set it.
 */
import { z } from 'astro/zod';
import { withCmsHint } from './cms';
import { CATCHMENT_KINDS } from '../lib/finder';
import {
  address,
  coordinates,
  coveringSource,
  district,
  easyLanguage,
  email,
  field,
  isoDate,
  languages,
  phone,
  partialDate,
  plainText,
  postcode,
  source,
  url,
  weeklyHours,
} from './fields';

export const OUTREACH_KINDS = ['jobcenter', 'stadtteilzentrum', 'beratungsmobil', 'gemeinde', 'sonstiges'] as const;
export { CATCHMENT_KINDS };
export const STEP_FREE_VALUES = ['ja', 'teilweise', 'nein'] as const;
/** Facts of an office that a source can back. */
export const OFFICE_FACTS = ['adresse', 'telefon', 'email', 'sprechzeiten', 'zugang', 'anfahrt'] as const;
/** Facts of an outreach place that a source can back. */
export const OUTREACH_FACTS = ['ort', 'sprechzeiten', 'hinweis'] as const;
/** Facts of the whole Anlaufstelle that a source can back. */
export const STANDORT_FACTS = ['traeger', 'seit', 'zustaendig', 'website', 'sprachen'] as const;
export const CHANGE_KINDS = ['neu', 'umzug', 'geschlossen', 'beendet', 'traegerwechsel', 'sonstiges'] as const;

const sourcesOf = <const T extends readonly [string, ...string[]]>(facts: T, what: string) =>
  field(
    z.array(coveringSource(facts)).default([]),
    'Quellen',
    `Für jede Angabe ${what}: die öffentliche Webseite, auf der sie steht, und wann. Erscheint auf der Website als „laut …, Stand …“.`,
  );

const accessibility = () =>
  field(
    z.strictObject({
      stepFree: withCmsHint(field(z.enum(STEP_FREE_VALUES), 'Stufenlos erreichbar', 'Kommt man ohne Stufen hinein (Rollstuhl, Kinderwagen)? Leer lassen, wenn unbekannt.'), {
        optionLabels: 'cms.stepFree',
      }).optional(),
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
      sources: sourcesOf(OFFICE_FACTS, 'dieses Büros (Adresse, Telefon, E-Mail, Sprechzeiten …)'),
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
      sources: sourcesOf(OUTREACH_FACTS, 'dieses Ortes (Ort, Sprechzeiten, Hinweis)'),
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
    since: partialDate('Besteht seit', 'Seit wann es die Anlaufstelle gibt, so genau wie die Quelle: 2019, 2022-07 oder 2025-07-01.').optional(),
    offices: field(z.array(office()).default([]), 'Büros', 'Orte, an die Menschen zur Beratung kommen.'),
    outreach: field(z.array(outreachPlace()).default([]), 'Außensprechstunden', 'Orte, an denen das Team Menschen aufsucht.'),
    closures: field(z.array(closure()).default([]), 'Schließzeiten', 'Urlaub, Fortbildungen und andere geschlossene Tage.'),
    fronleichnam: field(
      z.boolean(),
      'Fronleichnam ist hier Feiertag',
      'Nur ankreuzen, wenn Fronleichnam am Ort der Anlaufstelle gesetzlicher Feiertag ist (einige Gemeinden im Eichsfeld). Dann entfallen an diesem Tag die Sprechzeiten.',
    ).optional(),
    catchment: field(z.array(catchmentEntry()).default([]), 'Zuständig für', 'Städte, Gemeinden, Ortsteile und Postleitzahlen, für die diese Anlaufstelle zuständig ist.'),
    languages: languages('Sprachen, in denen beraten werden kann (auch mit Sprachmittlung).'),
    website: url('Eigene Website', 'Falls die Anlaufstelle eine eigene Seite hat.').optional(),
    checkedAt: isoDate('Geprüft am', 'Datum, an dem jemand vor Ort alle Angaben zuletzt geprüft hat.').optional(),
    sources: sourcesOf(STANDORT_FACTS, 'der Anlaufstelle (Träger, „Besteht seit“, Zuständigkeit, Website, Sprachen)'),
    changes: field(
      z
        .array(
          field(
            z.strictObject({
              kind: withCmsHint(field(z.enum(CHANGE_KINDS), 'Art der Änderung', 'Was sich geändert hat.'), { optionLabels: 'change.kind' }),
              date: partialDate('Wann', 'Seit wann die Änderung gilt, z. B. 2021-12-22, 2025-07 oder 2026.').optional(),
              text: field(
                z.string().trim().min(1).max(400),
                'Was Ratsuchende wissen müssen',
                'z. B. „Das Büro in Lusan ist seit dem 22. Dezember 2021 geschlossen. Beraten wird im Infopoint Bieblach.“',
              ),
              source: source(),
            }),
            'Änderung',
            'Eine Änderung, die Menschen kennen müssen: Umzug, geschlossenes Büro, neuer Träger, neue oder beendete Anlaufstelle.',
          ),
        )
        .default([]),
      'Was sich geändert hat',
      'Erscheint oben auf der Seite der Anlaufstelle, jeweils mit Quelle.',
    ),
    facts: field(
      z
        .array(
          field(
            z.strictObject({
              text: field(z.string().trim().min(1).max(400), 'Angabe', 'Ein Satz, z. B. „Jeden Mittwoch gibt es ein Nachbarschaftscafé.“'),
              source: source(),
            }),
            'Weitere Angabe',
            'Eine Angabe aus einer öffentlichen Quelle, z. B. ein Angebot oder wer mitfinanziert.',
          ),
        )
        .default([]),
      'Weitere Angaben',
      'Angebote und Hintergründe, jede mit Quelle. Alte oder widersprüchliche Angaben nur mit Warnhinweis.',
    ),
  });

export type StandortData = z.infer<ReturnType<typeof standorteSchema>>;
