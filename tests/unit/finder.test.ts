import { describe, expect, it } from 'vitest';
import { buildFinderIndex, editDistance, municipalitySlug, normalizeSearchText, searchFinder, type FinderStandort } from '../../src/lib/finder';

type Catchment = FinderStandort['data']['catchment'][number];

const place = (name: string, kind: Catchment['kind'] = 'stadt', extra: Partial<Catchment> = {}): Catchment => ({ name, kind, postcodes: [], ...extra });

function standort(id: string, data: Partial<FinderStandort['data']> & Pick<FinderStandort['data'], 'place' | 'district'>): FinderStandort {
  return { id, data: { name: `ThINKA ${data.place}`, catchment: [], offices: [], outreach: [], ...data } };
}

// Mirrors content/standorte/*.mdx; kyffhaeuser-mobil is made up to have a whole-district catchment in the Kyffhäuserkreis.
const STANDORTE: FinderStandort[] = [
  standort('soemmerda', {
    place: 'Sömmerda',
    district: 'Sömmerda',
    catchment: [place('Sömmerda'), place('Buttstädt'), place('Kölleda')],
    offices: [{ address: { city: 'Sömmerda' } }],
    outreach: [{ address: { city: 'Sömmerda' } }, { address: { city: 'Buttstädt' } }, { address: { city: 'Kölleda' } }],
  }),
  standort('artern', {
    place: 'Artern',
    district: 'Kyffhäuserkreis',
    catchment: [place('Artern', 'stadt', { postcodes: ['06556'] })],
    offices: [{ address: { city: 'Artern', postcode: '06556' } }],
  }),
  standort('sondershausen', { place: 'Sondershausen', district: 'Kyffhäuserkreis', catchment: [place('Sondershausen')] }),
  standort('bad-frankenhausen-an-der-schmuecke', {
    place: 'Bad Frankenhausen / An der Schmücke',
    district: 'Kyffhäuserkreis',
    catchment: [place('Bad Frankenhausen'), place('An der Schmücke', 'gemeinde')],
  }),
  standort('kyffhaeuser-mobil', { place: 'Kyffhäuser mobil', district: 'Kyffhäuserkreis', catchment: [place('Kyffhäuserkreis', 'landkreis')] }),
  standort('nordhausen', {
    place: 'Nordhausen',
    district: 'Nordhausen',
    catchment: [place('Nordhausen'), place('Sollstedt', 'gemeinde'), place('Bleicherode')],
    outreach: [{ address: { city: 'Sollstedt' } }, { address: { city: 'Bleicherode' } }, { address: { city: 'Heringen/Helme' } }],
  }),
  standort('heringen-helme', { place: 'Heringen/Helme', district: 'Nordhausen', catchment: [place('Heringen/Helme')] }),
  standort('jena', { place: 'Jena', district: 'Jena', catchment: [place('Jena'), place('Winzerla', 'stadtteil', { partOf: 'Jena' })] }),
  standort('saale-orla-kreis', {
    place: 'Saale-Orla-Kreis',
    district: 'Saale-Orla-Kreis',
    catchment: [place('Saale-Orla-Kreis', 'landkreis'), place('Bad Lobenstein')],
    offices: [{ address: { city: 'Bad Lobenstein' } }],
  }),
];

const index = buildFinderIndex(STANDORTE);
const ids = (query: string) => searchFinder(index, query).map((result) => result.standortId);

