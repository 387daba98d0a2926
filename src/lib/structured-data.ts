/** schema.org JSON-LD objects built from content data. */
import { SCHEMA_ORG_DAY, type WeeklySlot } from './hours';

interface AddressData {
  street?: string | undefined;
  postcode?: string | undefined;
  city: string;
}

interface PlaceData {
  name: string;
  address?: AddressData | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  coordinates?: { lat: number; lng: number } | undefined;
  hours: readonly WeeklySlot[];
}

interface StandortStructuredInput {
  name: string;
  operator: { name?: string | undefined; url?: string | undefined };
  offices: readonly PlaceData[];
  outreach: readonly PlaceData[];
  catchment?: ReadonlyArray<{ name: string; kind: string }> | undefined;
  closures?: ReadonlyArray<{ from: Date; to: Date }> | undefined;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Announced closures as closed days: a specification without opens/closes means closed (schema.org). */
export function closedSpecification(closures: ReadonlyArray<{ from: Date; to: Date }>) {
  return closures.map((closure) => ({ '@type': 'OpeningHoursSpecification', validFrom: isoDate(closure.from), validThrough: isoDate(closure.to) }));
}

/** The places an Anlaufstelle is responsible for. */
function areaServed(catchment: ReadonlyArray<{ name: string; kind: string }>) {
  return catchment.map((entry) => ({ '@type': entry.kind === 'landkreis' ? 'AdministrativeArea' : 'City', name: entry.name }));
}

export function postalAddress(address: AddressData) {
  return {
    '@type': 'PostalAddress',
    addressLocality: address.city,
    addressRegion: 'Thüringen',
    addressCountry: 'DE',
    ...(address.street ? { streetAddress: address.street } : {}),
    ...(address.postcode ? { postalCode: address.postcode } : {}),
  };
}

/** Walk-in hours only: appointment-only slots are not "open" in schema.org's sense. */
export function openingHoursSpecification(slots: readonly WeeklySlot[]) {
  return slots
    .filter((slot) => !slot.byAppointment)
    .map((slot) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: SCHEMA_ORG_DAY[slot.day], opens: slot.opens, closes: slot.closes }));
}

function place(data: PlaceData, closures: ReadonlyArray<{ from: Date; to: Date }>) {
  const hours = openingHoursSpecification(data.hours);
  const closed = hours.length > 0 ? closedSpecification(closures) : [];
  return {
    '@type': 'Place',
    name: data.name,
    ...(data.address ? { address: postalAddress(data.address) } : {}),
    ...(data.phone ? { telephone: data.phone } : {}),
    ...(data.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lng } } : {}),
    ...(hours.length > 0 ? { openingHoursSpecification: hours } : {}),
    ...(closed.length > 0 ? { specialOpeningHoursSpecification: closed } : {}),
  };
}

export function standortStructuredData(data: StandortStructuredInput, url: string) {
  const firstPhone = data.offices.find((office) => office.phone)?.phone;
  const firstEmail = data.offices.find((office) => office.email)?.email;
  return {
    '@type': 'Organization',
    name: data.name,
    url,
    ...(firstPhone ? { telephone: firstPhone } : {}),
    ...(firstEmail ? { email: firstEmail } : {}),
    ...(data.operator.name ? { parentOrganization: { '@type': 'Organization', name: data.operator.name, ...(data.operator.url ? { url: data.operator.url } : {}) } } : {}),
    ...(data.catchment && data.catchment.length > 0 ? { areaServed: areaServed(data.catchment) } : {}),
    location: [...data.offices, ...data.outreach].map((entry) => place(entry, data.closures ?? [])),
  };
}
