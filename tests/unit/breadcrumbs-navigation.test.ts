import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../src/lib/breadcrumbs';
import { currentState, FOOTER_NAV, MAIN_NAV } from '../../src/lib/navigation';

describe('breadcrumbTrail', () => {
  const titles = new Map([
    ['/ueber-thinka/', 'Über ThINKA'],
    ['/ueber-thinka/konzept-und-ziele/', 'Konzept und Ziele'],
  ]);

  it('lists the start page, every known ancestor and the page itself', () => {
    expect(breadcrumbTrail('/ueber-thinka/konzept-und-ziele/', titles, 'Startseite')).toEqual([
      { label: 'Startseite', href: '/' },
      { label: 'Über ThINKA', href: '/ueber-thinka/' },
      { label: 'Konzept und Ziele', href: '/ueber-thinka/konzept-und-ziele/' },
    ]);
  });

  it('skips path segments without a page', () => {
    expect(breadcrumbTrail('/ohne/ueber-thinka/', new Map([['/ohne/ueber-thinka/', 'X']]), 'Start')).toEqual([
      { label: 'Start', href: '/' },
      { label: 'X', href: '/ohne/ueber-thinka/' },
    ]);
  });

  it('is only the start page for "/"', () => {
    expect(breadcrumbTrail('/', titles, 'Startseite')).toHaveLength(1);
  });
});

describe('navigation', () => {
  it('marks the exact page and the section it belongs to', () => {
    expect(currentState('/standorte/', '/standorte/')).toBe('page');
    expect(currentState('/standorte/', '/standorte/artern/')).toBe('true');
    expect(currentState('/standorte/', '/standorte')).toBe('page');
    expect(currentState('/team/', '/standorte/')).toBeUndefined();
  });

  it('links the legal and accessibility pages from the footer', () => {
    expect(FOOTER_NAV.map((item) => item.href)).toEqual(expect.arrayContaining(['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/leichte-sprache/', '/gebaerdensprache/']));
    expect(MAIN_NAV[0]?.href).toBe('/standorte/');
  });
});
