/**
 * Every Thuringian query gets an answer that leads to a person. A query (place, Ortsteil, postcode or
 * district, in any spelling) is matched against the gazetteer and the places named in catchments; the
 * answer is, in this order: the Anlaufstellen whose catchment covers the place; else those in the
 * place's district; else "no Anlaufstelle in your district" with the nearest ones by straight-line
 * distance. Pure logic: the finder script, the district pages and the unit tests all use it.
 */
import { districtCentre, type Gazetteer, type GazetteerPlace } from './gazetteer';
import { distanceKm, type LatLng } from './geo';
import { editDistance, type CatchmentKind } from './finder';
import { DISTRICT_WORDS, OUTSIDE_PLACES, PLACE_ALIASES, STATE_NAMES, TOWN_WORDS, placeKey } from './place-names';

/** What the finder needs to know about an Anlaufstelle; small enough to embed in the page. */
export interface FinderStandortInfo {
  id: string;
  district: string;
  catchment: ReadonlyArray<{ name: string; kind: CatchmentKind; partOf?: string | undefined }>;
  /** Where it is: office and outreach coordinates, or the gazetteer coordinates of its towns. */
  points: LatLng[];
}

export type PlaceKind = 'ort' | 'ortsteil' | 'stadtteil';

export interface IndexedPlace {
  name: string;
  partOf?: string;
  district: string;
  coordinates: LatLng;
  postcodes: string[];
  kind: PlaceKind;
  /** Full key, key of the name before "/", "(" or ",", and keys of the name in other scripts. */
  keys: string[];
}

/** An Anlaufstelle with the keys of its catchment worked out once, not for every place it is compared with. */
interface CompiledStandort {
  info: FinderStandortInfo;
  /** Keys of whole-district catchment entries. */
  districtKeys: Set<string>;
  entries: Array<{ key: string; baseKey: string; partOfKey?: string }>;
}

/** A key of a name with its words, split once when the index is built rather than on every keystroke. */
interface MatchKey {
  key: string;
  words: readonly string[];
}

/** What matching needs of a place, worked out once per index: keystrokes only compare strings. */
interface SearchablePlace {
  place: IndexedPlace;
  /** keys[0] is the full name. */
  keys: MatchKey[];
  keySet: ReadonlySet<string>;
  baseKey: string;
  baseWords: readonly string[];
  partOfKey: string | undefined;
  /** A whole town, not an Ortsteil. */
  town: boolean;
}

export interface PlaceIndex {
  places: IndexedPlace[];
  /** The places with their keys split into words, in the order of places. */
  searchable: SearchablePlace[];
  districts: Array<{ name: string; key: string; centre: LatLng | undefined; words: readonly string[] }>;
  postcodes: Map<string, { district: string; coordinates: LatLng }>;
  placesByPostcode: Map<string, IndexedPlace[]>;
  standorte: FinderStandortInfo[];
  /** The Anlaufstellen of each district, compiled for matching. */
  byDistrict: Map<string, CompiledStandort[]>;
  stateKeys: Set<string>;
  /** Key → name of large places outside Thuringia. */
  outside: Map<string, string>;
}

/** How the Anlaufstellen of an answer relate to the place. */
export type Tier = 'catchment' | 'district' | 'nearest';

export interface AnswerStandort {
  id: string;
  /** Straight-line kilometres, for the tier "nearest" only. */
  distanceKm?: number;
}

export interface PlaceAnswer {
  /** The place (or, for a district query, undefined) the answer is for. */
  place?: IndexedPlace;
  district: string;
  /** The postcode typed, when the query was one. */
  postcode?: string;
  /** For a postcode: every place of it with this same answer ("Borxleben, Ichstedt, Kalbsrieth"). */
  places?: string[];
  tier: Tier;
  standorte: AnswerStandort[];
}

