/** Main navigation entries and which one a path belongs to. */
import type { UiKey } from '../i18n';

export interface NavItem {
  key: UiKey;
  href: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { key: 'nav.finder', href: '/standorte/' },
  { key: 'nav.about', href: '/ueber-thinka/' },
  { key: 'nav.leitlinien', href: '/leitlinien/' },
  { key: 'nav.team', href: '/team/' },
  { key: 'nav.media', href: '/medien/' },
];

export const ACCESS_NAV: readonly NavItem[] = [
  { key: 'nav.easyLanguage', href: '/leichte-sprache/' },
  { key: 'nav.signLanguage', href: '/gebaerdensprache/' },
];

export const FOOTER_NAV: readonly NavItem[] = [
  { key: 'footer.impressum', href: '/impressum/' },
  { key: 'footer.privacy', href: '/datenschutz/' },
  { key: 'footer.accessibility', href: '/barrierefreiheit/' },
  { key: 'footer.easyLanguage', href: '/leichte-sprache/' },
  { key: 'footer.signLanguage', href: '/gebaerdensprache/' },
  { key: 'footer.funding', href: '/foerderhinweis/' },
];

/** 'page' for the exact page, 'true' for a page inside the section, otherwise undefined. */
export function currentState(itemHref: string, path: string): 'page' | 'true' | undefined {
  const normalised = path.endsWith('/') ? path : `${path}/`;
  if (normalised === itemHref) return 'page';
  if (itemHref !== '/' && normalised.startsWith(itemHref)) return 'true';
  return undefined;
}
