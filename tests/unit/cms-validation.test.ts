// The CMS refuses every value the build would refuse: invalid values are generated rule by rule from the
// schemas' own JSON Schema and fed to the very function the CMS runs before saving (admin/entry-validation.ts).
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { changedSinceOpened, currentFileRequest } from '../../admin/edit-conflicts';
import { emptyPaths, entryProblems, schemaFor, withoutEmpty } from '../../admin/entry-validation';
import { germanConfirmText, GERMAN_TRANSLITERATION, transliterateGerman } from '../../admin/german-texts';
import { normaliseClockTime } from '../../src/lib/clock-time';
import { fileContentProblem } from '../../src/lib/file-signature';

const slot = { day: 'di', opens: '09:00', closes: '12:00', byAppointment: false };
const credits = [{ role: 'Fotografie', name: 'Website-Team ThINKA' }];
const photo = { src: 'bild.jpg', alt: 'Ein Bild.' };

/** One valid entry per CMS collection, with every nested kind of value the schema has. */
const VALID: Record<string, Record<string, unknown>> = {
  standorte: {
    name: 'ThINKA Musterstadt',
    place: 'Musterstadt',
    district: 'Gotha',
    operator: { name: 'Träger e. V.', url: 'https://example.org/' },
    summary: 'Beratung im Stadtteil.',
    since: '2022-01-01',
    offices: [
      {
        name: 'Büro',
        address: { street: 'Hauptstr. 1', postcode: '99867', city: 'Gotha', quarter: 'West' },
        coordinates: { lat: 50.95, lng: 10.7 },
        phone: '03621 123456',
        email: 'beratung@example.org',
        hours: [slot],
        accessibility: { stepFree: 'ja', notes: 'Klingel links.' },
        transit: 'Bus 1',
      },
    ],
    outreach: [{ name: 'Jobcenter', kind: 'jobcenter', address: { city: 'Gotha' }, hours: [slot], note: 'Termine nach Absprache.' }],
    closures: [{ from: '2026-12-24', to: '2026-12-31', reason: 'Ferien' }],
    catchment: [{ name: 'Gotha', kind: 'stadt', postcodes: ['99867'] }],
    languages: ['de', 'en'],
    website: 'https://example.org/',
    checkedAt: '2026-11-01',
    sources: [{ url: 'https://example.org/', seen: '2026-11', covers: ['seit'] }],
  },
  team: {
    role: 'Beraterin',
    area: 'Anlaufstelle Musterstadt',
    summary: 'Berät.',
    since: '2023-09',
    portrait: photo,
    languages: ['de'],
    contact: { email: 'a@example.org', phone: '03621 123456' },
    order: 3,
  },
  leitlinien: { title: 'Kooperation', teaser: 'Gemeinsam.', order: 2, icon: 'kooperation' },
  kurztexte: { title: 'Was ist ThINKA?' },
  pages: { title: 'Impressum', description: 'Angaben.', navTitle: 'Impressum', order: 10, inMainNav: false, updated: '2026-11-01', easyLanguage: 'Ein Text.' },
  'media-photo': {
    kind: 'photo',
    title: 'Foto',
    summary: 'Ein Foto.',
    date: '2026-11-01',
    credits,
    licence: 'CC BY 4.0',
    peopleShown: false,
    consentOnFile: false,
    images: [photo],
  },
  'media-series': { kind: 'series', title: 'Serie', summary: 'Fotos.', date: '2026-11-01', credits, licence: 'CC BY 4.0', images: [photo, photo] },
  'media-audio': {
    kind: 'audio',
    title: 'Audio',
    summary: 'Ton.',
    date: '2026-11-01',
    credits,
    licence: 'CC0 1.0',
    audio: '/media/leitlinien-vorgelesen/thinka-leitlinien-vorgelesen.mp3',
    transcript: 'Text.',
    chapters: [{ start: '0:10', title: 'Anfang' }],
    duration: '0:57',
  },
};

interface JsonNode {
  type?: string;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
}

type Path = Array<string | number>;

