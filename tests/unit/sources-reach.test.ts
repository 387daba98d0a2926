import { describe, expect, it } from 'vitest';
import { COORDINATION_CONTACT, hasContactToSave, hasFullStreet, ownWays, pageWays, reachOf, type ReachStandort } from '../../src/lib/reach';
import { formatPartialDate, isTrusted, partialDateStart, sourceAgeDays, sourceHost, sourcesFor, sourceStand } from '../../src/lib/sources';
import { routePlannerHref } from '../../src/lib/format';
import { standorteSchema } from '../../src/schemas/standorte';

const KYF = { url: 'https://www.kyffhaeuser.de/kyf/index.php/ThINKA_kyf.html', seen: '2026-11' };
const TA = { url: 'https://www.thueringer-allgemeine.de/regionen/artern/x.html', seen: '2026-11', dated: '2021-12' };

describe('sources', () => {
  it('names a source by the host a reader recognises', () => {
    expect(sourceHost(KYF.url)).toBe('kyffhaeuser.de');
    expect(sourceHost('https://nnz-online.de/news/news_lang.php?ArtNr=378314')).toBe('nnz-online.de');
  });

  it('uses the date the source gives, else the date it was read, and says which', () => {
    expect(sourceStand(TA)).toEqual({ date: '2021-12', undated: false });
    expect(sourceStand(KYF)).toEqual({ date: '2026-11', undated: true });
  });

  it('formats a date as precisely as the source gives it', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2021-12')).toBe('Dezember 2021');
    expect(formatPartialDate('2021-12-22')).toBe('22. Dezember 2021');
    expect(formatPartialDate('2021-12', 'en-GB')).toBe('December 2021');
    expect(formatPartialDate('2021', 'fa-IR')).toBe('۲۰۲۱');
  });

  it('counts a source’s age from the first day of its date', () => {
    expect(partialDateStart('2021-12').toISOString()).toBe('2021-12-01T00:00:00.000Z');
    expect(sourceAgeDays(TA, new Date('2022-01-01T10:00:00Z'))).toBe(31);
    expect(sourceAgeDays({ ...KYF, dated: '2026-11-28' }, new Date('2026-11-29T23:00:00Z'))).toBe(1);
  });

  it('finds the sources of one fact and trusts a fact only with a source and no warning', () => {
    const sources = [
      { ...TA, covers: ['adresse'] },
      { ...KYF, covers: ['telefon', 'email'] },
    ];
    expect(sourcesFor(sources, 'telefon').map((source) => source.url)).toEqual([KYF.url]);
    expect(sourcesFor(sources, 'sprechzeiten')).toEqual([]);
    expect(isTrusted([])).toBe(false);
    expect(isTrusted([KYF, TA])).toBe(true);
    expect(isTrusted([KYF, { ...TA, warning: 'widerspruch' }])).toBe(false);
  });

  it('the schema keeps dates as written, accepts YAML numbers and dates, and rejects a source without a public address', () => {
    const base = { name: 'ThINKA Test', place: 'Test', district: 'Gera' };
    const parsed = standorteSchema().parse({
      ...base,
      since: 2019,
      sources: [{ url: 'https://example.org/a', seen: new Date('2026-11-28'), dated: '2021-12', covers: ['traeger'] }],
    });
    expect(parsed.since).toBe('2019');
    expect(parsed.sources[0]).toMatchObject({ seen: '2026-11-28', dated: '2021-12' });
    expect(standorteSchema().safeParse({ ...base, sources: [{ url: 'thinka-facts.md', seen: '2026-11', covers: ['traeger'] }] }).success).toBe(false);
    expect(standorteSchema().safeParse({ ...base, sources: [{ url: 'https://example.org/a', seen: '2026-13', covers: ['traeger'] }] }).success).toBe(false);
    expect(standorteSchema().safeParse({ ...base, sources: [{ url: 'https://example.org/a', seen: '2026-11', covers: [] }] }).success).toBe(false);
  });
});

