/**
 * "Anlaufstelle finden": a small, dependency-free search over places, postcodes and districts
 * that can be built at build time, embedded as JSON and run in the browser.
 */

/** What a catchment entry names (the schema's enum; defined here because the finder runs in the browser without zod). */
export const CATCHMENT_KINDS = ['stadt', 'gemeinde', 'ortsteil', 'stadtteil', 'landkreis'] as const;
export type CatchmentKind = (typeof CATCHMENT_KINDS)[number];
export type FinderKind = CatchmentKind | 'anlaufstelle' | 'postleitzahl';
export type MatchType = 'exact' | 'prefix' | 'postcode' | 'fuzzy';

export interface FinderPlace {
  standortId: string;
  /** The searchable term as written in the content, e.g. 'Kölleda'. */
  label: string;
  kind: FinderKind;
  partOf?: string;
  district: string;
  /** Slug of the municipality page (/standorte/orte/<page>/) for catchment terms, see linkMunicipalityPages. */
  page?: string;
}

/**
 * Where a term comes from: the location's own catchment (where someone lives),
 * the location itself (name, place, office cities) or only its district.
 */
export type FinderSource = 'catchment' | 'location' | 'district';

export interface FinderEntry extends FinderPlace {
  /** normalizeSearchText(label), or the digits for postcodes; precomputed so the browser does not redo it. */
  key: string;
  source: FinderSource;
}

/** Plain arrays and objects only, so it survives JSON.stringify/parse unchanged. */
export interface FinderIndex {
  entries: FinderEntry[];
}

export interface FinderResult {
  standortId: string;
  matched: FinderPlace;
  /** Why the location matched: it is responsible for the place, is located there, or only shares the district. */
  source: FinderSource;
  score: number;
  matchType: MatchType;
}

interface AddressLike {
  city: string;
  postcode?: string | undefined;
  quarter?: string | undefined;
}

export interface FinderStandort {
  id: string;
  data: {
    name: string;
    place: string;
    district: string;
    catchment: ReadonlyArray<{ name: string; kind: CatchmentKind; partOf?: string | undefined; postcodes: readonly string[] }>;
    offices: ReadonlyArray<{ address: AddressLike }>;
    outreach: ReadonlyArray<{ address?: AddressLike | undefined }>;
  };
}

const UMLAUT_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const SOURCE_RANK: Record<FinderSource, number> = { catchment: 3, location: 2, district: 1 };
/** Source bonuses stay below the gaps between match kinds, so match quality decides first. */
const SOURCE_BONUS: Record<FinderSource, number> = { catchment: 30, location: 20, district: 10 };
const SCORE = { exact: 300, wordExact: 260, prefix: 200, wordPrefix: 180, fuzzy: 100, perEdit: 10 } as const;
const MIN_QUERY_LENGTH = 2;
const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 4;
const LONG_TERM_LENGTH = 8;
const collator = new Intl.Collator('de');

