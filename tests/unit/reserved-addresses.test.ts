import { describe, expect, it } from 'vitest';
import { reservedAddressProblem, reservedSegments } from '../../src/lib/reserved-addresses';

describe('reserved addresses', () => {
  const reserved = reservedSegments(
    ['404.astro', '[...slug].astro', '[locale]', 'admin', 'index.astro', 'standorte', 'suche.astro', 'robots.txt.ts'],
    ['favicon.svg', 'media'],
    ['en', 'uk'],
  );

  it('refuses content pages at addresses of the site itself', () => {
    expect(reservedAddressProblem('standorte', reserved)).toMatch(/^ergibt die Adresse \/standorte\/, die die Website selbst verwendet/);
    expect(reservedAddressProblem('suche', reserved)).toMatch(/\/suche\//);
    expect(reservedAddressProblem('admin/hilfe', reserved)).toMatch(/\/admin\/hilfe\//);
    expect(reservedAddressProblem('en/impressum', reserved)).toBeDefined();
    expect(reservedAddressProblem('media', reserved)).toBeDefined();
    expect(reservedAddressProblem('robots.txt', reserved)).toBeDefined();
    expect(reservedAddressProblem('', reserved)).toMatch(/Startseite/);
  });

  it('accepts the pages the site has', () => {
    for (const id of ['impressum', 'datenschutz', 'leichte-sprache', 'leichte-sprache/anlaufstelle', 'ueber-thinka', 'standort-info', 'index-seite']) {
      expect(reservedAddressProblem(id, reserved), id).toBeUndefined();
    }
  });
});
