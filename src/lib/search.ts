/** Site search: content types, filter keys, and the page lists of the search page. Pure logic, no Astro, no DOM. */

/** Content types a page is filed under in the search index; each has a label `search.type.<key>` in the UI strings. */
export const SEARCH_TYPES = ['anlaufstelle', 'seite', 'leitlinie', 'team', 'medien'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Pagefind filter keys. Filter values are the German labels, so each language index carries its own. */
export const SEARCH_FILTERS = { type: 'typ', district: 'landkreis' } as const;

/** Folder of the Pagefind bundle below the site root: the search page loads /pagefind/pagefind.js from the site itself. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** URL parameters of the search page: /suche/?q=…&typ=…&landkreis=… */
export const SEARCH_PARAMS = { query: 'q', type: SEARCH_FILTERS.type, district: SEARCH_FILTERS.district } as const;

/** The search page and its lists for browsing without the full-text search (one page per letter, one tree). */
export const SEARCH_PATH = '/suche/';
export const SEARCH_TREE_PATH = '/suche/bereiche/';
const SEARCH_LETTERS_PATH = `${SEARCH_PATH}a-z/`;
export const searchLetterPath = (slug: string): string => `${SEARCH_LETTERS_PATH}${slug}/`;

export interface PageLink {
  title: string;
  path: string;
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export interface TreePage extends PageLink {
  /** Smaller comes first among siblings; ties go by title. */
  order: number;
}

export interface PageNode<T extends TreePage> {
  page: T;
  children: PageNode<T>[];
}

/** The nearest listed ancestor path of a path, e.g. "/standorte/jena/" → "/standorte/". */
function parentPath(path: string, known: Set<string>): string | undefined {
  const parts = path.split('/').filter(Boolean);
  for (let depth = parts.length - 1; depth >= 0; depth -= 1) {
    const candidate = depth === 0 ? '/' : `/${parts.slice(0, depth).join('/')}/`;
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** Pages arranged as the site's tree by their paths (a sitemap for people). Roots are pages without a listed parent. */
export function pageTree<T extends TreePage>(pages: readonly T[]): PageNode<T>[] {
  const known = new Set(pages.map((page) => page.path));
  const nodes = new Map(pages.map((page) => [page.path, { page, children: [] as PageNode<T>[] }]));
  const roots: PageNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.page.path === '/' ? undefined : parentPath(node.page.path, known);
    (parent ? nodes.get(parent)!.children : roots).push(node);
  }
  const sort = (list: PageNode<T>[]) => {
    list.sort((a, b) => a.page.order - b.page.order || collator.compare(a.page.title, b.page.title));
    for (const node of list) sort(node.children);
    return list;
  };
  return sort(roots);
}

/**
 * Listing and image-view pages repeat what their pieces say: kept out of the index and the A–Z list. So do the
 * letters of all Thuringian places (/standorte/orte-a-z/…/), which only point to the district pages, and the district
 * pages themselves (/standorte/kreise/…/): their list of every place would come with every place query (search budget);
 * the finder answers places, and /standorte/ links every district page. So do the search page's own lists of every
 * page (/suche/a-z/…/, /suche/bereiche/).
 */
export function isRepeatingPage(path: string): boolean {
  return (
    /^\/medien\/(?:art|kampagne|jahr|standort)\//.test(path) ||
    /^\/medien\/[^/]+\/bild-\d+\/$/.test(path) ||
    /^\/standorte\/(?:orte-a-z|kreise)\//.test(path) ||
    path.startsWith(SEARCH_LETTERS_PATH) ||
    path === SEARCH_TREE_PATH
  );
}
