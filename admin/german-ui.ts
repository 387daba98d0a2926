/**
 * Everything editors read in the CMS in German: Decap's German texts where they are missing or
 * misleading, its one hard-coded English question, and German slugs (ä → ae, not a).
 */
import CMS from 'decap-cms-app';
import diacritics from 'diacritics';
import { GERMAN_TEXTS, GERMAN_TRANSLITERATION, germanConfirmText } from './german-texts';

type Phrases = { [key: string]: string | Phrases };

const mergeInto = (target: Phrases, source: Phrases): Phrases => {
  for (const [key, value] of Object.entries(source)) {
    target[key] = typeof value === 'string' ? value : mergeInto(typeof target[key] === 'object' ? target[key] : {}, value);
  }
  return target;
};

/**
 * Decap's list items have icon-only buttons without a name (collapse, move, remove); screen readers
 * and voice control need one. Named as they appear, since Decap offers no option for it.
 */
function nameListItemButtons(root: ParentNode): void {
  // Each item's top bar is [collapse button] [drag handle] [remove button]; the handle is the marked one.
  for (const handle of root.querySelectorAll('[aria-roledescription="sortable"]:not([aria-label])')) {
    handle.setAttribute('aria-label', 'Eintrag verschieben (ziehen)');
    const [before, after] = [handle.previousElementSibling, handle.nextElementSibling];
    if (before?.tagName === 'BUTTON' && !before.getAttribute('aria-label')) before.setAttribute('aria-label', 'Eintrag auf- oder zuklappen');
    if (after?.tagName === 'BUTTON' && !after.getAttribute('aria-label')) after.setAttribute('aria-label', 'Eintrag entfernen');
  }
}

export function useGermanUi(): void {
  new MutationObserver(() => nameListItemButtons(document)).observe(document.body, { childList: true, subtree: true });
  const german = (CMS.getLocale('de') ?? {}) as Phrases;
  CMS.registerLocale('de', mergeInto(structuredClone(german), GERMAN_TEXTS));
  // The slug cleaner reads this shared table; ä → ae gives „film-ueber-…“ as German readers expect.
  Object.assign(diacritics.diacriticsMap, GERMAN_TRANSLITERATION);
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(germanConfirmText(String(message ?? '')));
}