/** Values that break one rule of a JSON Schema node each (a value of the right type, wrong by that rule). */
function breakers(node: JsonNode): Array<{ rule: string; value: unknown }> {
  const found: Array<{ rule: string; value: unknown }> = [];
  if (node.enum) found.push({ rule: 'enum', value: 'kein-erlaubter-wert' });
  if (node.pattern) found.push({ rule: `pattern ${node.pattern}`, value: '\u0000 falsch' });
  if (node.maxLength !== undefined) found.push({ rule: `maxLength ${node.maxLength}`, value: 'x'.repeat(node.maxLength + 1) });
  if (node.type === 'integer') found.push({ rule: 'integer', value: (node.minimum ?? 0) + 0.5 });
  if (node.minimum !== undefined) found.push({ rule: `minimum ${node.minimum}`, value: node.minimum - 1 });
  if (node.maximum !== undefined) found.push({ rule: `maximum ${node.maximum}`, value: node.maximum + 1 });
  if (node.type === 'boolean') found.push({ rule: 'boolean', value: 'ja' });
  return found;
}

/** Every (path, rule, invalid value) the schema of a collection defines, along the valid entry's data. */
function violations(node: JsonNode, data: unknown, path: Path = []): Array<{ path: Path; rule: string; value: unknown }> {
  const variant =
    node.anyOf?.find((option) => option.type !== 'null') ??
    node.oneOf?.find((option) => option.properties?.kind && (option.properties.kind as { const?: unknown }).const === (data as { kind?: unknown })?.kind) ??
    node;
  const found = breakers(variant).map((breaker) => ({ path, ...breaker }));
  if (variant.type === 'array') {
    if (variant.minItems !== undefined && variant.minItems > 0)
      found.push({ path, rule: `minItems ${variant.minItems}`, value: (data as unknown[]).slice(0, variant.minItems - 1) });
    if (variant.maxItems !== undefined)
      found.push({ path, rule: `maxItems ${variant.maxItems}`, value: Array.from({ length: variant.maxItems + 1 }, () => (data as unknown[])[0]) });
    if (variant.items && Array.isArray(data) && data.length > 0) found.push(...violations(variant.items, data[0], [...path, 0]));
  }
  if (variant.properties && data && typeof data === 'object') {
    for (const [key, child] of Object.entries(variant.properties)) {
      const value = (data as Record<string, unknown>)[key];
      if (value !== undefined) found.push(...violations(child, value, [...path, key]));
    }
  }
  return found;
}

const setAt = (data: unknown, path: Path, value: unknown): unknown => {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
};

describe('the CMS runs the build’s schema before every save', () => {
  for (const [collection, data] of Object.entries(VALID)) {
    it(`accepts a valid ${collection} entry`, () => {
      expect(entryProblems(collection, data)).toEqual([]);
    });

    it(`refuses each rule's invalid value in ${collection}, at its field`, () => {
      const json = z.toJSONSchema(schemaFor(collection)!, { io: 'input', unrepresentable: 'any' }) as JsonNode;
      const cases = violations(json, data);
      expect(cases.length).toBeGreaterThan(0);
      const missed = cases.filter(({ path, value }) => {
        const problems = entryProblems(collection, setAt(data, path, value));
        return !problems.some((problem) => path.every((key, index) => problem.path[index] === key));
      });
      expect(missed.map(({ path, rule }) => `${path.join('.')}: ${rule}`)).toEqual([]);
    });
  }

  it('refuses what only a rule across fields can see, naming the field', () => {
    const standort = VALID.standorte!;
    const cases: Array<[string, unknown, string]> = [
      ['standorte', setAt(standort, ['offices', 0, 'hours', 0, 'closes'], '08:00'), 'offices.0.hours.0.closes'],
      ['standorte', setAt(standort, ['closures', 0, 'to'], '2026-12-01'), 'closures.0.to'],
      ['media-photo', { ...VALID['media-photo'], peopleShown: true }, 'consentOnFile'],
      ['media-photo', { ...VALID['media-photo'], images: [] }, 'images'],
      ['media-series', { ...VALID['media-series'], images: [photo] }, 'images'],
      ['media-audio', { ...VALID['media-audio'], chapters: [{ start: '1:10', title: 'Nach dem Ende' }] }, 'chapters'],
      ['media-audio', { ...VALID['media-audio'], transcript: '' }, 'transcript'],
      ['standorte', setAt(standort, ['offices', 0, 'coordinates'], { lat: 10.7, lng: 50.95 }), 'offices.0.coordinates.lat'],
    ];
    for (const [collection, data, where] of cases) {
      expect(
        entryProblems(collection, data).map((problem) => problem.path.join('.')),
        where,
      ).toContain(where);
    }
  });

  it('words problems in German, as the build does', () => {
    const [problem] = entryProblems('standorte', setAt(VALID.standorte!, ['offices', 0, 'hours', 0, 'closes'], '08:00'));
    expect(problem?.message).toBe('„bis“ muss nach „von“ liegen.');
    expect(entryProblems('team', { ...VALID.team, role: undefined })[0]?.message).toBe('Pflichtfeld „Funktion“ fehlt. Bitte ausfüllen.');
  });

  it('removes what an editor left empty, so a cleared optional field is simply absent', () => {
    const typed = { title: 'Seite', description: 'Text.', navTitle: '  ', updated: '', signLanguageVideo: { video: '', captions: '' }, list: [{ a: '', b: 'x' }] };
    expect(emptyPaths(typed)).toEqual([['navTitle'], ['updated'], ['signLanguageVideo'], ['list', 0, 'a']]);
    expect(withoutEmpty(typed)).toEqual({ title: 'Seite', description: 'Text.', list: [{ b: 'x' }] });
    expect(entryProblems('pages', { ...typed, list: undefined })).toEqual([]);
  });
});

