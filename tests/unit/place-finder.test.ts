// The matcher over the gazetteer: spelling variants, several words, other scripts, the answer order
// (catchment → district → nearest by distance) and honest answers for "Thüringen" and other places.
import { describe, expect, it } from 'vitest';
import compact from '../../src/data/gazetteer/thueringen.json';
import { expandGazetteer, type CompactGazetteer } from '../../src/lib/gazetteer';
import { answerQuery, baseName, buildPlaceIndex, finderStandortInfo, type FinderAnswer, type PlaceAnswer } from '../../src/lib/place-finder';
import { normalizeArabic, placeKey, transliterateCyrillic } from '../../src/lib/place-names';

const gazetteer = expandGazetteer(compact as unknown as CompactGazetteer);

type Catchment = Array<{ name: string; kind: 'stadt' | 'gemeinde' | 'ortsteil' | 'stadtteil' | 'landkreis'; partOf?: string }>;
const standort = (id: string, place: string, district: string, catchment: Catchment, cities: string[] = [place]) =>
  finderStandortInfo(gazetteer, { id, data: { place, district, catchment, offices: cities.map((city) => ({ address: { city } })), outreach: [] } });

// A cut of the real content (content/standorte): enough to test each tier.
const STANDORTE = [
  standort('soemmerda', 'Sömmerda', 'Sömmerda', [
    { name: 'Sömmerda', kind: 'stadt' },
    { name: 'Buttstädt', kind: 'stadt' },
    { name: 'Kölleda', kind: 'stadt' },
  ]),
  standort('artern', 'Artern', 'Kyffhäuserkreis', [{ name: 'Artern', kind: 'stadt' }]),
  standort('sondershausen', 'Sondershausen', 'Kyffhäuserkreis', [{ name: 'Sondershausen', kind: 'stadt' }]),
  standort('gera', 'Gera', 'Gera', [
    { name: 'Gera', kind: 'stadt' },
    { name: 'Lusan', kind: 'stadtteil', partOf: 'Gera' },
    { name: 'Bieblach', kind: 'stadtteil', partOf: 'Gera' },
  ]),
  standort('jena', 'Jena', 'Jena', [
    { name: 'Jena', kind: 'stadt' },
    { name: 'Winzerla', kind: 'stadtteil', partOf: 'Jena' },
  ]),
  standort('erfurt', 'Erfurt', 'Erfurt', [{ name: 'Erfurt', kind: 'stadt' }]),
  standort('weimar', 'Weimar', 'Weimar', [{ name: 'Weimar', kind: 'stadt' }]),
  standort('saalfeld', 'Saalfeld', 'Saalfeld-Rudolstadt', [{ name: 'Saalfeld', kind: 'stadt' }]),
  standort('heringen-helme', 'Heringen/Helme', 'Nordhausen', [{ name: 'Heringen/Helme', kind: 'stadt' }]),
  standort('leinefelde', 'Leinefelde', 'Eichsfeld', [{ name: 'Leinefelde', kind: 'ortsteil' }]),
  standort(
    'saale-orla-kreis',
    'Saale-Orla-Kreis',
    'Saale-Orla-Kreis',
    [
      { name: 'Saale-Orla-Kreis', kind: 'landkreis' },
      { name: 'Bad Lobenstein', kind: 'stadt' },
    ],
    ['Bad Lobenstein'],
  ),
  standort('muehlhausen', 'Mühlhausen', 'Unstrut-Hainich-Kreis', [{ name: 'Mühlhausen', kind: 'stadt' }]),
  standort('eisenach', 'Eisenach', 'Wartburgkreis', [{ name: 'Eisenach', kind: 'stadt' }]),
];
const index = buildPlaceIndex(gazetteer, STANDORTE);

function first(query: string): PlaceAnswer {
  const answer: FinderAnswer = answerQuery(index, query);
  if (answer.kind !== 'answer') throw new Error(`"${query}" gave ${answer.kind}`);
  return answer.answers[0] as PlaceAnswer;
}
const ids = (query: string) => first(query).standorte.map((entry) => entry.id);

