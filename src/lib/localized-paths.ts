/**
 * Addresses of the same page in other languages. German pages have no prefix ("/standorte/artern/"); the
 * translated interface lives under "/en/standorte/artern/" and so on. Pure logic, no Astro.
 */
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES, isLocale, type Locale } from '../i18n/locales';

/**
 * Pages that exist in every language: the start page and these sections with their pages – the finder with each
 * location, and in it each place page (orte/), district page (kreise/) and letter of all places (orte-a-z/); the
 * Leitlinien. Their interface is translated; content without a translation is shown in German.
 * The routes in src/pages/[locale]/ mirror this list (tests/unit/localized-paths.test.ts compares both).
 */
export const TRANSLATED_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  standorte: ['orte', 'kreise', 'orte-a-z'],
  leitlinien: [],
};

const PAGE_SEGMENT = '[a-z0-9-]+\\/';
/** A section's index and its pages; a subsection only with a page of it (/standorte/orte/ alone is no page). */
function sectionPattern([section, subsections]: [string, readonly string[]]): string {
  if (subsections.length === 0) return `${section}\\/(?:${PAGE_SEGMENT})?`;
  const names = subsections.join('|');
  return `${section}\\/(?:(?:${names})\\/${PAGE_SEGMENT}|(?!(?:${names})\\/)${PAGE_SEGMENT})?`;
}
const TRANSLATED_PAGE = new RegExp(`^\\/(?:${Object.entries(TRANSLATED_SECTIONS).map(sectionPattern).join('|')})?$`);

/** The optional language prefix of an address as a pattern: "(?:/(?:en|uk|…))?". */
export const LOCALE_PREFIX_PATTERN = `(?:\\/(?:${TRANSLATED_LOCALES.join('|')}))?`;

/** "/standorte/artern/" in a language: "/en/standorte/artern/"; German keeps the path as it is. */
export function localizedPath(locale: Locale, basePath: string): string {
  return locale === DEFAULT_LOCALE ? basePath : `/${locale}${basePath}`;
}

/** The language of an address and the address without its language prefix. */
export function splitLocalePath(path: string): { locale: Locale; basePath: string } {
  const [, first, ...rest] = path.split('/');
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, basePath: `/${rest.join('/')}` };
  return { locale: DEFAULT_LOCALE, basePath: path };
}

/** Whether a (German) page path also exists in the other languages. */
export const isTranslatedPage = (basePath: string): boolean => TRANSLATED_PAGE.test(basePath);

/** The page itself if it is translated, else its nearest translated ancestor; at least the start page. */
export function closestTranslatedPage(basePath: string): string {
  const segments = basePath.split('/').filter(Boolean);
  for (let depth = segments.length; depth > 0; depth -= 1) {
    const candidate = `/${segments.slice(0, depth).join('/')}/`;
    if (isTranslatedPage(candidate)) return candidate;
  }
  return '/';
}

export interface LanguageLink {
  locale: Locale;
  href: string;
  /** The same page in that language; false when the link leads to the closest translated page instead. */
  samePage: boolean;
  current: boolean;
}

/** One link per language for the language switch, in the order of LOCALES. */
export function languageLinks(basePath: string, current: Locale): LanguageLink[] {
  const translated = isTranslatedPage(basePath);
  const target = closestTranslatedPage(basePath);
  return LOCALES.map((locale) => {
    const samePage = locale === DEFAULT_LOCALE || translated;
    return { locale, href: localizedPath(locale, samePage ? basePath : target), samePage, current: locale === current };
  });
}

/** <link rel="alternate" hreflang> entries for a page that exists in several languages, plus x-default (German). */
export function alternateLinks(basePath: string): Array<{ hreflang: string; href: string }> {
  if (!isTranslatedPage(basePath)) return [];
  return [...LOCALES.map((locale) => ({ hreflang: locale, href: localizedPath(locale, basePath) })), { hreflang: 'x-default', href: localizedPath(DEFAULT_LOCALE, basePath) }];
}

export interface LinkTarget {
  href: string;
  /** The target exists only in German although the link is on a page in another language. */
  germanOnly: boolean;
  hreflang?: string;
}

/** Where a link to a (German) page path leads from a page in `locale`: the translation if there is one, else German. */
export function linkTarget(locale: Locale, basePath: string): LinkTarget {
  if (locale === DEFAULT_LOCALE || isTranslatedPage(basePath.split('#')[0]!)) return { href: localizedPath(locale, basePath), germanOnly: false };
  return { href: basePath, germanOnly: true, hreflang: DEFAULT_LOCALE };
}