const office = (extra: Partial<ReachStandort['data']['offices'][number]> = {}) => ({ name: 'Büro', address: { city: 'Ort' }, sources: [], ...extra });
const standort = (id: string, district: string, data: Partial<ReachStandort['data']> = {}): ReachStandort => ({
  id,
  data: { name: `ThINKA ${id}`, district, operator: {}, sources: [], offices: [], outreach: [], ...data },
});

describe('never a dead end', () => {
  const artern = standort('artern', 'Kyffhäuserkreis', {
    offices: [
      office({
        address: { street: 'Einbecker Straße 8', city: 'Artern' },
        phone: '03466 7404457',
        sources: [
          { ...TA, covers: ['adresse'] },
          { ...KYF, covers: ['telefon'] },
        ],
      }),
    ],
  });

  it('offers the location’s own sourced phone and address first', () => {
    const reach = reachOf(artern, [artern]);
    expect(reach.level).toBe('own');
    expect(reach.level === 'own' && reach.ways.map((way) => way.kind)).toEqual(['phone', 'address']);
  });

  it('never offers a fact without a source or with a warning as the way to reach someone', () => {
    const unsourced = standort('x', 'Gera', { offices: [office({ phone: '0365 1234567' })] });
    expect(ownWays(unsourced)).toEqual([]);
    const warned = standort('y', 'Gera', {
      offices: [office({ address: { street: 'Leuchtenburgstraße 10', city: 'Gera' }, sources: [{ ...TA, warning: 'alt', covers: ['adresse'] }] })],
    });
    expect(ownWays(warned)).toEqual([]);
  });

  it('falls back to a sourced public page, then to another Anlaufstelle of the district, then to the coordination office', () => {
    const page = standort('weimar', 'Weimar', { website: 'https://www.thinka.de/wordpress/stutzpunkte/weimar/', sources: [{ ...KYF, covers: ['website'] }] });
    expect(reachOf(page, [page])).toMatchObject({ level: 'page', pages: [{ kind: 'website', url: 'https://www.thinka.de/wordpress/stutzpunkte/weimar/' }] });
    const unsourcedPage = standort('w2', 'Weimar', { website: 'https://example.org/' });
    expect(pageWays(unsourcedPage)).toEqual([]);

    const sondershausen = standort('sondershausen', 'Kyffhäuserkreis');
    const reach = reachOf(sondershausen, [sondershausen, artern, standort('gera', 'Gera')]);
    expect(reach.level).toBe('district');
    expect(reach.level === 'district' && reach.others.map((other) => other.id)).toEqual(['artern']);

    expect(reachOf(standort('sonneberg', 'Sonneberg'), [artern])).toEqual({ level: 'coordination' });
    expect(COORDINATION_CONTACT.sources.length).toBeGreaterThan(0);
  });

  it('offers route and contact card only with something real to go to or save', () => {
    expect(hasFullStreet({ street: 'Magdeburger Allee' })).toBe(false);
    expect(hasFullStreet({ street: 'Magdeburger Allee 114–116' })).toBe(true);
    expect(routePlannerHref({ street: 'Magdeburger Allee', city: 'Erfurt' })).toBeUndefined();
    expect(routePlannerHref({ street: 'Berliner Platz 11', city: 'Erfurt' })).toBe('https://www.openstreetmap.org/directions?to=Berliner%20Platz%2011%2C%20Erfurt');
    expect(hasContactToSave(artern)).toBe(true);
    expect(hasContactToSave(standort('s', 'Sömmerda', { offices: [office({ address: { city: 'Sömmerda' } })] }))).toBe(false);
    expect(hasContactToSave(standort('e', 'Erfurt', { offices: [office({ address: { street: 'Magdeburger Allee', city: 'Erfurt' } })] }))).toBe(false);
  });
});
