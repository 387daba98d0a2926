import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/de.json';
import en from '../../src/i18n/en.json';
import uk from '../../src/i18n/uk.json';
import ru from '../../src/i18n/ru.json';
import ar from '../../src/i18n/ar.json';
import fa from '../../src/i18n/fa.json';
import { translate, translatePlural, uiString, type PluralForms } from '../../src/i18n';
import { TRANSLATED_KEYS } from '../../src/i18n/coverage';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';
import { LANGUAGE_CODES } from '../../src/schemas/fields';
import { CATCHMENT_KINDS, OUTREACH_KINDS, STEP_FREE_VALUES } from '../../src/schemas/standorte';
import { MEDIA_KINDS } from '../../src/schemas/media';

type Entry = string | PluralForms;
const german: Record<string, Entry> = de;
const translations: Record<string, Record<string, Entry>> = { en, uk, ru, ar, fa };
/** Every text of an entry: the string, or each form of a counted text. */
const textsOf = (entry: Entry | undefined): string[] => (entry === undefined ? [] : typeof entry === 'string' ? [entry] : Object.values(entry));
/** The placeholders an entry uses in any of its forms (a form may leave out {count}: Arabic „مركز استشارة واحد“). */
const placeholders = (entry: Entry | undefined) => [...new Set(textsOf(entry).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!)))].sort();

describe('translations', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('de', 'team.since', { date: 'Juli 2021' })).toBe('Bei ThINKA seit Juli 2021');
    expect(translate('de', 'team.since')).toBe('Bei ThINKA seit {date}');
  });

  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(german)) for (const text of textsOf(value)) expect(text.trim(), key).not.toBe('');
  });

  it('names every value an editor can choose', () => {
    const keys = new Set(Object.keys(de));
    const expected = [
      ...LANGUAGE_CODES.map((code) => `language.${code}`),
      ...OUTREACH_KINDS.map((kind) => `standorte.outreachKind.${kind}`),
      ...CATCHMENT_KINDS.map((kind) => `standorte.catchmentKind.${kind}`),
      ...STEP_FREE_VALUES.map((value) => `standorte.stepFree.${value}`),
      ...MEDIA_KINDS.map((kind) => `media.kind.${kind}`),
    ];
    for (const key of expected) expect(keys.has(key), key).toBe(true);
  });
});

describe('UI strings in other languages', () => {
  it('has one file per language of the site', () => {
    expect(Object.keys(translations).sort()).toEqual(LOCALES.filter((locale) => locale !== 'de').sort());
  });

  it('covers the interface of the translated pages', () => {
    expect(TRANSLATED_KEYS.length).toBeGreaterThan(150);
    expect(TRANSLATED_KEYS).toEqual(expect.arrayContaining(['nav.finder', 'finder.searchLabel', 'standorte.call', 'opening.open', 'i18n.germanContent']));
  });

  for (const [locale, dictionary] of Object.entries(translations)) {
    describe(locale, () => {
      it('has every covered key, none empty, and no key German lacks', () => {
        const missing = TRANSLATED_KEYS.filter((key) => textsOf(dictionary[key]).filter((text) => text.trim()).length === 0);
        expect(missing).toEqual([]);
        expect(Object.keys(dictionary).filter((key) => !(key in de))).toEqual([]);
      });

      it('keeps the placeholders of the German strings', () => {
        const different = Object.entries(dictionary)
          .filter(([key, entry]) => JSON.stringify(placeholders(entry)) !== JSON.stringify(placeholders(german[key])))
          .map(([key]) => key);
        expect(different).toEqual([]);
      });

      it('is really translated: most strings differ from German', () => {
        const same = TRANSLATED_KEYS.filter((key) => JSON.stringify(dictionary[key]) === JSON.stringify(german[key]));
        expect(same.length).toBeLessThan(TRANSLATED_KEYS.length / 10);
      });
    });
  }

  it('falls back to German for a string a language does not have', () => {
    expect(en).not.toHaveProperty(['team.title']);
    expect(uiString('en', 'team.title')).toBe(de['team.title']);
    expect(translate('ar', 'team.since', { date: '2021' })).toBe('Bei ThINKA seit 2021');
    expect(translate('en', 'standorte.call', { phone: '03466 7404457' })).toBe('Call: 03466 7404457');
  });

  it('names each language in itself and knows its direction', () => {
    expect(LOCALES.map((locale) => LOCALE_INFO[locale].name)).toEqual(['Deutsch', 'English', 'Українська', 'Русский', 'العربية', 'فارسی']);
    expect(LOCALES.filter((locale) => LOCALE_INFO[locale].dir === 'rtl')).toEqual(['ar', 'fa']);
  });

  it('formats dates in the Gregorian calendar, with Latin digits except Persian digits in Farsi', () => {
    const date = new Date(Date.UTC(2026, 10, 25, 12));
    for (const locale of LOCALES) {
      const text = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
      expect(text, locale).toMatch(locale === 'fa' ? /۲۵/ : /25/);
      expect(text, locale).toMatch(locale === 'fa' ? /۲۰۲۶/ : /2026/);
    }
  });
});

