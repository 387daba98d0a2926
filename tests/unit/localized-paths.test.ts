import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import {
  alternateLinks,
  closestTranslatedPage,
  isTranslatedPage,
  TRANSLATED_SECTIONS,
  languageLinks,
  linkTarget,
  localizedPath,
  splitLocalePath,
} from '../../src/lib/localized-paths';
import { langAttributes, localizedText } from '../../src/lib/translation';

describe('localized addresses', () => {
  it('lists exactly the sections whose routes exist in every language (src/pages/[locale]/)', () => {
    const folders = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    const routes = 'src/pages/[locale]';
    expect(folders(routes)).toEqual(Object.keys(TRANSLATED_SECTIONS).sort());
    for (const [section, subsections] of Object.entries(TRANSLATED_SECTIONS)) expect(folders(`${routes}/${section}`), section).toEqual([...subsections].sort());
  });

  it('puts the language in front, except for German', () => {
    expect(localizedPath('de', '/standorte/artern/')).toBe('/standorte/artern/');
    expect(localizedPath('ar', '/standorte/artern/')).toBe('/ar/standorte/artern/');
    expect(localizedPath('en', '/')).toBe('/en/');
  });

  it('reads the language back from an address', () => {
    expect(splitLocalePath('/fa/standorte/orte/koelleda/')).toEqual({ locale: 'fa', basePath: '/standorte/orte/koelleda/' });
    expect(splitLocalePath('/en/')).toEqual({ locale: 'en', basePath: '/' });
    expect(splitLocalePath('/de/')).toEqual({ locale: 'de', basePath: '/de/' });
    expect(splitLocalePath('/entwurf/')).toEqual({ locale: 'de', basePath: '/entwurf/' });
  });

  it('knows which pages exist in every language', () => {
    for (const path of [
      '/',
      '/standorte/',
      '/standorte/artern/',
      '/standorte/orte/koelleda/',
      '/standorte/kreise/gotha/',
      '/standorte/orte-a-z/k/',
      '/leitlinien/',
      '/leitlinien/aktivierung/',
    ]) {
      expect(isTranslatedPage(path), path).toBe(true);
    }
    for (const path of [
      '/impressum/',
      '/ueber-thinka/',
      '/medien/',
      '/team/mediengestaltung/',
      '/leichte-sprache/',
      '/standorte/artern.vcf',
      '/standorte/kreise/',
      '/standorte/orte-a-z/',
    ]) {
      expect(isTranslatedPage(path), path).toBe(false);
    }
  });

  it('falls back to the nearest translated page, at least the start page', () => {
    expect(closestTranslatedPage('/standorte/artern/')).toBe('/standorte/artern/');
    expect(closestTranslatedPage('/ueber-thinka/konzept-und-ziele/')).toBe('/');
    expect(closestTranslatedPage('/impressum/')).toBe('/');
  });
});

describe('the language switch', () => {
  it('keeps the visitor on the same page where it is translated', () => {
    const links = languageLinks('/standorte/artern/', 'de');
    expect(links.map((link) => link.locale)).toEqual([...LOCALES]);
    expect(links.find((link) => link.locale === 'en')).toEqual({ locale: 'en', href: '/en/standorte/artern/', samePage: true, current: false });
    expect(links.find((link) => link.locale === 'de')?.current).toBe(true);
  });

  it('leads to the start page of the language where the page is German only', () => {
    const links = languageLinks('/impressum/', 'de');
    expect(links.find((link) => link.locale === 'uk')).toEqual({ locale: 'uk', href: '/uk/', samePage: false, current: false });
    expect(links.find((link) => link.locale === 'de')).toMatchObject({ href: '/impressum/', samePage: true });
  });

  it('lists alternates with x-default only for translated pages', () => {
    expect(alternateLinks('/impressum/')).toEqual([]);
    const alternates = alternateLinks('/leitlinien/');
    expect(alternates).toHaveLength(LOCALES.length + 1);
    expect(alternates).toContainEqual({ hreflang: 'x-default', href: '/leitlinien/' });
    expect(alternates).toContainEqual({ hreflang: 'ar', href: '/ar/leitlinien/' });
  });
});

describe('links between pages of different languages', () => {
  it('stays in the language where it can, else marks the German target', () => {
    expect(linkTarget('en', '/standorte/')).toEqual({ href: '/en/standorte/', germanOnly: false });
    expect(linkTarget('en', '/impressum/')).toEqual({ href: '/impressum/', germanOnly: true, hreflang: 'de' });
    expect(linkTarget('de', '/impressum/')).toEqual({ href: '/impressum/', germanOnly: false });
    expect(linkTarget('ru', '/ueber-thinka/#die-koordinierungsstelle-in-jena')).toMatchObject({ germanOnly: true });
  });
});

describe('translated content', () => {
  it('uses the translation when it has text, else German marked as German', () => {
    expect(localizedText('Activation', 'Aktivierung', 'en')).toEqual({ text: 'Activation', lang: 'en' });
    expect(localizedText('  ', 'Aktivierung', 'en')).toEqual({ text: 'Aktivierung', lang: 'de' });
    expect(localizedText(undefined, 'Aktivierung', 'fa')).toEqual({ text: 'Aktivierung', lang: 'de' });
    expect(localizedText('Activation', 'Aktivierung', 'de')).toEqual({ text: 'Aktivierung', lang: 'de' });
  });

  it('marks German inside a right-to-left page with lang and dir', () => {
    const dir = (locale: string) => (locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
    expect(langAttributes('de', 'ar', dir)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(langAttributes('de', 'en', dir)).toEqual({ lang: 'de' });
    expect(langAttributes('en', 'en', dir)).toEqual({});
  });
});