export type FinderAnswer =
  | { kind: 'empty' }
  /** Fewer than 5 digits, or fewer than 2 letters. */
  | { kind: 'tooShort' }
  /** "Thüringen": the whole Land. */
  | { kind: 'state' }
  /** Five digits that are no Thuringian postcode. */
  | { kind: 'outsidePostcode'; postcode: string }
  /** A known place outside Thuringia, e.g. "Leipzig". */
  | { kind: 'outside'; name: string }
  /** A name that is no Thuringian place, Ortsteil or district. */
  | { kind: 'unknown' }
  | { kind: 'answer'; answers: PlaceAnswer[]; others: IndexedPlace[] };

/** Anlaufstellen shown when a district has none: the three nearest. */
export const NEAREST_COUNT = 3;
const MAX_ANSWERS = 3;
const MAX_OTHERS = 8;
const SCORE = { exact: 300, wordExact: 260, prefix: 200, wordPrefix: 180, fuzzy: 100, perEdit: 10 } as const;

/** The part of a name before "/", " (" or ",": "Saalfeld/Saale" → "Saalfeld", "Neundorf (bei Schleiz)" → "Neundorf". */
export function baseName(name: string): string {
  return name.split(/\s*[/(,]/)[0]?.trim() ?? name;
}

function keysOf(name: string): string[] {
  const keys = [placeKey(name), placeKey(baseName(name))];
  for (const alias of PLACE_ALIASES[name] ?? []) keys.push(placeKey(alias));
  return [...new Set(keys.filter((key) => key.length > 0))];
}

function searchable(place: IndexedPlace): SearchablePlace {
  const baseKey = placeKey(baseName(place.name));
  return {
    place,
    keys: place.keys.map((key) => ({ key, words: key.split(' ') })),
    keySet: new Set(place.keys),
    baseKey,
    baseWords: baseKey.split(' '),
    partOfKey: place.partOf ? placeKey(place.partOf) : undefined,
    town: place.kind === 'ort' && !place.partOf,
  };
}

/** The match data of each place, by place: filled when an index is built, worked out on the spot for a place from elsewhere. */
const searchableCache = new WeakMap<IndexedPlace, SearchablePlace>();
function searchableOf(place: IndexedPlace): SearchablePlace {
  let found = searchableCache.get(place);
  if (!found) {
    found = searchable(place);
    searchableCache.set(place, found);
  }
  return found;
}

function catchmentKind(kind: CatchmentKind): PlaceKind {
  return kind === 'stadtteil' ? 'stadtteil' : kind === 'ortsteil' ? 'ortsteil' : 'ort';
}

/**
 * The searchable places: the gazetteer, plus places named in catchments that the gazetteer does not have
 * (Stadtteile such as Lusan or Winzerla), placed at their town and in the Anlaufstelle's district.
 */
export function buildPlaceIndex(gazetteer: Gazetteer, standorte: readonly FinderStandortInfo[]): PlaceIndex {
  const places: IndexedPlace[] = gazetteer.places.map((place: GazetteerPlace) => {
    const entry: IndexedPlace = {
      name: place.name,
      district: place.district,
      coordinates: place.coordinates,
      postcodes: place.postcodes,
      kind: place.partOf ? 'ortsteil' : 'ort',
      keys: keysOf(place.name),
    };
    if (place.partOf) entry.partOf = place.partOf;
    return entry;
  });
  // Keys of the places of each district, and its towns (not Ortsteile) by key: catchment entries are looked up here.
  const keysIn = new Map<string, Set<string>>();
  const townsIn = new Map<string, IndexedPlace>();
  const remember = (place: IndexedPlace) => {
    const keys = keysIn.get(place.district) ?? new Set<string>();
    for (const key of place.keys) {
      keys.add(key);
      if (!place.partOf && !townsIn.has(`${place.district}\u0000${key}`)) townsIn.set(`${place.district}\u0000${key}`, place);
    }
    keysIn.set(place.district, keys);
  };
  places.forEach(remember);
  for (const standort of standorte) {
    for (const item of standort.catchment) {
      if (item.kind === 'landkreis') continue;
      if (keysIn.get(standort.district)?.has(placeKey(item.name))) continue;
      const parent = item.partOf ? townsIn.get(`${standort.district}\u0000${placeKey(item.partOf)}`) : undefined;
      const coordinates = parent?.coordinates ?? standort.points[0] ?? districtCentre(gazetteer, standort.district);
      if (!coordinates) continue;
      const entry: IndexedPlace = {
        name: item.name,
        district: standort.district,
        coordinates,
        postcodes: parent?.postcodes ?? [],
        kind: catchmentKind(item.kind),
        keys: keysOf(item.name),
      };
      if (item.partOf) entry.partOf = item.partOf;
      places.push(entry);
      remember(entry);
    }
  }
  const byDistrict = new Map<string, CompiledStandort[]>();
  for (const info of standorte) {
    const compiled: CompiledStandort = { info, districtKeys: new Set(), entries: [] };
    for (const item of info.catchment) {
      const key = placeKey(item.name);
      if (item.kind === 'landkreis') compiled.districtKeys.add(key);
      else compiled.entries.push({ key, baseKey: placeKey(baseName(item.name)), ...(item.partOf ? { partOfKey: placeKey(item.partOf) } : {}) });
    }
    byDistrict.set(info.district, [...(byDistrict.get(info.district) ?? []), compiled]);
  }
  const placesByPostcode = new Map<string, IndexedPlace[]>();
  for (const place of places) for (const code of place.postcodes) placesByPostcode.set(code, [...(placesByPostcode.get(code) ?? []), place]);
  return {
    places,
    searchable: places.map(searchableOf),
    districts: gazetteer.districts.map((name) => {
      const key = placeKey(name);
      return { name, key, centre: districtCentre(gazetteer, name), words: key.split(' ') };
    }),
    postcodes: new Map(gazetteer.postcodes.map((entry) => [entry.postcode, { district: entry.district, coordinates: entry.coordinates }])),
    placesByPostcode,
    standorte: [...standorte],
    byDistrict,
    stateKeys: new Set(STATE_NAMES.map(placeKey)),
    outside: new Map(OUTSIDE_PLACES.map((name) => [placeKey(name), name])),
  };
}

// ---------------------------------------------------------------------------------------------- answers

function catchmentCovers(standort: CompiledStandort, place: SearchablePlace, districtKey: string): boolean {
  if (standort.districtKeys.has(districtKey)) return true;
  const { keySet, baseKey, partOfKey: parentKey } = place;
  return standort.entries.some((entry) => {
    // A Stadtteil entry covers only that Stadtteil; a town entry covers the town and its Ortsteile.
    if (entry.partOfKey) return keySet.has(entry.key) && entry.partOfKey === (parentKey ?? entry.key);
    return keySet.has(entry.key) || entry.baseKey === baseKey || entry.key === parentKey;
  });
}

function nearest(index: PlaceIndex, origin: LatLng): AnswerStandort[] {
  return index.standorte
    .flatMap((standort) => {
      const distances = standort.points.map((point) => distanceKm(origin, point));
      return distances.length > 0 ? [{ id: standort.id, distanceKm: Math.min(...distances) }] : [];
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1))
    .slice(0, NEAREST_COUNT);
}

function answerForArea(index: PlaceIndex, district: string, origin: LatLng | undefined, covering: string[]): Omit<PlaceAnswer, 'place' | 'postcode' | 'district'> {
  if (covering.length > 0) return { tier: 'catchment', standorte: covering.map((id) => ({ id })) };
  const inDistrict = (index.byDistrict.get(district) ?? []).map((standort) => ({ id: standort.info.id }));
  if (inDistrict.length > 0) return { tier: 'district', standorte: inDistrict };
  return { tier: 'nearest', standorte: origin ? nearest(index, origin) : [] };
}

/** The answer for one place: who covers it, else who is in its district, else who is nearest. */
export function answerForPlace(index: PlaceIndex, place: IndexedPlace): PlaceAnswer {
  const districtKey = index.districts.find((entry) => entry.name === place.district)?.key ?? placeKey(place.district);
  const match = searchableOf(place);
  const covering = (index.byDistrict.get(place.district) ?? []).filter((standort) => catchmentCovers(standort, match, districtKey)).map((standort) => standort.info.id);
  return { place, district: place.district, ...answerForArea(index, place.district, place.coordinates, covering) };
}

/** The answer for a whole district: Anlaufstellen covering all of it first, then the others in it. */
export function answerForDistrict(index: PlaceIndex, district: string): PlaceAnswer {
  const key = placeKey(district);
  const inDistrict = index.byDistrict.get(district) ?? [];
  const whole = inDistrict.filter((standort) => standort.districtKeys.has(key));
  const ordered = [...whole, ...inDistrict.filter((standort) => !whole.includes(standort))].map((standort) => standort.info.id);
  const centre = index.districts.find((entry) => entry.name === district)?.centre;
  return { district, ...answerForArea(index, district, centre, ordered) };
}

// ---------------------------------------------------------------------------------------------- matching

function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** How well a query key matches a name key; typos only when the first letter is right, as people rarely mistype it. */
function keyScore(query: string, { key, words }: MatchKey): number {
  if (key === query) return SCORE.exact;
  if (words.length > 1 && words.includes(query)) return SCORE.wordExact;
  if (query.length >= 3 && key.startsWith(query)) return SCORE.prefix;
  if (query.length >= 3 && words.some((word) => word.startsWith(query))) return SCORE.wordPrefix;
  // Typos: only names of about the query's length that start with its letter reach the edit distance.
  if (query.length < 4) return 0;
  let best = fuzzyScore(query, key);
  if (words.length > 1) for (const word of words) best = Math.max(best, fuzzyScore(query, word));
  return best;
}

function fuzzyScore(query: string, candidate: string): number {
  if (candidate[0] !== query[0]) return 0;
  const allowed = allowedEdits(Math.min(query.length, candidate.length));
  if (allowed === 0 || Math.abs(query.length - candidate.length) > allowed) return 0;
  const distance = editDistance(query, candidate);
  return distance <= allowed ? SCORE.fuzzy - SCORE.perEdit * distance : 0;
}

interface Scored<T> {
  item: T;
  score: number;
}

/** keys[0] is the full name: an exact match of it beats one of the short name ("Neundorf" before "Neundorf (bei Schleiz)"). */
function bestScore(query: string, keys: readonly MatchKey[]): number {
  let best = 0;
  keys.forEach((key, position) => {
    const score = keyScore(query, key);
    best = Math.max(best, position > 0 && score === SCORE.exact ? score - 1 : score);
  });
  return best;
}

function scorePlaces(index: PlaceIndex, query: string, queryWords: readonly string[], fullKey = query): Array<Scored<IndexedPlace>> {
  const scored: Array<Scored<IndexedPlace>> = [];
  const queryKeys = queryWords.length > 1 ? spans(queryWords) : [];
  for (const entry of index.searchable) {
    // The key without "Landkreis"/"Thüringen" words, or the whole key where a name contains them ("Mühlhausen/Thüringen").
    let score = Math.max(bestScore(query, entry.keys), fullKey === query ? 0 : bestScore(fullKey, entry.keys));
    // "Gera-Lusan", "Artern/Unstrut", "Harth-Pöllnitz Köfeln": a known name inside a longer query.
    if (score < SCORE.wordExact) {
      for (const word of queryKeys) {
        if (entry.keySet.has(word.key)) score = Math.max(score, SCORE.wordExact - 40 + 10 * word.length);
      }
    }
    if (score === 0) continue;
    // "Heiligenstadt" is Heilbad Heiligenstadt before "Bernterode (bei Heilbad Heiligenstadt)": words of the name
    // itself count more than words of an added "(bei …)".
    if (score < SCORE.exact - 1 && entry.baseWords.includes(query)) score += 2;
    // Prefer the Ortsteil whose town is named too ("Gera Lusan" → Lusan in Gera), and whole towns over Ortsteile,
    // except for an exact name: "Hochheim" is answered for Hochheim (Gotha) and Hochheim (Erfurt) alike.
    if (entry.partOfKey && queryWords.includes(entry.partOfKey)) score += 15;
    if (entry.town && score !== SCORE.exact) score += 1;
    scored.push({ item: entry.place, score });
  }
  return scored.sort((a, b) => b.score - a.score || compareNames(a.item, b.item));
}

const collator = new Intl.Collator('de');
function compareNames(a: IndexedPlace, b: IndexedPlace): number {
  return collator.compare(a.name, b.name) || collator.compare(a.district, b.district);
}

/** Contiguous runs of words, longest first: "a b c" → "a b c", "a b", "b c", "a", "b", "c". */
function spans(words: readonly string[]): Array<{ key: string; length: number }> {
  const result: Array<{ key: string; length: number }> = [];
  for (let length = words.length; length >= 1; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const key = words.slice(start, start + length).join(' ');
      if (key.length >= 3) result.push({ key, length });
    }
  }
  return result;
}

