/**
 * Everything editors read in the CMS in German: Decap's German texts where they are missing or
 * misleading, its one hard-coded English question, and German slugs (ä → ae, not a).
 */
import { decapModuleLoader, findModule, type DecapCms } from './decap';
import { GERMAN_TEXTS, germanConfirmText, transliterateGerman } from './german-texts';

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

/** Decap's copy of the diacritics package (its slug cleaner) in the prebuilt bundle, known by its code and table. */
export const DIACRITICS_MARKERS = ['.replace(/[^\\u0000-\\u007e]/g', 'base:"AE"'];

/**
 * ä → ae before Decap's slug cleaner turns ä into a: „film-ueber-…“ as German readers expect. The cleaner is a
 * module Decap does not export, so its one function is wrapped in place. False if the bundle no longer has it.
 */
export function germanSlugs(): boolean {
  const load = decapModuleLoader();
  const id = load && findModule(load.m, DIACRITICS_MARKERS);
  if (!load || !id) return false;
  const exports = load(id);
  const functions = Object.keys(exports).filter((name) => typeof exports[name] === 'function');
  if (functions.length !== 1) return false;
  const name = functions[0]!;
  const remove = exports[name] as (text: string) => string;
  exports[name] = (text: string) => remove(transliterateGerman(text));
  return true;
}

export function useGermanUi(CMS: DecapCms): void {
  new MutationObserver(() => nameListItemButtons(document)).observe(document.body, { childList: true, subtree: true });
  const german = (CMS.getLocale('de') ?? {}) as Phrases;
  CMS.registerLocale('de', mergeInto(structuredClone(german), GERMAN_TEXTS));
  // Found by tests/cms (a page titled „Über …“ is saved as ueber-…); the CMS still works without it.
  if (!germanSlugs()) console.error('ThINKA: Decaps Slug-Bereinigung nicht gefunden – Umlaute in neuen Adressen werden zu a/o/u statt ae/oe/ue.');
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(germanConfirmText(String(message ?? '')));
}