/** Lowercase with ä/ö/ü/ß spelled out as ae/oe/ue/ss and other diacritics removed. */
export function foldGerman(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUT_FOLDS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/**
 * The comparison key for search: folded, then ae/oe/ue collapsed to a/o/u, so "Kölleda",
 * "Koelleda" and "Kolleda" all become "kolleda"; punctuation becomes single spaces.
 */
export function normalizeSearchText(text: string): string {
  return foldGerman(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([aou])e/g, '$1')
    .trim();
}

/** URL slug: ascii, umlauts spelled out ("Kölleda" → "koelleda"), hyphens between words. */
export function municipalitySlug(name: string): string {
  return foldGerman(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function postcodeKey(postcode: string): string {
  return postcode.replace(/\s+/g, '');
}

function makeEntry(place: FinderPlace, source: FinderSource): FinderEntry {
  const key = place.kind === 'postleitzahl' ? postcodeKey(place.label) : normalizeSearchText(place.label);
  const entry: FinderEntry = { standortId: place.standortId, label: place.label, kind: place.kind, district: place.district, key, source };
  // Leave partOf out rather than undefined, so the JSON stays small and round-trips exactly.
  if (place.partOf !== undefined) entry.partOf = place.partOf;
  return entry;
}

function catchmentEntries(standort: FinderStandort): FinderEntry[] {
  const { id, data } = standort;
  return data.catchment.flatMap((item) => [
    makeEntry({ standortId: id, label: item.name, kind: item.kind, district: data.district, ...(item.partOf ? { partOf: item.partOf } : {}) }, 'catchment'),
    ...item.postcodes.map((postcode) => makeEntry({ standortId: id, label: postcode, kind: 'postleitzahl', partOf: item.name, district: data.district }, 'catchment')),
  ]);
}

function addressEntries(id: string, district: string, address: AddressLike): FinderEntry[] {
  const entries = [makeEntry({ standortId: id, label: address.city, kind: 'anlaufstelle', district }, 'location')];
  if (address.quarter) entries.push(makeEntry({ standortId: id, label: address.quarter, kind: 'anlaufstelle', partOf: address.city, district }, 'location'));
  if (address.postcode) entries.push(makeEntry({ standortId: id, label: address.postcode, kind: 'postleitzahl', partOf: address.city, district }, 'location'));
  return entries;
}

function locationEntries(standort: FinderStandort): FinderEntry[] {
  const { id, data } = standort;
  const addresses = [...data.offices.map((office) => office.address), ...data.outreach.flatMap((place) => (place.address ? [place.address] : []))];
  return [
    makeEntry({ standortId: id, label: data.place, kind: 'anlaufstelle', district: data.district }, 'location'),
    makeEntry({ standortId: id, label: data.name, kind: 'anlaufstelle', district: data.district }, 'location'),
    ...addresses.flatMap((address) => addressEntries(id, data.district, address)),
  ];
}

function districtEntry(standort: FinderStandort): FinderEntry {
  return makeEntry({ standortId: standort.id, label: standort.data.district, kind: 'landkreis', district: standort.data.district }, 'district');
}

/** One entry per location and term; the most specific source wins (catchment over location over district). */
function dedupe(entries: readonly FinderEntry[]): FinderEntry[] {
  const best = new Map<string, FinderEntry>();
  for (const entry of entries) {
    const id = `${entry.standortId}\u0000${entry.kind === 'postleitzahl' ? 'plz' : 'text'}\u0000${entry.key}`;
    const current = best.get(id);
    if (!current || SOURCE_RANK[entry.source] > SOURCE_RANK[current.source]) best.set(id, entry);
  }
  return [...best.values()];
}

/** Every searchable term of every location, ready to embed in a page as JSON. */
export function buildFinderIndex(standorte: readonly FinderStandort[]): FinderIndex {
  const entries = standorte.flatMap((standort) => [...catchmentEntries(standort), ...locationEntries(standort), districtEntry(standort)]);
  return { entries: dedupe(entries.filter((entry) => entry.key.length > 0)) };
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance: insertions, deletions, substitutions, adjacent swaps.
 * Three rolling rows instead of a full matrix: it runs for many candidates on every keystroke.
 */
export function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Typos allowed for a term: none below 4 characters, one up to 7, two from 8. */
function allowedEdits(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  return length < LONG_TERM_LENGTH ? 1 : 2;
}

function fuzzyDistance(query: string, candidate: string): number | undefined {
  const allowed = allowedEdits(Math.min(query.length, candidate.length));
  // Length difference is a lower bound of the distance; skip the matrix when it already fails.
  if (allowed === 0 || Math.abs(query.length - candidate.length) > allowed) return undefined;
  const distance = editDistance(query, candidate);
  return distance <= allowed ? distance : undefined;
}

function textMatch(query: string, key: string): { matchType: MatchType; base: number } | undefined {
  const words = key.split(' ');
  if (key === query) return { matchType: 'exact', base: SCORE.exact };
  if (words.length > 1 && words.includes(query)) return { matchType: 'exact', base: SCORE.wordExact };
  if (query.length >= MIN_PREFIX_LENGTH && key.startsWith(query)) return { matchType: 'prefix', base: SCORE.prefix };
  if (query.length >= MIN_PREFIX_LENGTH && words.some((word) => word.startsWith(query))) return { matchType: 'prefix', base: SCORE.wordPrefix };
  const distances = [key, ...(words.length > 1 ? words : [])].flatMap((candidate) => fuzzyDistance(query, candidate) ?? []);
  if (distances.length === 0) return undefined;
  return { matchType: 'fuzzy', base: SCORE.fuzzy - SCORE.perEdit * Math.min(...distances) };
}

function postcodeMatch(digits: string, key: string): { matchType: MatchType; base: number } | undefined {
  if (digits.length === 5) return key === digits ? { matchType: 'postcode', base: SCORE.exact } : undefined;
  return key.startsWith(digits) ? { matchType: 'prefix', base: SCORE.prefix } : undefined;
}

function toPlace(entry: FinderEntry): FinderPlace {
  const place: FinderPlace = { standortId: entry.standortId, label: entry.label, kind: entry.kind, district: entry.district };
  if (entry.partOf !== undefined) place.partOf = entry.partOf;
  if (entry.page !== undefined) place.page = entry.page;
  return place;
}

function compareResults(a: FinderResult, b: FinderResult): number {
  return b.score - a.score || collator.compare(a.matched.label, b.matched.label) || (a.standortId < b.standortId ? -1 : a.standortId > b.standortId ? 1 : 0);
}

function matchEntries(index: FinderIndex, query: string): FinderResult[] {
  const digits = query.replace(/\s+/g, '');
  const isPostcodeQuery = /^\d{2,5}$/.test(digits);
  const key = normalizeSearchText(query);
  if (!isPostcodeQuery && (/^\d+$/.test(digits) || key.length < MIN_QUERY_LENGTH)) return [];
  return index.entries.flatMap((entry) => {
    if ((entry.kind === 'postleitzahl') !== isPostcodeQuery) return [];
    const match = isPostcodeQuery ? postcodeMatch(digits, entry.key) : textMatch(key, entry.key);
    if (!match) return [];
    return [{ standortId: entry.standortId, matched: toPlace(entry), source: entry.source, score: match.base + SOURCE_BONUS[entry.source], matchType: match.matchType }];
  });
}

/** Ranked locations for a query, one result per location (its best match), best first. */
export function searchFinder(index: FinderIndex, query: string, limit = 10): FinderResult[] {
  const best = new Map<string, FinderResult>();
  for (const result of matchEntries(index, query).sort(compareResults)) {
    if (!best.has(result.standortId)) best.set(result.standortId, result);
  }
  return [...best.values()].slice(0, Math.max(0, limit));
}