interface ParsedQuery {
  /** All words, before "Landkreis", "Stadt" or "Thüringen" were dropped. */
  fullKey: string;
  key: string;
  words: string[];
  wantsDistrict: boolean;
  wantsTown: boolean;
}

/** Drops "Landkreis", "Stadt", "OT" … in front and "Thüringen" behind a name, and remembers which was asked for. */
function parseQuery(raw: string, stateKeys: ReadonlySet<string>): ParsedQuery {
  const words = placeKey(raw).split(' ').filter(Boolean);
  let wantsDistrict = false;
  let wantsTown = false;
  while (words.length > 1) {
    const first = words[0] ?? '';
    if (DISTRICT_WORDS.has(first)) wantsDistrict = true;
    else if (TOWN_WORDS.has(first)) wantsTown = true;
    else break;
    words.shift();
  }
  while (words.length > 1 && stateKeys.has(words[words.length - 1] ?? '')) words.pop();
  return { fullKey: placeKey(raw), key: words.join(' '), words, wantsDistrict, wantsTown };
}

function districtMatches(index: PlaceIndex, query: ParsedQuery): Array<Scored<string>> {
  return index.districts
    .map((district) => ({ item: district.name, score: keyScore(query.key, district) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score);
}

function postcodeAnswer(index: PlaceIndex, postcode: string): FinderAnswer {
  const known = index.postcodes.get(postcode);
  if (!known) return { kind: 'outsidePostcode', postcode };
  const places = index.placesByPostcode.get(postcode) ?? [];
  if (places.length === 0) {
    const area = answerForArea(index, known.district, known.coordinates, []);
    return { kind: 'answer', answers: [{ district: known.district, postcode, ...area }], others: [] };
  }
  // One answer per different outcome: a postcode shared by two districts (06578) gets both.
  const byOutcome = new Map<string, PlaceAnswer>();
  for (const place of [...places].sort(compareNames)) {
    const answer = answerForPlace(index, place);
    const id = `${answer.tier}:${answer.standorte.map((standort) => standort.id).join(',')}`;
    const known = byOutcome.get(id);
    if (known) known.places?.push(place.name);
    else byOutcome.set(id, { ...answer, postcode, places: [place.name] });
  }
  const answers = [...byOutcome.values()];
  // Places covered by a catchment first.
  answers.sort((a, b) => Number(b.tier === 'catchment') - Number(a.tier === 'catchment'));
  return { kind: 'answer', answers, others: [] };
}

/** The finder's answer to what someone typed. */
export function answerQuery(index: PlaceIndex, raw: string): FinderAnswer {
  const trimmed = raw.trim();
  if (!trimmed) return { kind: 'empty' };
  const digits = trimmed.replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) return digits.length === 5 ? postcodeAnswer(index, digits) : { kind: 'tooShort' };
  // "99625 Kölleda": the postcode decides.
  const leadingPostcode = /^(\d{5})\b/.exec(trimmed)?.[1];
  if (leadingPostcode && index.postcodes.has(leadingPostcode)) return postcodeAnswer(index, leadingPostcode);

  if (index.stateKeys.has(placeKey(trimmed))) return { kind: 'state' };
  const query = parseQuery(trimmed, index.stateKeys);
  if (query.key.length < 2) return { kind: 'tooShort' };
  if (index.stateKeys.has(query.key)) return { kind: 'state' };

  const districts = query.wantsTown ? [] : districtMatches(index, query);
  const places = query.wantsDistrict && districts.length > 0 ? [] : scorePlaces(index, query.key, query.words, query.fullKey);
  const bestPlace = places[0]?.score ?? 0;
  const bestDistrict = districts[0]?.score ?? 0;
  // "Berlin" is Berlin, not Berlingerode: a known place outside Thuringia wins over anything but an exact Thuringian name.
  const outside = index.outside.get(query.key);
  if (outside && Math.max(bestPlace, bestDistrict) < SCORE.exact - 1) return { kind: 'outside', name: outside };
  if (bestPlace === 0 && bestDistrict === 0) return { kind: 'unknown' };

  // A district wins when asked for ("Landkreis Gotha") or when it matches better than any place ("Ilm-Kreis").
  if (bestDistrict > 0 && (query.wantsDistrict || bestDistrict > bestPlace)) {
    const district = districts[0]?.item ?? '';
    return { kind: 'answer', answers: [answerForDistrict(index, district)], others: places.slice(0, MAX_OTHERS).map((entry) => entry.item) };
  }
  // Equally good places (the same name in several districts) each get an answer.
  const top = places.filter((entry) => entry.score === bestPlace).slice(0, MAX_ANSWERS);
  const others = places
    .filter((entry) => !top.includes(entry))
    .slice(0, MAX_OTHERS)
    .map((entry) => entry.item);
  return { kind: 'answer', answers: top.map((entry) => answerForPlace(index, entry.item)), others };
}

// ---------------------------------------------------------------------------------------------- build time

interface StandortLike {
  id: string;
  data: {
    place: string;
    district: string;
    catchment: ReadonlyArray<{ name: string; kind: CatchmentKind; partOf?: string | undefined }>;
    offices: ReadonlyArray<{ address: { city: string }; coordinates?: LatLng | undefined }>;
    outreach: ReadonlyArray<{ address?: { city: string } | undefined; coordinates?: LatLng | undefined }>;
  };
}

/**
 * Where an Anlaufstelle is, for "nearest": the confirmed coordinates of its offices and outreach places;
 * without any, the gazetteer coordinates of the towns they are in (town centres, good enough for a
 * straight-line distance in kilometres); else the centre of its district.
 */
export function standortPoints(gazetteer: Gazetteer, standort: StandortLike): LatLng[] {
  const { data } = standort;
  const places = [...data.offices, ...data.outreach];
  const exact = places.flatMap((place) => (place.coordinates ? [place.coordinates] : []));
  if (exact.length > 0) return exact;
  const towns = [...new Set([data.place, ...places.flatMap((place) => (place.address ? [place.address.city] : []))])];
  const points = towns.flatMap((town) => {
    const key = placeKey(baseName(town));
    const found = gazetteer.places.find((place) => place.district === data.district && !place.partOf && placeKey(baseName(place.name)) === key);
    return found ? [found.coordinates] : [];
  });
  const unique = [...new Map(points.map((point) => [`${point.lat},${point.lng}`, point])).values()];
  if (unique.length > 0) return unique;
  const centre = districtCentre(gazetteer, data.district);
  return centre ? [centre] : [];
}

/** The small description of each Anlaufstelle the finder embeds in the page. */
export function finderStandortInfo(gazetteer: Gazetteer, standort: StandortLike): FinderStandortInfo {
  return {
    id: standort.id,
    district: standort.data.district,
    catchment: standort.data.catchment.map((item) => (item.partOf ? { name: item.name, kind: item.kind, partOf: item.partOf } : { name: item.name, kind: item.kind })),
    points: standortPoints(gazetteer, standort),
  };
}
