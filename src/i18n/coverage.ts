/**
 * The UI strings of the pages that exist in every language (start page, finder, location and place pages,
 * Leitlinien, header and footer). Every translation file must have all of them (tests/unit/i18n.test.ts);
 * other keys may be missing and then fall back to German.
 */
import de from './de.json' with { type: 'json' };

export const TRANSLATED_KEY_GROUPS = [
  'site.',
  'skipLink.',
  'print.',
  'i18n.',
  'nav.',
  'breadcrumbs.',
  'footer.',
  'funding.',
  'home.',
  'leitlinien.',
  'standorte.',
  'finder.',
  'area.',
  'place.',
  'weekday.',
  'hours.',
  'weekdayShort.',
  'opening.',
  'holiday.',
  'language.',
  'media.kind.',
  'search.type.',
  'search.headerLabel',
  'search.submit',
  'search.toggle',
] as const;

export const TRANSLATED_KEYS = Object.keys(de).filter((key) => TRANSLATED_KEY_GROUPS.some((group) => key === group || key.startsWith(group))) as Array<keyof typeof de>;
