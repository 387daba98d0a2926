/**
 * „Never a dead end“: how a citizen reaches a person at an Anlaufstelle, from what the site can stand behind.
 * In this order: the location's own phone, e-mail or address (each with a source and no warning); else a
 * public page of the location or its operator (with a source); else another Anlaufstelle of the same district
 * that has such contact facts; else the coordination office's operator.
 */
import { isTrusted, sourcesFor, type CoveringSource, type FactSource } from './sources';

interface AddressLike {
  street?: string | undefined;
  postcode?: string | undefined;
  city: string;
  quarter?: string | undefined;
  landmark?: string | undefined;
}

export interface ReachStandort {
  id: string;
  data: {
    name: string;
    district: string;
    website?: string | undefined;
    operator: { name?: string | undefined; url?: string | undefined };
    sources: ReadonlyArray<CoveringSource>;
    offices: ReadonlyArray<{
      name: string;
      address: AddressLike;
      phone?: string | undefined;
      email?: string | undefined;
      sources: ReadonlyArray<CoveringSource>;
    }>;
    outreach: ReadonlyArray<{ name: string; address?: AddressLike | undefined; sources: ReadonlyArray<CoveringSource> }>;
  };
}

export type OwnWay =
  { kind: 'phone' | 'email'; place: string; value: string; sources: FactSource[] } | { kind: 'address'; place: string; address: AddressLike; sources: FactSource[] };

export interface PageWay {
  kind: 'website' | 'operator';
  url: string;
  /** The operator's name for an operator page. */
  name?: string | undefined;
  sources: FactSource[];
}

export type Reach =
  | { level: 'own'; ways: OwnWay[] }
  | { level: 'page'; pages: PageWay[] }
  | { level: 'district'; others: Array<{ id: string; name: string; ways: OwnWay[] }> }
  | { level: 'coordination' };

/** A street with a house number: only then does a route planner or an address book get a real destination. */
export function hasFullStreet(address: { street?: string | undefined } | undefined): boolean {
  return Boolean(address?.street && /\d/.test(address.street));
}

/** The location's own ways to reach a person, each backed by a source without a warning. */
export function ownWays(standort: ReachStandort): OwnWay[] {
  const ways: OwnWay[] = [];
  for (const office of standort.data.offices) {
    const phone = sourcesFor(office.sources, 'telefon');
    if (office.phone && isTrusted(phone)) ways.push({ kind: 'phone', place: office.name, value: office.phone, sources: phone });
    const email = sourcesFor(office.sources, 'email');
    if (office.email && isTrusted(email)) ways.push({ kind: 'email', place: office.name, value: office.email, sources: email });
    const address = sourcesFor(office.sources, 'adresse');
    if ((office.address.street || office.address.landmark) && isTrusted(address)) {
      ways.push({ kind: 'address', place: office.name, address: office.address, sources: address });
    }
  }
  for (const place of standort.data.outreach) {
    const sources = sourcesFor(place.sources, 'ort');
    if (place.address && (place.address.street || place.address.landmark) && isTrusted(sources)) {
      ways.push({ kind: 'address', place: place.name, address: place.address, sources });
    }
  }
  return ways;
}

/** Public pages of the location or its operator, each backed by a source without a warning. */
export function pageWays(standort: ReachStandort): PageWay[] {
  const pages: PageWay[] = [];
  const website = sourcesFor(standort.data.sources, 'website');
  if (standort.data.website && isTrusted(website)) pages.push({ kind: 'website', url: standort.data.website, sources: website });
  const operator = sourcesFor(standort.data.sources, 'traeger');
  if (standort.data.operator.url && isTrusted(operator)) {
    pages.push({ kind: 'operator', url: standort.data.operator.url, name: standort.data.operator.name, sources: operator });
  }
  return pages;
}

type Reachable = { id: string; name: string; ways: OwnWay[] };

/** Per list of all locations: those with own ways, by district, in list order. Built once per list (a build has one). */
const reachableByDistrict = new WeakMap<readonly ReachStandort[], Map<string, Reachable[]>>();

function reachableInDistrict(all: readonly ReachStandort[], district: string): Reachable[] {
  let index = reachableByDistrict.get(all);
  if (!index) {
    // Every location and place page asks: once per page over all locations made 5,000-entry builds spend ~2.5 s here.
    index = new Map();
    for (const other of all) {
      const ways = ownWays(other);
      if (ways.length === 0) continue;
      const list = index.get(other.data.district) ?? [];
      list.push({ id: other.id, name: other.data.name, ways });
      index.set(other.data.district, list);
    }
    reachableByDistrict.set(all, index);
  }
  return index.get(district) ?? [];
}

/** The best way a person can be reached, following the order above. `all` must not change after the first call with it. */
export function reachOf(standort: ReachStandort, all: readonly ReachStandort[]): Reach {
  const own = ownWays(standort);
  if (own.length > 0) return { level: 'own', ways: own };
  const pages = pageWays(standort);
  if (pages.length > 0) return { level: 'page', pages };
  const others = reachableInDistrict(all, standort.data.district).filter((other) => other.id !== standort.id);
  if (others.length > 0) return { level: 'district', others };
  return { level: 'coordination' };
}

/** Something worth saving in an address book: a phone number, an e-mail address or a full street address. */
export function hasContactToSave(standort: ReachStandort): boolean {
  return standort.data.offices.some((office) => office.phone || office.email || hasFullStreet(office.address));
}

/**
 * The last resort when nothing else is known: the operator of the Koordinierungsstelle, with the public
 * page that names it. The contract dates from 2014, so the page shows it with its warning.
 */
export const COORDINATION_CONTACT = {
  url: 'https://thasg.de/uber-thsag/',
  sources: [
    { url: 'https://thasg.de/uber-thsag/', seen: '2026-11' },
    {
      url: 'https://thasg.de/category/blog/',
      seen: '2026-11',
      dated: '2014-07-13',
      warning: 'alt',
      note: 'Die ThASG e.V. hat 2014 den Auftrag zur Koordinierung von ThINKA bekommen.',
    },
  ] satisfies FactSource[],
};
