/** Pure helpers over Standort data: grouping, ordering and what is still missing. */

export interface StandortLike {
  id: string;
  data: {
    place: string;
    district: string;
    offices: ReadonlyArray<{ phone?: string | undefined }>;
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

/** Facts a citizen looks for; the page names the missing ones once, instead of „Angaben folgen“ in every box. */
export const CITIZEN_FACTS = ['operator', 'address', 'phone', 'email', 'hours', 'stepFree', 'transit'] as const;
export type CitizenFact = (typeof CITIZEN_FACTS)[number];

export interface MissingFactsInput {
  data: {
    operator: { name?: string | undefined };
    offices: ReadonlyArray<{
      phone?: string | undefined;
      email?: string | undefined;
      hours: readonly unknown[];
      address: { street?: string | undefined };
      accessibility: { stepFree?: string | undefined; notes?: string | undefined };
      transit?: string | undefined;
    }>;
    outreach: ReadonlyArray<{ hours: readonly unknown[]; address?: { street?: string | undefined } | undefined }>;
  };
}

/** The facts no office or place of the location has yet, in the order of CITIZEN_FACTS. */
export function missingFacts(standort: MissingFactsInput): CitizenFact[] {
  const { operator, offices, outreach } = standort.data;
  const has: Record<CitizenFact, boolean> = {
    operator: Boolean(operator.name),
    address: offices.some((office) => office.address.street) || outreach.some((place) => place.address?.street),
    phone: offices.some((office) => office.phone),
    email: offices.some((office) => office.email),
    hours: [...offices, ...outreach].some((place) => place.hours.length > 0),
    stepFree: offices.some((office) => office.accessibility.stepFree || office.accessibility.notes),
    transit: offices.some((office) => office.transit),
  };
  return CITIZEN_FACTS.filter((fact) => !has[fact]);
}
