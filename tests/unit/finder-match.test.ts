import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { buildFinderIndex, searchFinder, type FinderStandort } from '../../src/lib/finder';
import { ANSWER_TEXT_KEYS, FINDER_MATCH_KEYS, describeAnswers, describeMatch, type AnswerTexts, type FinderMatchTexts } from '../../src/lib/finder-match';
import type { IndexedPlace } from '../../src/lib/place-finder';
import { linkMunicipalityPages, municipalityPages } from '../../src/lib/municipalities';

const texts = Object.fromEntries(FINDER_MATCH_KEYS.map((key) => [key, de[key]])) as FinderMatchTexts;
const area = (district: string) => (district.endsWith('kreis') ? `im ${district}` : `im Landkreis ${district}`);

const STANDORTE: FinderStandort[] = [
  {
    id: 'soemmerda',
    data: {
      name: 'ThINKA Sömmerda',
      place: 'Sömmerda',
      district: 'Sömmerda',
      catchment: [{ name: 'Kölleda', kind: 'stadt', postcodes: ['99625'] }],
      offices: [{ address: { city: 'Sömmerda' } }],
      outreach: [],
    },
  },
  {
    id: 'jena',
    data: {
      name: 'ThINKA Jena',
      place: 'Jena',
      district: 'Jena',
      catchment: [{ name: 'Winzerla', kind: 'stadtteil', partOf: 'Jena', postcodes: [] }],
      offices: [{ address: { city: 'Jena', quarter: 'Lobeda', postcode: '07747' } }],
      outreach: [],
    },
  },
  { id: 'artern', data: { name: 'ThINKA Artern', place: 'Artern', district: 'Kyffhäuserkreis', catchment: [], offices: [], outreach: [] } },
];
const index = linkMunicipalityPages(buildFinderIndex(STANDORTE), municipalityPages(STANDORTE));
const line = (query: string) => {
  const [first] = searchFinder(index, query);
  if (!first) throw new Error(`no result for ${query}`);
  return describeMatch(first, STANDORTE.find((standort) => standort.id === first.standortId)!.data.name, texts, area);
};

describe('describeMatch', () => {
  it('names the place a location is responsible for and links its page', () => {
    expect(line('Kolleda')).toEqual({ text: 'Zuständig für Kölleda', href: '/standorte/orte/koelleda/' });
    expect(line('99625')).toEqual({ text: 'Zuständig für 99625 Kölleda', href: '/standorte/orte/koelleda/' });
    expect(line('Winzerla')).toEqual({ text: 'Zuständig für Winzerla (Jena)', href: '/standorte/orte/winzerla/' });
  });

  it('says "Vor Ort in" where the location only has an office or outreach place', () => {
    expect(line('Lobeda')).toEqual({ text: 'Vor Ort in Lobeda (Jena)' });
    expect(line('07747')).toEqual({ text: 'Vor Ort in 07747 Jena' });
  });

  it('names the district for matches by district only', () => {
    expect(line('Kyffhauserkreis')).toEqual({ text: 'Anlaufstelle im Kyffhäuserkreis' });
  });

  it('adds nothing when the query is the location’s own name', () => {
    expect(line('ThINKA Artern')).toBeUndefined();
  });
});

describe('describeAnswers', () => {
  const answerTexts = Object.fromEntries(ANSWER_TEXT_KEYS.map((key) => [key, de[key]])) as AnswerTexts;
  const context = {
    texts: answerTexts,
    areaOf: (district: string) => (district === 'Suhl' ? 'in Suhl' : `im Landkreis ${district}`),
    pageOf: (id: string, name: string) => (id === 'soemmerda' && name === 'Kölleda' ? 'koelleda' : undefined),
    formatKm: (km: number) => String(Math.round(km)),
  };
  const place = (name: string, district: string, extra: Partial<IndexedPlace> = {}): IndexedPlace => ({
    name,
    district,
    coordinates: { lat: 51, lng: 11 },
    postcodes: [],
    kind: 'ort',
    keys: [name.toLowerCase()],
    ...extra,
  });

  it('says who is responsible, and links the place page', () => {
    const described = describeAnswers([{ place: place('Kölleda', 'Sömmerda'), district: 'Sömmerda', tier: 'catchment', standorte: [{ id: 'soemmerda' }] }], context);
    expect(described).toEqual({ notices: [], items: [{ standortId: 'soemmerda', line: { text: 'Zuständig für Kölleda', href: '/standorte/orte/koelleda/' } }] });
  });

  it('names the district when only the district matches', () => {
    const described = describeAnswers([{ place: place('Greußen', 'Kyffhäuserkreis'), district: 'Kyffhäuserkreis', tier: 'district', standorte: [{ id: 'artern' }] }], context);
    expect(described.items[0]?.line.text).toBe('Für Greußen: Anlaufstelle im Landkreis Kyffhäuserkreis');
  });

  it('says honestly that there is none in the district (or the kreisfreie Stadt) and labels distances as straight-line', () => {
    const nearest = {
      tier: 'nearest' as const,
      standorte: [
        { id: 'weimar', distanceKm: 12.4 },
        { id: 'jena', distanceKm: 13 },
      ],
    };
    const landkreis = describeAnswers([{ place: place('Apolda', 'Weimarer Land'), district: 'Weimarer Land', ...nearest }], context);
    expect(landkreis.notices).toEqual([
      'Apolda liegt im Landkreis Weimarer Land. In Ihrem Landkreis gibt es zurzeit keine ThINKA-Anlaufstelle. Die nächsten Anlaufstellen, gemessen in Luftlinie (nicht die Fahrstrecke):',
    ]);
    expect(landkreis.items.map((item) => item.line.text)).toEqual(['ca. 12 km Luftlinie von Apolda', 'ca. 13 km Luftlinie von Apolda']);
    const city = describeAnswers([{ place: place('Suhl', 'Suhl'), district: 'Suhl', ...nearest }], context);
    expect(city.notices[0]).toContain('In Ihrer Stadt gibt es zurzeit keine ThINKA-Anlaufstelle.');
  });

  it('names all places of a postcode with the same answer, and each Anlaufstelle once', () => {
    const described = describeAnswers(
      [
        { place: place('Artern', 'Kyffhäuserkreis'), district: 'Kyffhäuserkreis', postcode: '06556', places: ['Artern'], tier: 'catchment', standorte: [{ id: 'artern' }] },
        {
          place: place('Borxleben', 'Kyffhäuserkreis'),
          district: 'Kyffhäuserkreis',
          postcode: '06556',
          places: ['Borxleben', 'Ichstedt'],
          tier: 'district',
          standorte: [{ id: 'artern' }, { id: 'sondershausen' }],
        },
      ],
      context,
    );
    expect(described.items.map((item) => [item.standortId, item.line.text])).toEqual([
      ['artern', 'Zuständig für 06556 Artern'],
      ['sondershausen', 'Für 06556 Borxleben, Ichstedt: Anlaufstelle im Landkreis Kyffhäuserkreis'],
    ]);
  });
});