describe('right-to-left punctuation and digits', () => {
  it('keeps the final punctuation of an Arabic or Farsi sentence at its end after a Latin word or number (right-to-left mark)', () => {
    for (const [locale, dictionary] of [
      ['ar', ar],
      ['fa', fa],
    ] as const) {
      const texts = Object.entries(dictionary as Record<string, Entry>).flatMap(([key, entry]) => textsOf(entry).map((text) => [key, text] as const));
      const loose = texts.filter(([, text]) => /[A-Za-z0-9}][.:!?؟]$/.test(text) && !text.endsWith('e.V.'));
      expect(loose.map(([key]) => `${locale}: ${key}`)).toEqual([]);
    }
  });

  it('writes dates in Persian digits for Farsi and Latin digits elsewhere', () => {
    const date = new Date('2026-11-29T12:00:00Z');
    expect(new Intl.DateTimeFormat(LOCALE_INFO.fa.intl, { year: 'numeric' }).format(date)).toBe('۲۰۲۶');
    expect(new Intl.DateTimeFormat(LOCALE_INFO.ar.intl, { year: 'numeric' }).format(date)).toBe('2026');
  });

  it('writes counts in Persian digits for Farsi and Latin digits elsewhere; strings such as postcodes stay as written', () => {
    expect(translatePlural('fa', 'standorte.count', 21)).toContain('۲۱');
    expect(translatePlural('fa', 'standorte.count', 21)).not.toMatch(/[0-9]/);
    for (const locale of ['de', 'en', 'uk', 'ru', 'ar'] as const) expect(translatePlural(locale, 'standorte.count', 21), locale).toContain('21');
    expect(translate('fa', 'finder.outsidePostcode', { postcode: '06556' })).toContain('06556');
    expect(fa['finder.count.found'].one).not.toMatch(/[0-9]/);
  });
});

describe('counted texts (Intl.PluralRules)', () => {
  const all: Record<string, Record<string, Entry>> = { de: german, ...translations };
  const countedKeys = Object.keys(german).filter((key) => typeof german[key] !== 'string');

  it('are counted in every language that has them, with an "other" form and only the categories the language knows', () => {
    expect(countedKeys).toEqual(expect.arrayContaining(['standorte.count', 'finder.count.found', 'finder.count.sorted', 'media.count']));
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(LOCALE_INFO[locale].intl).resolvedOptions().pluralCategories as string[];
      for (const key of countedKeys) {
        const entry = all[locale]![key];
        if (entry === undefined) continue;
        expect(typeof entry, `${locale}: ${key}`).toBe('object');
        expect(Object.keys(entry), `${locale}: ${key}`).toContain('other');
        for (const category of Object.keys(entry)) expect(categories, `${locale}: ${key}.${category}`).toContain(category);
      }
    }
  });

  it('choose the German and English form for one and for more', () => {
    expect(translatePlural('de', 'standorte.count', 1)).toBe('1 Anlaufstelle');
    expect(translatePlural('de', 'standorte.count', 22)).toBe('22 Anlaufstellen');
    expect(translatePlural('de', 'media.count', 1)).toBe('1 Beitrag');
    expect(translatePlural('de', 'finder.count.found', 2, { query: 'Jena' })).toBe('2 Anlaufstellen gefunden für „Jena“.');
    expect(translatePlural('en', 'finder.count.found', 1, { query: 'Jena' })).toBe('1 advice centre found for “Jena”.');
    expect(translatePlural('en', 'standorte.count', 2)).toBe('2 advice centres');
  });

  it('choose the Russian and Ukrainian forms for 1, 2, 5 and 21', () => {
    expect([1, 2, 5, 21].map((count) => translatePlural('ru', 'standorte.count', count))).toEqual([
      '1 консультационный пункт',
      '2 консультационных пункта',
      '5 консультационных пунктов',
      '21 консультационный пункт',
    ]);
    expect([1, 2, 5, 21].map((count) => translatePlural('uk', 'standorte.count', count))).toEqual([
      '1 консультаційний пункт',
      '2 консультаційні пункти',
      '5 консультаційних пунктів',
      '21 консультаційний пункт',
    ]);
    expect(translatePlural('ru', 'finder.count.found', 3, { query: 'Йена' })).toBe('Найдено 3 консультационных пункта для «Йена».');
  });

  it('choose the Arabic forms for 0, 1, 2, 3, 11 and 100, with the Latin digits the Arabic pages use', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => translatePlural('ar', 'standorte.count', count))).toEqual([
      'لا توجد مراكز استشارة',
      'مركز استشارة واحد',
      'مركزا استشارة',
      '3 مراكز استشارة',
      '11 مركز استشارة',
      '100 مركز استشارة',
    ]);
  });

  it('write the count in Persian digits in Farsi, with the noun in the singular as Farsi does after numbers', () => {
    expect(translatePlural('fa', 'standorte.count', 1)).toBe('۱ مرکز مشاوره');
    expect(translatePlural('fa', 'standorte.count', 22)).toBe('۲۲ مرکز مشاوره');
    expect(translatePlural('fa', 'finder.count.found', 5, { query: 'ینا' })).toBe('۵ مرکز مشاوره برای «ینا» پیدا شد.');
  });
});
