/**
 * Thuringia's districts and their kind, in one place: the schema (src/schemas/fields.ts), the CMS
 * labels, the location pages, the search filter, the finder and the gazetteer all read them from here.
 *
 * Thuringia has 22 districts: 5 kreisfreie Städte and 17 Landkreise. (Eisenach was kreisfrei until
 * 30 June 2021 and has belonged to the Wartburgkreis since; the GeoNames-based gazetteer source
 * (src/data/gazetteer/thueringen.json) lists exactly these 22, with Eisenach in the Wartburgkreis.)
 */

/** Thuringia's 5 kreisfreie Städte and 17 Landkreise, kreisfreie Städte first. */
export const THURINGIAN_DISTRICTS = [
  'Erfurt',
  'Gera',
  'Jena',
  'Suhl',
  'Weimar',
  'Altenburger Land',
  'Eichsfeld',
  'Gotha',
  'Greiz',
  'Hildburghausen',
  'Ilm-Kreis',
  'Kyffhäuserkreis',
  'Nordhausen',
  'Saale-Holzland-Kreis',
  'Saale-Orla-Kreis',
  'Saalfeld-Rudolstadt',
  'Schmalkalden-Meiningen',
  'Sömmerda',
  'Sonneberg',
  'Unstrut-Hainich-Kreis',
  'Wartburgkreis',
  'Weimarer Land',
] as const;

/** The five towns that belong to no Landkreis. */
export const KREISFREIE_STAEDTE: ReadonlySet<string> = new Set(['Erfurt', 'Gera', 'Jena', 'Suhl', 'Weimar']);

export type DistrictKind = 'kreisfreieStadt' | 'landkreis';

/** "kreisfreieStadt" for Erfurt, Gera, Jena, Suhl and Weimar, else "landkreis". */
export function districtKind(name: string): DistrictKind {
  return KREISFREIE_STAEDTE.has(name) ? 'kreisfreieStadt' : 'landkreis';
}

/** German label of a district kind, for the CMS and wherever no translation applies. */
export const DISTRICT_KIND_LABEL: Record<DistrictKind, string> = {
  kreisfreieStadt: 'Kreisfreie Stadt',
  landkreis: 'Landkreis',
};

/**
 * The official-style name with its kind: "Kreisfreie Stadt Jena", "Landkreis Gotha", "Landkreis Eichsfeld";
 * names that end in -kreis carry their kind already ("Ilm-Kreis", "Kyffhäuserkreis"). Used for the CMS
 * options, the search filter and search results.
 */
export function districtFullName(name: string): string {
  if (districtKind(name) === 'kreisfreieStadt') return `${DISTRICT_KIND_LABEL.kreisfreieStadt} ${name}`;
  return /kreis$/i.test(name) ? name : `${DISTRICT_KIND_LABEL.landkreis} ${name}`;
}
