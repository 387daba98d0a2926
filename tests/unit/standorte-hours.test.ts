import { describe, expect, it } from 'vitest';
import { slotsByDay, sortSlots, type WeeklySlot } from '../../src/lib/hours';
import { groupByDistrict, missingFacts } from '../../src/lib/standorte';
import { openingHoursSpecification, standortStructuredData } from '../../src/lib/structured-data';

const slot = (day: WeeklySlot['day'], opens: string, closes: string, byAppointment = false): WeeklySlot => ({ day, opens, closes, byAppointment });

describe('hours', () => {
  it('sorts Monday first, then by time', () => {
    const sorted = sortSlots([slot('mi', '09:00', '12:00'), slot('mo', '13:00', '15:00'), slot('mo', '08:00', '10:00')]);
    expect(sorted.map((s) => `${s.day} ${s.opens}`)).toEqual(['mo 08:00', 'mo 13:00', 'mi 09:00']);
  });

  it('groups by day and leaves out days without hours', () => {
    const groups = slotsByDay([slot('fr', '09:00', '12:00'), slot('di', '09:00', '12:00'), slot('di', '13:00', '16:00')]);
    expect(groups.map((group) => [group.day, group.slots.length])).toEqual([
      ['di', 2],
      ['fr', 1],
    ]);
  });

  it('leaves appointment-only slots out of schema.org opening hours', () => {
    const spec = openingHoursSpecification([slot('mo', '09:00', '12:00'), slot('di', '09:00', '12:00', true)]);
    expect(spec).toEqual([{ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '12:00' }]);
  });
});

const standort = (id: string, place: string, district: string, offices: Array<{ phone?: string; street?: string }> = []) => ({
  id,
  data: { place, district, offices: offices.map((office) => ({ phone: office.phone, email: undefined, hours: [], address: { street: office.street } })) },
});

describe('standorte', () => {
  it('groups by district alphabetically with umlauts sorted as German readers expect', () => {
    const groups = groupByDistrict([
      standort('weimar', 'Weimar', 'Weimar'),
      standort('soemmerda', 'Sömmerda', 'Sömmerda'),
      standort('artern', 'Artern', 'Kyffhäuserkreis'),
      standort('sondershausen', 'Sondershausen', 'Kyffhäuserkreis'),
      standort('bad-frankenhausen', 'Bad Frankenhausen', 'Kyffhäuserkreis'),
    ]);
    expect(groups.map((group) => group.district)).toEqual(['Kyffhäuserkreis', 'Sömmerda', 'Weimar']);
    expect(groups[0]?.standorte.map((s) => s.id)).toEqual(['artern', 'bad-frankenhausen', 'sondershausen']);
  });

  it('names the facts a citizen looks for that no office or place has yet, once for the whole location', () => {
    const office = (extra: Record<string, unknown> = {}) => ({ hours: [], address: {}, accessibility: {}, ...extra });
    expect(missingFacts({ data: { operator: {}, offices: [], outreach: [] } })).toEqual(['operator', 'address', 'phone', 'email', 'hours', 'stepFree', 'transit']);
    const artern = {
      data: {
        operator: {},
        offices: [office({ phone: '03466 7404457', email: 'a@example.org', address: { street: 'Einbecker Straße 8' } }), office({ transit: 'Bus 1' })],
        outreach: [{ hours: [slot('mo', '09:00', '12:00')] }],
      },
    };
    expect(missingFacts(artern)).toEqual(['operator', 'stepFree']);
  });

  it('builds schema.org data without inventing missing facts', () => {
    const data = standortStructuredData(
      {
        name: 'ThINKA Artern',
        operator: {},
        offices: [{ name: 'Büro', address: { street: 'Einbecker Str. 6', postcode: '06556', city: 'Artern' }, phone: '03466 7404457', hours: [] }],
        outreach: [],
      },
      'https://thinka.de/standorte/artern/',
    );
    expect(data).toMatchObject({ '@type': 'Organization', telephone: '03466 7404457' });
    expect(data).not.toHaveProperty('email');
    expect(data).not.toHaveProperty('parentOrganization');
    expect(data.location[0]).toMatchObject({ address: { postalCode: '06556', streetAddress: 'Einbecker Str. 6', addressLocality: 'Artern' } });
    expect(data.location[0]).not.toHaveProperty('openingHoursSpecification');
    expect(data).not.toHaveProperty('areaServed');
  });

  it('adds walk-in hours, announced closures and the served area', () => {
    const data = standortStructuredData(
      {
        name: 'ThINKA Test',
        operator: { name: 'Träger e. V.' },
        offices: [{ name: 'Büro', address: { city: 'Sömmerda' }, hours: [slot('mo', '09:00', '12:00'), slot('di', '09:00', '12:00', true)] }],
        outreach: [],
        catchment: [
          { name: 'Kölleda', kind: 'stadt' },
          { name: 'Ilm-Kreis', kind: 'landkreis' },
        ],
        closures: [{ from: new Date('2026-12-24'), to: new Date('2026-12-31') }],
      },
      'https://thinka.de/standorte/test/',
    );
    expect(data.areaServed).toEqual([
      { '@type': 'City', name: 'Kölleda' },
      { '@type': 'AdministrativeArea', name: 'Ilm-Kreis' },
    ]);
    expect(data.location[0]).toMatchObject({
      openingHoursSpecification: [{ dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '12:00' }],
      specialOpeningHoursSpecification: [{ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-31' }],
    });
  });
});