describe('what editors type', () => {
  it('takes clock times as people write them and leaves impossible ones for the error', () => {
    expect(['8', '8 Uhr', '8:00', '8.30 Uhr', '08:00 h', ' 17:45 '].map(normaliseClockTime)).toEqual(['08:00', '08:00', '08:00', '08:30', '08:00', '17:45']);
    expect(['25:00', '8:75', 'acht', '8-12'].map(normaliseClockTime)).toEqual(['25:00', '8:75', 'acht', '8-12']);
  });

  it('refuses a file whose content is not what its name says', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    expect(fileContentProblem('bild.png', png)).toBeUndefined();
    expect(fileContentProblem('programm.png', exe)).toMatch(/ist kein PNG-Bild/);
    expect(fileContentProblem('film.mp4', exe)).toMatch(/ist kein MP4-Video/);
    expect(fileContentProblem('untertitel.vtt', new TextEncoder().encode('WEBVTT\n\n'))).toBeUndefined();
    expect(fileContentProblem('notiz.txt', exe)).toBeUndefined();
  });

  it('spells German letters in slugs as German does', () => {
    expect(transliterateGerman('Film über Öffnungszeiten in Gößnitz, ÄRGER, STRAẞE, café')).toBe('Film ueber Oeffnungszeiten in Goessnitz, AeRGER, STRASSE, café');
    expect(Object.keys(GERMAN_TRANSLITERATION).every((letter) => transliterateGerman(letter) === GERMAN_TRANSLITERATION[letter])).toBe(true);
  });

  it('asks Decap’s replace question in German', () => {
    expect(germanConfirmText('portrait.jpg already exists. Do you want to replace it?')).toMatch(/^„portrait\.jpg“ gibt es in diesem Beitrag schon/);
    expect(germanConfirmText('Wirklich löschen?')).toBe('Wirklich löschen?');
  });
});

describe('no silent overwrite', () => {
  it('sees a change, but not a different line ending', () => {
    expect(changedSinceOpened('---\na: 1\n---\n', '---\r\na: 1\r\n---\r\n')).toBe(false);
    expect(changedSinceOpened('---\na: 1\n---\n', '---\na: 2\n---\n')).toBe(true);
    expect(changedSinceOpened('---\na: 1\n---\n', null)).toBe(true);
  });

  it('reads the current file from the local server or the Git host', () => {
    const base = { origin: 'http://localhost:4321', path: 'content/pages/impressum/index.mdx' };
    expect(currentFileRequest({ ...base, local: true, backend: { name: 'github' } })?.url).toBe('http://localhost:4321/decap-api/v1');
    expect(currentFileRequest({ ...base, local: false, backend: { name: 'github', repo: 'thinka/website', branch: 'main' }, token: 't' })?.url).toBe(
      'https://api.github.com/repos/thinka/website/contents/content/pages/impressum/index.mdx?ref=main',
    );
    expect(currentFileRequest({ ...base, local: false, backend: { name: 'gitlab', repo: 'thinka/website' }, token: 't', ref: 'cms/pages/impressum' })?.url).toBe(
      'https://gitlab.com/api/v4/projects/thinka%2Fwebsite/repository/files/content%2Fpages%2Fimpressum%2Findex.mdx/raw?ref=cms%2Fpages%2Fimpressum',
    );
    expect(currentFileRequest({ ...base, local: false, backend: { name: 'github', repo: 'thinka/website' } })).toBeUndefined();
  });
});
