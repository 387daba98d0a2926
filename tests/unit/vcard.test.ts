import { describe, expect, it } from 'vitest';
import { escapeVCardText, foldVCardLine, standortVCard } from '../../src/lib/vcard';

describe('standortVCard', () => {
  it('holds exactly the known facts, with CRLF line ends', () => {
    const card = standortVCard({
      name: 'ThINKA Artern',
      url: 'https://thinka.de/standorte/artern/',
      offices: [{ name: 'Büro Artern', address: { street: 'Einbecker Str. 6', postcode: '06556', city: 'Artern' }, phone: '03466 7404457' }],
    });
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolded, as a reader sees it.
    expect(card.replace(/\r\n /g, '').split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:ThINKA Artern;;;;',
      'FN:ThINKA Artern',
      'ORG:ThINKA Artern',
      'X-ABShowAs:COMPANY',
      'ADR;TYPE=WORK:;Büro Artern;Einbecker Str. 6;Artern;Thüringen;06556;Deutschland',
      'TEL;TYPE=WORK,VOICE:+4934667404457',
      'URL:https://thinka.de/standorte/artern/',
      'END:VCARD',
      '',
    ]);
    expect(card).not.toMatch(/EMAIL|NOTE/);
  });

  it('adds e-mail and operator when known, each phone and e-mail once', () => {
    const card = standortVCard({
      name: 'ThINKA Test',
      operator: 'Verein; Beispiel, e. V.',
      url: 'https://thinka.de/standorte/test/',
      offices: [
        { name: 'A', address: { city: 'Jena' }, phone: '03641 123', email: 'a@example.org' },
        { name: 'B', address: { city: 'Jena' }, phone: '03641 123', email: 'a@example.org' },
      ],
    });
    expect(card.match(/^TEL/gm)).toHaveLength(1);
    expect(card.match(/^EMAIL/gm)).toHaveLength(1);
    expect(card).toContain('NOTE:Träger: Verein\\; Beispiel\\, e. V.');
    expect(card).toContain('ADR;TYPE=WORK:;A;;Jena;Thüringen;;Deutschland');
  });
});

describe('escaping and folding', () => {
  it('escapes the special characters of text values', () => {
    expect(escapeVCardText('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
  });

  it('folds long lines at 75 octets without splitting umlauts', () => {
    const line = `NOTE:${'ü'.repeat(80)}`;
    const folded = foldVCardLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});
