/** Site search: content types and filter keys. Pure logic, no Astro, no DOM. */

/** Content types a page is filed under in the search index; each has a label `search.type.<key>` in the UI strings. */
export const SEARCH_TYPES = ['anlaufstelle', 'seite', 'leitlinie', 'team', 'medien'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Pagefind filter keys. Filter values are the German labels, so each language index carries its own. */
export const SEARCH_FILTERS = { type: 'typ', district: 'landkreis' } as const;

/** Folder of the Pagefind bundle below the site root: the search page loads /pagefind/pagefind.js from the site itself. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** URL parameters of the search page: /suche/?q=…&typ=…&landkreis=… */
export const SEARCH_PARAMS = { query: 'q', type: SEARCH_FILTERS.type, district: SEARCH_FILTERS.district } as const;
