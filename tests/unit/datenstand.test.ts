import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellText, datenstand, datenstandHtml, datenstandMarkdown, datenstandSummary, type ReportStandort } from '../../src/lib/datenstand';
import { report } from '../../scripts/datenstand-report';

const TODAY = new Date('2026-11-29T12:00:00Z');
const src = (covers: string[], extra: Record<string, string> = {}) => ({ url: 'https://example.org/quelle', seen: '2026-11', covers, ...extra });
const standort = (id: string, data: Partial<ReportStandort['data']> = {}): ReportStandort => ({
  id,
  data: { name: `ThINKA ${id}`, district: 'Kyffhäuserkreis', operator: {}, sources: [], offices: [], outreach: [], catchment: [], ...data },
});

describe('Datenstand', () => {
  const artern = standort('artern', {
    catchment: [{}],
    sources: [src(['zustaendig'])],
    offices: [
      {
        name: 'Büro',
        address: { street: 'Einbecker Straße 8', city: 'Artern' },
        phone: '03466 7404457',
        hours: [],
        sources: [src(['adresse'], { dated: '2021-12' }), src(['telefon'])],
      },
    ],
  });
  const gera = standort('gera', {
    district: 'Gera',
    operator: { name: 'OTEGAU GmbH' },
    offices: [{ name: 'Infopoint', address: { street: 'Leuchtenburgstraße 10', city: 'Gera' }, hours: [], sources: [src(['adresse'], { dated: '2022', warning: 'alt' })] }],
  });
  const confirmed = standort('bestaetigt', {
    district: 'Jena',
    checkedAt: new Date('2026-10-01'),
    offices: [{ name: 'Büro', address: { street: 'Weg 1', city: 'Jena' }, email: 'a@example.org', hours: [], sources: [] }],
  });

  it('says per fact: confirmed with date, only sourced, warned, shown without source, or missing, and what is too old', () => {
    const rows = datenstand([artern, gera, confirmed], TODAY, 365);
    const row = (id: string) => rows.find((entry) => entry.id === id)!;
    expect(row('artern').cells.adresse).toEqual({ status: 'quelle', date: '2021-12', old: true });
    expect(row('artern').cells.telefon).toEqual({ status: 'quelle', date: '2026-11', old: false });
    expect(row('artern').cells.email).toEqual({ status: 'fehlt', old: false });
    expect(row('gera').cells.adresse.status).toBe('warnung');
    expect(row('gera').cells.traeger.status).toBe('ohne-quelle');
    expect(row('bestaetigt').cells.email).toEqual({ status: 'bestaetigt', date: '2026-10-01', old: false });
    expect(cellText(row('artern').cells.adresse)).toBe('nur Quelle, Dezember 2021, älter als Frist');
  });

  it('puts first the locations nobody can be reached at', () => {
    const rows = datenstand([artern, gera, standort('sondershausen')], TODAY, 365);
    expect(rows.map((row) => [row.id, row.reach])).toEqual([
      ['gera', 'coordination'],
      ['sondershausen', 'district'],
      ['artern', 'own'],
    ]);
  });

  it('prints one table row per location, as Markdown and as printable HTML', () => {
    const rows = datenstand([artern, gera], TODAY, 365);
    const markdown = datenstandMarkdown(rows, TODAY, 365);
    expect(markdown.split('\n').filter((line) => line.startsWith('| ThINKA'))).toHaveLength(2);
    const html = datenstandHtml(rows, TODAY, 365);
    expect(html).toContain('@page { size: A4 landscape');
    expect(html.match(/<tr><th scope="row">/g)).toHaveLength(2);
  });

  it('sums up for the build log how many can be reached how, naming those with no way but the coordination office', () => {
    const summary = datenstandSummary(datenstand([artern, gera, standort('sondershausen')], TODAY, 365));
    expect(summary).toBe(
      'Datenstand: 3 Anlaufstellen – eigener Kontakt: 1, nur öffentliche Seite: 0, nur über andere Anlaufstelle im Kreis: 1, nur über Koordinierungsstelle: 1. Zuerst anrufen: ThINKA gera. Tabelle zum Ausdrucken: npm run datenstand',
    );
  });

  it('over the real content: lists every Anlaufstelle', () => {
    const files = readdirSync('content/standorte').filter((file) => file.endsWith('.mdx'));
    const { markdown, count } = report(process.cwd(), TODAY, {});
    expect(count).toBe(files.length);
    for (const file of files) {
      const name = /^name: "(.+)"$/m.exec(readFileSync(`content/standorte/${file}`, 'utf8'))?.[1];
      expect(markdown, file).toContain(`| ${name} |`);
    }
  });
});