describe('normalizeSearchText', () => {
  it('folds umlauts and their spelled-out and plain forms to one key', () => {
    const forms = ['Kölleda', 'Koelleda', 'Kolleda', 'kölleda ', 'KÖLLEDA', 'Ko\u0308lleda'];
    expect(new Set(forms.map(normalizeSearchText))).toEqual(new Set([normalizeSearchText('Kölleda')]));
    expect(normalizeSearchText('Soemmerda')).toBe(normalizeSearchText('Sömmerda'));
    expect(normalizeSearchText('Sommerda')).toBe(normalizeSearchText('Sömmerda'));
  });

  it('turns hyphens, slashes and punctuation into single spaces', () => {
    expect(normalizeSearchText('Heringen/Helme')).toBe(normalizeSearchText('heringen helme'));
    expect(normalizeSearchText('Saale-Orla-Kreis')).toBe('saale orla kreis');
    expect(normalizeSearchText('  Bad   Frankenhausen / An der Schmücke. ')).toBe('bad frankenhausen an der schmucke');
  });

  it('folds ß and other diacritics', () => {
    expect(normalizeSearchText('Großbreitenbach')).toBe('grossbreitenbach');
    expect(normalizeSearchText('Café')).toBe('cafe');
  });

  it('keeps different places apart', () => {
    expect(normalizeSearchText('Jena')).not.toBe(normalizeSearchText('Gera'));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit', () => {
    expect(editDistance('bleicherde', 'bleicherode')).toBe(1);
    expect(editDistance('jena', 'gera')).toBe(2);
    expect(editDistance('sollstedt', 'sollsetdt')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('buildFinderIndex', () => {
  it('survives a JSON round trip unchanged', () => {
    const copy = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(copy).toEqual(index);
    expect(searchFinder(copy, 'Kolleda')).toEqual(searchFinder(index, 'Kolleda'));
  });

  it('indexes catchment, postcodes, place, name, district and address cities', () => {
    const labels = (id: string) => index.entries.filter((entry) => entry.standortId === id).map((entry) => `${entry.kind}:${entry.label}`);
    expect(labels('artern')).toEqual(expect.arrayContaining(['stadt:Artern', 'postleitzahl:06556', 'anlaufstelle:ThINKA Artern', 'landkreis:Kyffhäuserkreis']));
    expect(labels('nordhausen')).toContain('anlaufstelle:Heringen/Helme');
    expect(index.entries.find((entry) => entry.label === 'Winzerla')).toMatchObject({ kind: 'stadtteil', partOf: 'Jena', district: 'Jena' });
  });

  it('keeps one entry per location and term, preferring the catchment', () => {
    const soemmerda = index.entries.filter((entry) => entry.standortId === 'soemmerda' && entry.key === normalizeSearchText('Sömmerda'));
    expect(soemmerda).toHaveLength(1);
    expect(soemmerda[0]).toMatchObject({ kind: 'stadt', source: 'catchment' });
  });
});

describe('searchFinder', () => {
  it.each(['Soemmerda', 'Sommerda', 'sömmerda', 'SÖMMERDA '])('finds Sömmerda first for %j', (query) => {
    expect(ids(query)[0]).toBe('soemmerda');
  });

  it.each(['Kolleda', 'Koelleda', 'Kölleda'])('finds the location responsible for Kölleda for %j', (query) => {
    const [first] = searchFinder(index, query);
    expect(first).toMatchObject({ standortId: 'soemmerda', matchType: 'exact', matched: { label: 'Kölleda', kind: 'stadt' } });
  });

  it('returns one result per location', () => {
    expect(ids('Sömmerda').filter((id) => id === 'soemmerda')).toHaveLength(1);
  });

  it('matches an exact five-digit postcode', () => {
    const results = searchFinder(index, '06556');
    expect(results.map((result) => result.standortId)).toEqual(['artern']);
    expect(results[0]).toMatchObject({ matchType: 'postcode', matched: { kind: 'postleitzahl', partOf: 'Artern' } });
    expect(searchFinder(index, '06557')).toEqual([]);
  });

  it('matches postcode prefixes of two to four digits', () => {
    expect(searchFinder(index, '065')[0]).toMatchObject({ standortId: 'artern', matchType: 'prefix' });
    expect(ids('06')).toEqual(['artern']);
    expect(ids('0')).toEqual([]);
    expect(ids('065560')).toEqual([]);
  });

  it('finds a Stadtteil with the city it belongs to', () => {
    expect(searchFinder(index, 'Winzerla')[0]).toMatchObject({ standortId: 'jena', matched: { partOf: 'Jena', kind: 'stadtteil' } });
  });

  it('ranks a direct catchment match above locations found only by their district', () => {
    const results = searchFinder(index, 'Kyffhäuserkreis');
    expect(results.map((result) => result.standortId)).toEqual(['kyffhaeuser-mobil', 'artern', 'bad-frankenhausen-an-der-schmuecke', 'sondershausen']);
    const [catchment, district] = results;
    expect(catchment?.score).toBeGreaterThan(district?.score ?? Number.POSITIVE_INFINITY);
    expect(district?.matched.kind).toBe('landkreis');
    expect(ids('Kyffhauserkreis')).toEqual(results.map((result) => result.standortId));
  });

  it('puts the town itself before other locations in its district', () => {
    expect(ids('Nordhausen')).toEqual(['nordhausen', 'heringen-helme']);
  });

  it('puts the responsible location before one that only visits the town', () => {
    expect(ids('Heringen')).toEqual(['heringen-helme', 'nordhausen']);
    expect(searchFinder(index, 'heringen helme')[0]).toMatchObject({ standortId: 'heringen-helme', matchType: 'exact' });
  });

  it('finds a typo with the edit-distance fallback', () => {
    expect(searchFinder(index, 'Bleicherde')[0]).toMatchObject({ standortId: 'nordhausen', matchType: 'fuzzy', matched: { label: 'Bleicherode' } });
    expect(searchFinder(index, 'Sollstet')[0]).toMatchObject({ standortId: 'nordhausen', matchType: 'fuzzy' });
  });

  it('allows two typos from eight characters but only one below', () => {
    expect(searchFinder(index, 'Blaicherde')[0]).toMatchObject({ standortId: 'nordhausen', matchType: 'fuzzy', matched: { label: 'Bleicherode' } });
    expect(searchFinder(index, 'Arten')[0]).toMatchObject({ standortId: 'artern', matchType: 'fuzzy' });
    expect(ids('Arxen')).toEqual([]);
  });

  it('matches single words of multi-word terms, also fuzzily', () => {
    expect(searchFinder(index, 'Lobenstein')[0]).toMatchObject({ standortId: 'saale-orla-kreis', matchType: 'exact' });
    expect(searchFinder(index, 'Lobenstien')[0]).toMatchObject({ standortId: 'saale-orla-kreis', matchType: 'fuzzy' });
  });

  it('ranks exact above prefix above fuzzy', () => {
    expect(searchFinder(index, 'Jena')[0]).toMatchObject({ standortId: 'jena', matchType: 'exact' });
    expect(searchFinder(index, 'Buttst')[0]).toMatchObject({ standortId: 'soemmerda', matchType: 'prefix' });
    const [exact, prefix, fuzzy] = ['Jena', 'Buttst', 'Bleicherde'].map((query) => searchFinder(index, query)[0]?.score ?? 0);
    expect(exact).toBeGreaterThan(prefix ?? 0);
    expect(prefix).toBeGreaterThan(fuzzy ?? 0);
  });

  it('needs three characters for a prefix and four for a typo', () => {
    expect(ids('Ko')).toEqual([]);
    expect(ids('Jen')).toEqual(['jena']);
    expect(ids('Jna')).toEqual([]);
  });

  it('returns nothing for empty or one-character queries', () => {
    expect(searchFinder(index, 'x')).toEqual([]);
    expect(searchFinder(index, '')).toEqual([]);
    expect(searchFinder(index, '   ')).toEqual([]);
    expect(searchFinder(index, '-')).toEqual([]);
  });

  it('honours the limit and is deterministic', () => {
    expect(searchFinder(index, 'Kyffhäuserkreis', 2)).toHaveLength(2);
    const reversed = buildFinderIndex([...STANDORTE].reverse());
    expect(searchFinder(reversed, 'Kyffhäuserkreis')).toEqual(searchFinder(index, 'Kyffhäuserkreis'));
  });
});

describe('municipalitySlug', () => {
  it.each([
    ['Heringen/Helme', 'heringen-helme'],
    ['Kölleda', 'koelleda'],
    ['Sömmerda', 'soemmerda'],
    ['Bad Frankenhausen / An der Schmücke', 'bad-frankenhausen-an-der-schmuecke'],
    ['Saale-Orla-Kreis', 'saale-orla-kreis'],
    ['Großbreitenbach', 'grossbreitenbach'],
    [' Mühlhausen (Thür.) ', 'muehlhausen-thuer'],
  ])('%s → %s', (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
  });
});
