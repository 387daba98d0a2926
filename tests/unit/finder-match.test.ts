import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import { buildFinderIndex, searchFinder, type FinderStandort } from '../../src/lib/finder';
import { FINDER_MATCH_KEYS, describeMatch, type FinderMatchTexts } from '../../src/lib/finder-match';
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
