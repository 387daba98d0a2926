/**
 * One page per place in a catchment ("Ihre Anlaufstelle in Kölleda"), the places a finder result links to,
 * and the German phrase for an area ("im Kyffhäuserkreis", "in Erfurt", "im Landkreis Eichsfeld").
 */
import { municipalitySlug, normalizeSearchText, type CatchmentKind, type FinderIndex, type FinderStandort } from './finder';
import { districtKind } from './districts';

export interface MunicipalityPage {
  /** URL segment under /standorte/orte/, unique across all pages. */
  slug: string;
  name: string;
  kind: CatchmentKind;
  partOf?: string;
  /** Districts of the responsible locations, usually one. */
  districts: string[];
  postcodes: string[];
  /** Responsible locations, in the order they first list this place. */
  standortIds: string[];
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export type AreaPhrase = 'in' | 'im' | 'imLandkreis';

/** Which preposition an area name takes: "in Jena", "im Ilm-Kreis", "im Landkreis Sömmerda". */
export function areaPhrase(name: string): AreaPhrase {
  // Kreisfreie Städte: "in Erfurt", not "im Landkreis Erfurt".
  if (districtKind(name) === 'kreisfreieStadt') return 'in';
  if (/kreis$/i.test(name)) return 'im';
  return 'imLandkreis';
}

export type TitlePhrase = 'in' | 'stadtteil' | 'forStadt' | 'forGemeinde' | 'area';

/**
 * Which preposition the title of a place page needs: „im Stadtteil Rieth“ (not „in Rieth“), „für die Stadt
 * An der Schmücke“ (a name that starts with a preposition cannot follow „in“), else „in Kölleda“.
 */
export function titlePhrase(page: { name: string; kind: CatchmentKind }): TitlePhrase {
  if (page.kind === 'landkreis') return 'area';
  if (page.kind === 'stadtteil') return 'stadtteil';
  if (/^(an|am|auf|im|in|bei|zum|zur)\s/i.test(page.name)) return page.kind === 'gemeinde' ? 'forGemeinde' : 'forStadt';
  return 'in';
}

/** Places with the same name are the same place only if they belong to the same town and are both (or neither) a Landkreis. */
function groupKey(name: string, kind: CatchmentKind, partOf: string | undefined): string {
  return [normalizeSearchText(name), normalizeSearchText(partOf ?? ''), kind === 'landkreis' ? 'kreis' : 'ort'].join('\u0000');
}

function qualifier(page: Omit<MunicipalityPage, 'slug'>): string {
  if (page.partOf) return municipalitySlug(page.partOf);
  if (page.kind === 'landkreis') return 'landkreis';
  return municipalitySlug(page.districts[0] ?? '');
}

/** Unique slugs: the plain name where it is unambiguous, else the name with its town, "landkreis" or district. */
function assignSlugs(groups: Array<Omit<MunicipalityPage, 'slug'>>): MunicipalityPage[] {
  const baseCount = new Map<string, number>();
  for (const group of groups) baseCount.set(municipalitySlug(group.name), (baseCount.get(municipalitySlug(group.name)) ?? 0) + 1);
  const used = new Set<string>();
  return groups.map((group) => {
    const base = municipalitySlug(group.name);
    let slug = (baseCount.get(base) ?? 0) > 1 ? `${base}-${qualifier(group)}` : base;
    for (let suffix = 2; used.has(slug); suffix += 1) slug = `${base}-${qualifier(group)}-${suffix}`;
    used.add(slug);
    return { slug, ...group };
  });
}

/** Every place named in a catchment, merged across locations, sorted as German readers expect. */
export function municipalityPages(standorte: readonly FinderStandort[]): MunicipalityPage[] {
  const groups = new Map<string, Omit<MunicipalityPage, 'slug'>>();
  const sortedStandorte = [...standorte].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const standort of sortedStandorte) {
    for (const item of standort.data.catchment) {
      const key = groupKey(item.name, item.kind, item.partOf);
      const group = groups.get(key) ?? {
        name: item.name,
        kind: item.kind,
        ...(item.partOf ? { partOf: item.partOf } : {}),
        districts: [],
        postcodes: [],
        standortIds: [],
      };
      if (!group.standortIds.includes(standort.id)) group.standortIds.push(standort.id);
      if (!group.districts.includes(standort.data.district)) group.districts.push(standort.data.district);
      for (const postcode of item.postcodes) if (!group.postcodes.includes(postcode)) group.postcodes.push(postcode);
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.partOf ?? '', b.partOf ?? '') || collator.compare(a.kind, b.kind));
  return assignSlugs(sorted).map((page) => ({ ...page, postcodes: [...page.postcodes].sort() }));
}

/**
 * The index with each catchment term pointing at its municipality page, so a search result
 * can link "Zuständig für Kölleda" to /standorte/orte/koelleda/. Returns a new index.
 */
export function linkMunicipalityPages(index: FinderIndex, pages: readonly MunicipalityPage[]): FinderIndex {
  const byStandortAndName = new Map<string, string>();
  for (const page of pages) {
    for (const id of page.standortIds) byStandortAndName.set(`${id}\u0000${normalizeSearchText(page.name)}`, page.slug);
  }
  return {
    entries: index.entries.map((entry) => {
      if (entry.source !== 'catchment') return entry;
      // A postcode entry names its place in partOf.
      const name = entry.kind === 'postleitzahl' ? entry.partOf : entry.label;
      const page = name === undefined ? undefined : byStandortAndName.get(`${entry.standortId}\u0000${normalizeSearchText(name)}`);
      return page === undefined ? entry : { ...entry, page };
    }),
  };
}

/** The page of one catchment entry of a location, for linking it. */
export function pageForCatchment(
  pages: readonly MunicipalityPage[],
  standortId: string,
  entry: { name: string; kind: CatchmentKind; partOf?: string | undefined },
): MunicipalityPage | undefined {
  // One lookup table per list of pages: every location page asks, and a linear search made large builds
  // quadratic (docs/benchmarks.md). The first matching page wins, as with a search from the front.
  let lookup = catchmentLookups.get(pages);
  if (!lookup) {
    lookup = new Map();
    for (const page of pages) {
      const key = groupKey(page.name, page.kind, page.partOf);
      for (const id of page.standortIds) if (!lookup.has(`${id}\u0001${key}`)) lookup.set(`${id}\u0001${key}`, page);
    }
    catchmentLookups.set(pages, lookup);
  }
  return lookup.get(`${standortId}\u0001${groupKey(entry.name, entry.kind, entry.partOf)}`);
}

const catchmentLookups = new WeakMap<readonly MunicipalityPage[], Map<string, MunicipalityPage>>();
