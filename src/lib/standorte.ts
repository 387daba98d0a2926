/** Pure helpers over Standort data: grouping, ordering and what is still missing. */

export interface StandortLike {
  id: string;
  data: {
    place: string;
    district: string;
    offices: ReadonlyArray<{ phone?: string | undefined; email?: string | undefined; hours: readonly unknown[]; address: { street?: string | undefined } }>;
  };
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** Districts in alphabetical order, each with its locations sorted by place name. */
export function groupByDistrict<T extends StandortLike>(standorte: readonly T[]): Array<{ district: string; standorte: T[] }> {
  const groups = new Map<string, T[]>();
  for (const standort of standorte) {
    const list = groups.get(standort.data.district) ?? [];
    list.push(standort);
    groups.set(standort.data.district, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([district, list]) => ({ district, standorte: list.sort((a, b) => collator.compare(a.data.place, b.data.place)) }));
}

/** First phone number of any office, for a quick "call" link in lists. */
export function primaryPhone(standort: StandortLike): string | undefined {
  return standort.data.offices.find((office) => office.phone)?.phone;
}

/** True when a citizen could not reach the location from what we know: no phone, email, street or hours. */
export function isMissingContact(standort: StandortLike): boolean {
  return !standort.data.offices.some((office) => office.phone || office.email || office.address.street || office.hours.length > 0);
}
