// <thinka-search>: enhances the server-rendered search form of /suche/ with Pagefind (light DOM, no framework).
// Pagefind (/pagefind/pagefind.js, its WebAssembly and index files, all from this site) is imported only when the
// visitor goes to the field (focus, touch) or the page opens with ?q=: it loads while they type. Each keystroke
// fetches the index chunks of the word so far at once (preload), the search itself runs after a short pause.
// Searches stay in the browser; the address bar is kept in step (history.replaceState, nothing is sent) so a search
// can be bookmarked or shared.
import { fillPlaceholders } from '../i18n/placeholders';
import { readScriptTexts } from './script-texts';
import { SEARCH_PARAMS } from '../lib/search';

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
interface PagefindResults {
  results: PagefindResult[];
  unfilteredResultCount: number;
  totalFilters: Record<string, Record<string, number> | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<PagefindResults>;
}

interface Texts {
  loading: string;
  count: string;
  countFiltered: string;
  none: string;
  noneFiltered: string;
  error: string;
  filterCount: string;
  resultDistrict: string;
  districtNames: Record<string, string>;
}

/**
 * Results shown at once (as Pagefind UI); "Weitere Treffer anzeigen" loads the next ones. Each result costs one small
 * request, and a browser sends at most six at a time to one HTTP/1.1 host: five stay within one round trip.
 */
const PAGE_SIZE = 5;
/** Typing searches from this many characters on; submitting the form searches any non-empty term. */
const MIN_LIVE_LENGTH = 2;
const DEBOUNCE_MS = 250;

class ThinkaSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /** The filter index (all types' counts): fetched beside the first search's chunks, not before them. */
  #filtersLoaded: Promise<unknown> | undefined;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #results: PagefindResult[] = [];
  #shown = 0;

  #textsRead: Texts | undefined;
  get #texts(): Texts {
    return (this.#textsRead ??= readScriptTexts<Texts>('search') ?? ({} as Texts));
  }
  #part<T extends Element>(name: string): T {
    const element = this.querySelector<T>(`[data-search-${name}]`);
    if (!element) throw new Error(`thinka-search: [data-search-${name}] fehlt`);
    return element;
  }
  get #form() {
    return this.querySelector('form')!;
  }
  get #input() {
    return this.#part<HTMLInputElement>('input');
  }
  get #status() {
    return this.#part<HTMLElement>('status');
  }
  get #section() {
    return this.#part<HTMLElement>('results');
  }
  get #list() {
    return this.#part<HTMLOListElement>('list');
  }
  get #more() {
    return this.#part<HTMLButtonElement>('more');
  }
  get #typeRadios() {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${SEARCH_PARAMS.type}"]`)];
  }
  get #districtSelect() {
    return this.querySelector<HTMLSelectElement>(`select[name="${SEARCH_PARAMS.district}"]`)!;
  }

  connectedCallback() {
    this.#restoreFromUrl();

    // Whoever goes to the field is about to search: load Pagefind while they type.
    for (const event of ['focus', 'pointerdown'] as const) this.#input.addEventListener(event, () => void this.#load().catch(() => undefined), { once: true });
    this.#input.addEventListener('input', () => {
      void this.#load().catch(() => undefined);
      clearTimeout(this.#timer);
      const query = this.#input.value.trim();
      if (query.length > 0 && query.length < MIN_LIVE_LENGTH) return;
      if (query) void this.#preload(query);
      this.#timer = setTimeout(() => void this.#search(), DEBOUNCE_MS);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#search();
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
      clearTimeout(this.#timer);
      void this.#search();
    });
    this.#more.addEventListener('click', () => void this.#showMore({ moveFocus: true }));

    if (this.#input.value.trim()) void this.#search();
  }

  #restoreFromUrl() {
    const params = new URLSearchParams(window.location.search);
    this.#input.value = params.get(SEARCH_PARAMS.query) ?? '';
    const type = params.get(SEARCH_PARAMS.type);
    const radio = this.#typeRadios.find((candidate) => candidate.value === type);
    if (radio) radio.checked = true;
    const district = params.get(SEARCH_PARAMS.district);
    if (district && [...this.#districtSelect.options].some((option) => option.value === district)) this.#districtSelect.value = district;
  }

  #filters(): Record<string, string> {
    const filters: Record<string, string> = {};
    const type = this.#typeRadios.find((radio) => radio.checked)?.value;
    if (type) filters[this.dataset.filterType!] = type;
    if (this.#districtSelect.value) filters[this.dataset.filterDistrict!] = this.#districtSelect.value;
    return filters;
  }

  /** Keep ?q=…&typ=…&landkreis=… in the address bar, without a request. */
  #updateUrl(query: string) {
    const params = new URLSearchParams();
    if (query) params.set(SEARCH_PARAMS.query, query);
    for (const [key, value] of Object.entries(this.#filters())) params.set(key, value);
    const search = params.toString();
    window.history.replaceState(window.history.state, '', search ? `?${search}` : window.location.pathname);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 24, excerptEllipsis: '…' });
      await pagefind.init();
      // The small filter index, so that every search also reports how many results each type has; each search waits for it.
      this.#filtersLoaded = pagefind.filters();
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  /** Fetch the index chunks for `query` now, during the pause before the search runs; failures show up in the search. */
  async #preload(query: string): Promise<void> {
    try {
      const pagefind = await this.#load();
      await pagefind.preload(query, { filters: this.#filters() });
    } catch {
      // #search reports it.
    }
  }

  async #search() {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    this.#updateUrl(query);
    if (!query) {
      this.#clear();
      return;
    }
    const texts = this.#texts;
    this.#section.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => {
      if (run === this.#run) this.#status.textContent = texts.loading;
    }, 500);
    try {
      const pagefind = await this.#load();
      const filters = this.#filters();
      // The term's chunks and the filter index come in parallel; the counts per type need the whole filter index.
      await Promise.all([this.#filtersLoaded, pagefind.preload(query, { filters })]);
      // Pagefind stems German words, matches word beginnings (Netzwerke → Netzwerkarbeit) and also finds words
      // typed without umlauts or ß (Soemmerda → Sömmerda, Strasse → Straße); the end-to-end tests hold it to that.
      const found = await pagefind.search(query, { filters });
      if (run !== this.#run) return;
      this.#results = found.results;
      this.#shown = 0;
      this.#updateTypeCounts(found);
      await this.#showMore({ run, replace: true });
      if (run !== this.#run) return;
      this.#section.hidden = found.results.length === 0;
      this.#status.textContent = this.#summary(query, found);
    } catch (error) {
      if (run !== this.#run) return;
      console.warn('Suche nicht verfügbar:', error);
      this.#status.textContent = texts.error;
      this.#section.hidden = true;
    } finally {
      clearTimeout(slow);
      if (run === this.#run) this.#section.removeAttribute('aria-busy');
    }
  }

  #summary(query: string, found: PagefindResults): string {
    const texts = this.#texts;
    const count = found.results.length;
    const total = found.unfilteredResultCount;
    const filtered = Object.keys(this.#filters()).length > 0;
    if (count === 0) return filtered && total > 0 ? fillPlaceholders(texts.noneFiltered, { query, total }) : fillPlaceholders(texts.none, { query });
    return filtered ? fillPlaceholders(texts.countFiltered, { count, total, query }) : fillPlaceholders(texts.count, { count, query });
  }

  /** "Anlaufstelle (3)": how many results each type has for this query, whatever is selected. */
  #updateTypeCounts(found: PagefindResults) {
    const counts = found.totalFilters[this.dataset.filterType!] ?? {};
    for (const radio of this.#typeRadios) {
      const label = radio.parentElement?.querySelector<HTMLElement>('[data-label]');
      if (!label) continue;
      const count = radio.value ? (counts[radio.value] ?? 0) : found.unfilteredResultCount;
      label.textContent = fillPlaceholders(this.#texts.filterCount, { label: label.dataset.label ?? '', count });
    }
  }

  async #showMore({ run = this.#run, replace = false, moveFocus = false } = {}) {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((result) => result.data()));
    if (run !== this.#run) return;
    const items = fragments.map((fragment) => this.#item(fragment));
    if (replace) this.#list.replaceChildren(...items);
    else this.#list.append(...items);
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    // After "more", continue where the new results start instead of leaving focus on a vanished button.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  #item(fragment: PagefindFragment): HTMLLIElement {
    const typeKey = this.dataset.filterType!;
    const districtKey = this.dataset.filterDistrict!;
    const item = document.createElement('li');
    item.className = 'th-search-result';
    const heading = document.createElement('h3');
    heading.className = 'th-search-result__title';
    const link = document.createElement('a');
    link.href = fragment.url;
    link.textContent = fragment.meta.title ?? fragment.url;
    heading.append(link);
    const type = fragment.filters[typeKey]?.[0];
    const district = fragment.filters[districtKey]?.[0];
    const kind = document.createElement('p');
    kind.className = 'th-search-result__type';
    kind.textContent = type && district ? fillPlaceholders(this.#texts.resultDistrict, { type, district: this.#texts.districtNames[district] ?? district }) : (type ?? '');
    const excerpt = document.createElement('p');
    excerpt.className = 'th-search-result__excerpt';
    // Pagefind escapes the page text before it wraps the matched words in <mark>.
    excerpt.innerHTML = fragment.excerpt;
    item.append(heading, kind, excerpt);
    return item;
  }

  #clear() {
    this.#results = [];
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#section.hidden = true;
    this.#more.hidden = true;
    this.#status.textContent = '';
    for (const radio of this.#typeRadios) {
      const label = radio.parentElement?.querySelector<HTMLElement>('[data-label]');
      if (label) label.textContent = label.dataset.label ?? '';
    }
  }
}

if (!customElements.get('thinka-search')) customElements.define('thinka-search', ThinkaSearch);