describe('names in other scripts and spellings', () => {
  it('transliterates Cyrillic to German spelling and unifies Arabic letters', () => {
    expect(transliterateCyrillic('Эрфурт')).toBe('erfurt');
    expect(transliterateCyrillic('Веймар')).toBe('weimar');
    expect(placeKey('Йена')).toBe('jena');
    expect(normalizeArabic('إرفورت')).toBe(normalizeArabic('ارفورت'));
    expect(baseName('Saalfeld/Saale')).toBe('Saalfeld');
    expect(baseName('Neundorf (bei Schleiz)')).toBe('Neundorf');
  });

  for (const [query, id] of [
    ['Kölleda', 'soemmerda'],
    ['KÖLLEDA', 'soemmerda'],
    ['koelleda', 'soemmerda'],
    ['Kolleda', 'soemmerda'],
    ['Kölleds', 'soemmerda'],
    ['Sömerda', 'soemmerda'],
    ['Weißensee', 'soemmerda'],
    ['Weissensee', 'soemmerda'],
    ['Gera-Lusan', 'gera'],
    ['Gera Lusan', 'gera'],
    ['Lusan', 'gera'],
    ['Saalfeld/Saale', 'saalfeld'],
    ['Saalfeld', 'saalfeld'],
    ['saalfeld saale', 'saalfeld'],
    ['Artern/Unstrut', 'artern'],
    ['Artern', 'artern'],
    ['Leinefelde-Worbis', 'leinefelde'],
    ['Leinefelde', 'leinefelde'],
    ['Worbis', 'leinefelde'],
    ['Heringen', 'heringen-helme'],
    ['Heringen/Helme', 'heringen-helme'],
    ['Mühlhausen', 'muehlhausen'],
    ['Muehlhausen/Thüringen', 'muehlhausen'],
    ['Mühlhausen in Thüringen', 'muehlhausen'],
    ['Stadt Jena', 'jena'],
    ['Kreisfreie Stadt Erfurt', 'erfurt'],
    ['Winzerla', 'jena'],
    ['Landkreis Sömmerda', 'soemmerda'],
    ['LK Eichsfeld', 'leinefelde'],
    ['Saale-Orla-Kreis', 'saale-orla-kreis'],
    ['Schleiz', 'saale-orla-kreis'],
    ['Bad Lobenstein', 'saale-orla-kreis'],
    ['Эрфурт', 'erfurt'],
    ['Ерфурт', 'erfurt'],
    ['Йена', 'jena'],
    ['Єна', 'jena'],
    ['Гера', 'gera'],
    ['Веймар', 'weimar'],
    ['Айзенах', 'eisenach'],
    ['إرفورت', 'erfurt'],
    ['ارفورت', 'erfurt'],
    ['ينا', 'jena'],
    ['فايمار', 'weimar'],
    ['آيزناخ', 'eisenach'],
    ['گرا', 'gera'],
    ['99625', 'soemmerda'],
    ['99625 Kölleda', 'soemmerda'],
    ['07545', 'gera'],
    ['Erfurt Rieth', 'erfurt'],
    ['Jena-Lobeda', 'jena'],
    ['Pößneck', 'saale-orla-kreis'],
    ['Possneck', 'saale-orla-kreis'],
  ] as const) {
    it(`"${query}" → ${id}`, () => expect(ids(query)).toContain(id));
  }
});

