// Facts about every built page that need no browser, read from dist/ in one pass: language and direction,
// one heading, metadata, where scripts may run, the header search and the access links. What needs a
// browser (axe, console errors, requests, storage) runs once per page in tests/e2e/page-sweep.spec.ts.
import { describe, expect, test } from 'vitest';
import { translate } from '../../src/i18n';
import { LOCALE_INFO } from '../../src/i18n/locales';
import { LOCALE_PREFIX_PATTERN, splitLocalePath } from '../../src/lib/localized-paths';
import { builtPage, sitemapPaths } from '../support/built-site';

const SITE = 'https://thinka.de';
const paths = sitemapPaths();
// Content pages run no JavaScript at all. The one exception: the search page loads its search script (a module).
const ALLOWED_SCRIPTS: Record<string, string[]> = { '/suche/': ['module'] };
/** The finder, the location, municipality and district pages (in every language): the only pages that may carry a script. */
const SCRIPTED_SECTION = new RegExp(`^${LOCALE_PREFIX_PATTERN}\\/standorte\\/(?:[\\w-]+\\/|(?:orte|kreise)\\/[\\w-]+\\/)?$`);

/** The accessible name of a form control from its label element, aria-label or aria-labelledby. */
function labelOf(document: Document, control: Element): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel) return ariaLabel;
  const id = control.getAttribute('id');
  return (id && document.querySelector(`label[for="${id}"]`)?.textContent?.trim()) || '';
}

test('the sitemap lists every page type', () => {
  for (const prefix of ['/', '/team/', '/leitlinien/', '/standorte/', '/medien/', '/ueber-thinka/', '/impressum/', '/suche/']) {
    expect(paths, prefix).toContain(prefix);
  }
  for (const section of ['/team/', '/leitlinien/', '/standorte/', '/medien/', '/ueber-thinka/']) {
    expect(paths.some((path) => path.startsWith(section) && path !== section), `detail page under ${section}`).toBe(true);
  }
});

describe.each(paths)('%s', (path) => {
  const { document } = builtPage(path);
  const { locale } = splitLocalePath(path);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';

  test('language, direction, one heading, a main region and metadata', () => {
    // German without prefix; /en/, /uk/, /ru/, /ar/, /fa/ in their language and direction.
    expect(document.documentElement.getAttribute('lang')).toBe(locale);
    expect(document.documentElement.getAttribute('dir')).toBe(LOCALE_INFO[locale].dir);
    const headings = document.querySelectorAll('h1');
    expect(headings.length).toBe(1);
    expect(headings[0]!.textContent.trim()).not.toBe('');
    expect(document.querySelectorAll('main#inhalt').length).toBe(1);
    expect(document.querySelector('main#inhalt')!.closest('[hidden]')).toBeNull();
    expect(document.title.length).toBeGreaterThan(3);
    expect(meta('meta[name="description"]').length).toBeGreaterThan(20);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(path, SITE).href);
    expect(meta('meta[property="og:title"]')).not.toBe('');
    expect(meta('meta[property="og:description"]')).not.toBe('');
    expect(meta('meta[property="og:url"]')).toBe(new URL(path, SITE).href);
    expect(meta('meta[property="og:type"]')).not.toBe('');
  });

  test('JavaScript only where the finder, a live opening status or the search page needs it', () => {
    const scripts = [...document.querySelectorAll('script')].map((element) => ({ type: element.getAttribute('type'), src: element.getAttribute('src') }));
    const enhanced = document.querySelectorAll('th-finder, th-opening-status').length;
    if (ALLOWED_SCRIPTS[path]) {
      expect(scripts.filter((script) => script.type !== 'application/ld+json' && script.type !== 'application/json').map((script) => script.type)).toEqual(ALLOWED_SCRIPTS[path]);
    } else if (enhanced === 0 || !SCRIPTED_SECTION.test(path)) {
      expect(enhanced, 'finder or opening status outside /standorte/').toBe(0);
      expect(scripts.filter((script) => script.type !== 'application/ld+json')).toEqual([]);
    } else {
      // Same-origin module scripts only; JSON data islands are not executed.
      const executable = scripts.filter((script) => script.type !== 'application/ld+json' && script.type !== 'application/json');
      expect(executable.length).toBeGreaterThan(0);
      for (const script of executable) {
        expect(script.type).toBe('module');
        expect(script.src ?? '').toMatch(/^\/_astro\/[\w.-]+\.js$/);
      }
    }
  });

  test('the header search, and Leichte Sprache, Gebärdensprache and the legal pages linked on the page', () => {
    // Every page has the search entry in the header: a labelled GET form to the search page.
    const forms = document.querySelectorAll('header form[role="search"][action="/suche/"][method="get"]');
    expect(forms.length).toBe(1);
    const field = forms[0]!.querySelector('input[type="search"]');
    expect(field?.getAttribute('name')).toBe('q');
    expect(labelOf(document, field!)).toBe(translate(locale, 'search.headerLabel'));
    expect(forms[0]!.querySelector('button[type="submit"]')?.textContent?.trim()).toBe(translate(locale, 'search.submit'));
    // Leichte Sprache and Gebärdensprache at the top of every page (BITV 2.0 § 4), in every language.
    for (const href of ['/leichte-sprache/', '/gebaerdensprache/']) {
      expect(document.querySelectorAll(`header .th-site-header__access-list a[href="${href}"]`).length, href).toBe(1);
    }
    for (const href of ['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/leichte-sprache/', '/gebaerdensprache/']) {
      expect(document.querySelectorAll(`footer a[href="${href}"]`).length, href).toBe(1);
    }
  });
});

test('the 404 page helps on: a heading, the finder link and no indexing', () => {
  const { document } = builtPage('/404.html');
  expect(document.querySelector('h1')?.textContent?.trim()).toBe('Seite nicht gefunden');
  expect(document.querySelectorAll('main a[href="/standorte/"]').length).toBeGreaterThan(0);
  expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
});

test('a location without known contact says once what is missing instead of inventing it', () => {
  const weimar = builtPage('/standorte/weimar/').document;
  expect(weimar.querySelector('main .th-missing')?.textContent).toContain('Telefon');
  expect(weimar.querySelectorAll('main a[href^="tel:"]').length).toBe(0);
  expect(builtPage('/standorte/artern/').document.querySelectorAll('main a[href="tel:+4934667404457"]').length).toBeGreaterThan(0);
});
