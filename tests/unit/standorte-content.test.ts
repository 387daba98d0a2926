/**
 * The iron rule over the real content: every fact a location page shows has a public source with a date,
 * no content file cites a file of the team, and every location offers a way to reach a person.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reachOf } from '../../src/lib/reach';
import { sourcesFor, type CoveringSource } from '../../src/lib/sources';
import { standorteSchema, type StandortData } from '../../src/schemas/standorte';

const DIR = join(process.cwd(), 'content/standorte');
const files = readdirSync(DIR).filter((file) => file.endsWith('.mdx'));
const raw = (file: string) => readFileSync(join(DIR, file), 'utf8');
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as unknown;
const standorte = files.map((file) => ({ id: file.replace(/\.mdx$/, ''), data: standorteSchema().parse(frontMatter(raw(file))) }));

/** Every fact the page shows, with the sources that back it. */
function shownFacts(data: StandortData): Array<{ fact: string; sources: CoveringSource[] }> {
  const facts: Array<{ fact: string; sources: CoveringSource[] }> = [];
  const top = (fact: Parameters<typeof sourcesFor>[1]) => sourcesFor(data.sources, fact);
  if (data.operator.name || data.operator.url) facts.push({ fact: 'Träger', sources: top('traeger') });
  if (data.since) facts.push({ fact: 'Besteht seit', sources: top('seit') });
  if (data.website) facts.push({ fact: 'Website', sources: top('website') });
  if (data.languages.length > 0) facts.push({ fact: 'Sprachen', sources: top('sprachen') });
  if (data.catchment.length > 0) facts.push({ fact: 'Zuständig für', sources: top('zustaendig') });
  for (const office of data.offices) {
    const of = (fact: Parameters<typeof sourcesFor>[1]) => sourcesFor(office.sources, fact);
    facts.push({ fact: `${office.name}: Adresse`, sources: of('adresse') });
    if (office.phone) facts.push({ fact: `${office.name}: Telefon`, sources: of('telefon') });
    if (office.email) facts.push({ fact: `${office.name}: E-Mail`, sources: of('email') });
    if (office.hours.length > 0) facts.push({ fact: `${office.name}: Sprechzeiten`, sources: of('sprechzeiten') });
    if (office.accessibility.stepFree || office.accessibility.notes) facts.push({ fact: `${office.name}: Zugang`, sources: of('zugang') });
    if (office.transit) facts.push({ fact: `${office.name}: Anfahrt`, sources: of('anfahrt') });
  }
  for (const place of data.outreach) {
    const of = (fact: Parameters<typeof sourcesFor>[1]) => sourcesFor(place.sources, fact);
    if (place.address) facts.push({ fact: `${place.name}: Ort`, sources: of('ort') });
    if (place.hours.length > 0) facts.push({ fact: `${place.name}: Sprechzeiten`, sources: of('sprechzeiten') });
    if (place.note) facts.push({ fact: `${place.name}: Hinweis`, sources: of('hinweis') });
  }
  return facts;
}

/**
 * Locations where no own contact, no sourced public page and no other Anlaufstelle of the district is known:
 * their page points to the coordination office. A location that lands here must be looked at by staff first.
 */
const LAST_RESORT = ['schmalkalden-meiningen', 'sonneberg'];

describe('content/standorte', () => {
  it('offers every location a way to reach a person; only the known gaps fall back to the coordination office', () => {
    const levels = Object.fromEntries(standorte.map((standort) => [standort.id, reachOf(standort, standorte).level]));
    expect(
      Object.keys(levels)
        .filter((id) => levels[id] === 'coordination')
        .sort(),
    ).toEqual(LAST_RESORT);
    expect(levels.artern).toBe('own');
    expect(levels.sondershausen).toBe('district');
  });

  it('has the locations the sources name, including the new ones', () => {
    expect(files.length).toBeGreaterThanOrEqual(22);
    expect(standorte.map((standort) => standort.id)).toEqual(expect.arrayContaining(['bad-frankenhausen-an-der-schmuecke', 'bleicherode-sollstedt', 'nordhausen']));
  });

  for (const { id, data } of standorte) {
    describe(id, () => {
      it('backs every shown fact with a public source and the date it was read', () => {
        const unsourced = shownFacts(data)
          .filter((entry) => entry.sources.length === 0)
          .map((entry) => entry.fact);
        expect(unsourced).toEqual([]);
      });

      it('cites only public web addresses, never a file of the team', () => {
        const text = raw(`${id}.mdx`);
        expect(text).not.toMatch(/thinka-facts|standorte-sources|language-review|\.\.\/shared|\.md\b/i);
        const all = [
          ...data.sources,
          ...data.offices.flatMap((o) => o.sources),
          ...data.outreach.flatMap((o) => o.sources),
          ...data.changes.map((c) => c.source),
          ...data.facts.map((f) => f.source),
        ];
        for (const source of all) expect(source.url, id).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      });

      it('offers a route only to a full street address', () => {
        for (const office of data.offices) if (office.address.street) expect(office.address.street, office.name).toMatch(/\d/);
      });
    });
  }
});