describe('the order of answers', () => {
  it('1. the Anlaufstelle whose catchment covers the place', () => {
    expect(first('Kölleda')).toMatchObject({ tier: 'catchment', standorte: [{ id: 'soemmerda' }] });
    expect(first('Lusan')).toMatchObject({ tier: 'catchment', place: { name: 'Lusan', partOf: 'Gera' } });
    // A whole-district catchment covers every place of the district.
    expect(first('Schleiz')).toMatchObject({ tier: 'catchment', standorte: [{ id: 'saale-orla-kreis' }] });
  });

  it("2. else the Anlaufstellen in the place's district", () => {
    expect(first('Bad Frankenhausen')).toMatchObject({ tier: 'district', district: 'Kyffhäuserkreis' });
    expect(ids('Bad Frankenhausen').sort()).toEqual(['artern', 'sondershausen']);
  });

  it('3. else none in the district, and the nearest by straight-line distance, nearest first', () => {
    const answer = first('Apolda');
    expect(answer).toMatchObject({ tier: 'nearest', district: 'Weimarer Land' });
    expect(answer.standorte).toHaveLength(3);
    // Apolda lies between Weimar and Jena (about 12 km to each).
    expect(['jena', 'weimar']).toContain(answer.standorte[0]?.id);
    const distances = answer.standorte.map((entry) => entry.distanceKm ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeGreaterThan(5);
    expect(distances[0]).toBeLessThan(25);
  });

  it('a district without an Anlaufstelle: nearest from its centre', () => {
    expect(first('Landkreis Hildburghausen')).toMatchObject({ tier: 'nearest', district: 'Hildburghausen' });
    expect(first('Suhl')).toMatchObject({ tier: 'nearest', district: 'Suhl' });
  });

  it('a postcode shared by two districts answers for both (06578: Kyffhäuserkreis and Sömmerda)', () => {
    const answer = answerQuery(index, '06578');
    expect(answer.kind).toBe('answer');
    if (answer.kind === 'answer') expect(new Set(answer.answers.map((entry) => entry.district))).toEqual(new Set(['Kyffhäuserkreis', 'Sömmerda']));
  });

  it('words of a name count more than words of its "(bei …)": "Heiligenstadt" is Heilbad Heiligenstadt', () => {
    expect(first('Heiligenstadt').place?.name).toBe('Heilbad Heiligenstadt');
  });

  it('the same name in several districts answers for each', () => {
    const answer = answerQuery(index, 'Neundorf');
    expect(answer.kind === 'answer' && answer.answers[0]?.place?.name).toBe('Neundorf');
  });

  it('an exact name answers for the town and for the Ortsteil of that name alike ("Hochheim": Gotha and Erfurt)', () => {
    const answer = answerQuery(index, 'Hochheim');
    expect(answer.kind === 'answer' ? answer.answers.map((entry) => `${entry.place?.name} ${entry.district}`) : answer.kind).toEqual(['Hochheim Erfurt', 'Hochheim Gotha']);
    expect(first('Erfurt Hochheim').place?.partOf).toBe('Erfurt');
  });
});

describe('honest answers', () => {
  it('"Thüringen" is the whole Land, not Heringen', () => {
    for (const query of ['Thüringen', 'thueringen', 'Thuringen', 'Freistaat Thüringen', 'Тюрингия']) expect(answerQuery(index, query).kind, query).toBe('state');
  });

  it('a postcode outside Thuringia says so', () => {
    expect(answerQuery(index, '04109')).toEqual({ kind: 'outsidePostcode', postcode: '04109' });
    expect(answerQuery(index, '10115')).toEqual({ kind: 'outsidePostcode', postcode: '10115' });
  });

  it('a large place outside Thuringia says so, not a Thuringian place that begins alike (Berlin ≠ Berlingerode)', () => {
    for (const query of ['Leipzig', 'Berlin', 'München', 'muenchen', 'Halle (Saale)']) expect(answerQuery(index, query).kind, query).toBe('outside');
    expect(answerQuery(index, 'Berlingerode').kind).toBe('answer');
  });

  it('a name that is nowhere in Thuringia is unknown', () => {
    for (const query of ['Xyzzyhausen', 'Qwertz']) expect(answerQuery(index, query).kind, query).toBe('unknown');
  });

  it('asks for more when the query is too short', () => {
    expect(answerQuery(index, '996').kind).toBe('tooShort');
    expect(answerQuery(index, 'a').kind).toBe('tooShort');
    expect(answerQuery(index, '  ').kind).toBe('empty');
  });

  it('offers other places that fit a beginning ("Bad" → Bad Frankenhausen, Bad Salzungen …)', () => {
    const answer = answerQuery(index, 'Bad');
    expect(answer.kind).toBe('answer');
    if (answer.kind === 'answer') {
      const names = [...answer.answers.map((entry) => entry.place?.name), ...answer.others.map((place) => place.name)];
      expect(names).toEqual(expect.arrayContaining(['Bad Frankenhausen', 'Bad Salzungen']));
    }
  });
});
