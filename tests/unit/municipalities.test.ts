import { describe, expect, it } from 'vitest';
import { buildFinderIndex, searchFinder, type FinderStandort } from '../../src/lib/finder';
import { areaPhrase, linkMunicipalityPages, municipalityPages, pageForCatchment, titlePhrase } from '../../src/lib/municipalities';

type Catchment = FinderStandort['data']['catchment'][number];
const place = (name: string, kind: Catchment['kind'] = 'stadt', extra: Partial<Catchment> = {}): Catchment => ({ name, kind, postcodes: [], ...extra });
const standort = (id: string, district: string, catchment: Catchment[]): FinderStandort => ({
  id,
  data: { name: `ThINKA ${id}`, place: id, district, catchment, offices: [], outreach: [] },
});

const STANDORTE = [
  standort('soemmerda', 'Sömmerda', [place('Sömmerda'), place('Kölleda'), place('Buttstädt')]),
  standort('artern', 'Kyffhäuserkreis', [place('Artern', 'stadt', { postcodes: ['06556'] })]),
  standort('jena', 'Jena', [place('Jena'), place('Winzerla', 'stadtteil', { partOf: 'Jena' }), place('Lobeda', 'stadtteil', { partOf: 'Jena' })]),
  // Made up: a second Lobeda elsewhere, and a second location also responsible for Kölleda.
  standort('weimar', 'Weimar', [place('Lobeda', 'ortsteil', { partOf: 'Weimar' }), place('Kölleda', 'stadt', { postcodes: ['99625'] })]),
  standort('ilm-kreis', 'Ilm-Kreis', [place('Ilm-Kreis', 'landkreis'), place('Ilmenau')]),
];

describe('municipalityPages', () => {
  const pages = municipalityPages(STANDORTE);
  const bySlug = new Map(pages.map((page) => [page.slug, page]));

  it('has one page per place, merging locations responsible for the same place', () => {
    expect(bySlug.get('koelleda')).toMatchObject({ name: 'Kölleda', standortIds: ['soemmerda', 'weimar'], districts: ['Sömmerda', 'Weimar'], postcodes: ['99625'] });
    expect(pages.filter((page) => page.name === 'Kölleda')).toHaveLength(1);
  });

  it('gives places of the same name in different towns their own, qualified slugs', () => {
    expect(bySlug.get('lobeda-jena')).toMatchObject({ partOf: 'Jena', standortIds: ['jena'] });
    expect(bySlug.get('lobeda-weimar')).toMatchObject({ partOf: 'Weimar', standortIds: ['weimar'] });
    expect(bySlug.has('lobeda')).toBe(false);
  });

  it('uses municipalitySlug otherwise and keeps every slug unique', () => {
    expect(bySlug.get('soemmerda')?.name).toBe('Sömmerda');
    expect(bySlug.get('ilm-kreis')?.kind).toBe('landkreis');
    expect(new Set(pages.map((page) => page.slug)).size).toBe(pages.length);
  });

  it('sorts as German readers expect', () => {
    expect(pages.map((page) => page.name)).toEqual(['Artern', 'Buttstädt', 'Ilm-Kreis', 'Ilmenau', 'Jena', 'Kölleda', 'Lobeda', 'Lobeda', 'Sömmerda', 'Winzerla']);
  });

  it('separates a town from a Landkreis of the same name', () => {
    const both = municipalityPages([standort('a', 'Sömmerda', [place('Sömmerda')]), standort('b', 'Sömmerda', [place('Sömmerda', 'landkreis')])]);
    expect(both.map((page) => page.slug).sort()).toEqual(['soemmerda-landkreis', 'soemmerda-soemmerda']);
  });
});

describe('areaPhrase', () => {
  it.each([
    ['Erfurt', 'in'],
    ['Ilm-Kreis', 'im'],
    ['Kyffhäuserkreis', 'im'],
    ['Eichsfeld', 'imLandkreis'],
    ['Schmalkalden-Meiningen', 'imLandkreis'],
  ])('%s → %s', (name, phrase) => {
    expect(areaPhrase(name)).toBe(phrase);
  });
});

describe('linkMunicipalityPages', () => {
  const pages = municipalityPages(STANDORTE);
  const index = linkMunicipalityPages(buildFinderIndex(STANDORTE), pages);

  it('links catchment terms and their postcodes to the page of the place', () => {
    expect(searchFinder(index, 'Kolleda')[0]?.matched.page).toBe('koelleda');
    expect(searchFinder(index, '06556')[0]?.matched).toMatchObject({ page: 'artern', partOf: 'Artern' });
    const lobeda = searchFinder(index, 'Lobeda');
    expect(lobeda.map((result) => [result.standortId, result.matched.page])).toEqual([
      ['jena', 'lobeda-jena'],
      ['weimar', 'lobeda-weimar'],
    ]);
  });

  it('leaves location and district terms without a page', () => {
    const district = index.entries.find((entry) => entry.source === 'district');
    expect(district?.page).toBeUndefined();
  });
});

describe('pageForCatchment', () => {
  const pages = municipalityPages(STANDORTE);

  it('finds the page of a catchment entry of a location', () => {
    expect(pageForCatchment(pages, 'weimar', { name: 'Lobeda', kind: 'ortsteil', partOf: 'Weimar' })?.slug).toBe('lobeda-weimar');
    expect(pageForCatchment(pages, 'soemmerda', { name: 'Koelleda', kind: 'stadt' })?.slug).toBe('koelleda');
    expect(pageForCatchment(pages, 'artern', { name: 'Kölleda', kind: 'stadt' })).toBeUndefined();
  });
});

describe('place-page titles', () => {
  it('use the preposition the place needs: im Stadtteil Rieth, für die Stadt An der Schmücke, in Kölleda', () => {
    expect(titlePhrase({ name: 'Rieth', kind: 'stadtteil' })).toBe('stadtteil');
    expect(titlePhrase({ name: 'An der Schmücke', kind: 'stadt' })).toBe('forStadt');
    expect(titlePhrase({ name: 'Am Berg', kind: 'gemeinde' })).toBe('forGemeinde');
    expect(titlePhrase({ name: 'Kölleda', kind: 'stadt' })).toBe('in');
    expect(titlePhrase({ name: 'Andisleben', kind: 'gemeinde' })).toBe('in');
    expect(titlePhrase({ name: 'Ilm-Kreis', kind: 'landkreis' })).toBe('area');
  });
});
