/**
 * <th-finder>: instant search and distance sorting on top of the server-rendered list of Anlaufstellen.
 * Without this script the page still lists every location by district and every place from A to Z.
 * The Anlaufstellen come from the page itself; the gazetteer of Thuringia (finder-places.ts) is loaded
 * when someone first types. The visitor's position is used on this device only.
 */
import type { MatchLine } from '../lib/finder-match';
import { fillPlaceholders as fill } from '../i18n/placeholders';
import { formatKm, nearestPoint, sortByDistance, type LatLng } from '../lib/geo';
import type { FinderAnswer, PlaceIndex } from '../lib/place-finder';
import type { FinderData, FinderTexts } from '../data/standorte';
import { pluralText } from '../i18n/plural';
import { countFormat } from '../i18n/intl-formats';
import { readScriptTexts } from './script-texts';

type PlacesModule = typeof import('./finder-places');
let placesModule: Promise<PlacesModule> | undefined;
/** The gazetteer and matcher, fetched once, on first use. */
const loadPlaces = () => (placesModule ??= import('./finder-places'));

/** More than there are locations: every match is shown. */
const RESULT_LIMIT = 100;
/** Wait for a pause in typing before the screen reader hears the new count. */
const ANNOUNCE_DELAY_MS = 400;

interface Item {
  id: string;
  line?: MatchLine | undefined;
}

/** Runs work when the browser has nothing else to do (Safari has no requestIdleCallback: soon after). */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 50);
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

class FinderElement extends HTMLElement {
  private data!: FinderData;
  private texts!: FinderTexts;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private resultsSection!: HTMLElement;
  private results!: HTMLElement;
  private overview!: HTMLElement;
  private sortButton: HTMLButtonElement | null = null;
  private cards = new Map<string, HTMLElement>();
  private order: string[] = [];
  private origin: LatLng | undefined;
  private announceTimer: number | undefined;
  private notice!: HTMLElement;
  private others!: HTMLElement;
  private placeIndex: PlaceIndex | undefined;
  /** The place search and its helpers, once loaded (finder-places.ts). */
  private places: PlacesModule | undefined;
  /** Only the answer to the latest keystroke is shown, even if an earlier one finishes later. */
  private sequence = 0;
  /** Municipality page per location and place key, from the embedded catchment index. */
  private pages = new Map<string, string>();
  /** Numbers in the page's digits, created once the data is read. */
  private numbers!: Intl.NumberFormat;
  /** What notices, other places and results show now: a keystroke that changes none of them leaves the page alone. */
  private shown = { notices: '', others: '', results: '' };

  connectedCallback(): void {
    const source = this.querySelector('script[data-finder-data]')?.textContent;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const form = input?.form;
    const status = this.querySelector<HTMLElement>('[data-finder-status]');
    const resultsSection = this.querySelector<HTMLElement>('[data-finder-results-section]');
    const results = this.querySelector<HTMLElement>('[data-finder-results]');
    const overview = this.querySelector<HTMLElement>('[data-finder-overview]');
    const notice = this.querySelector<HTMLElement>('[data-finder-notice]');
    const others = this.querySelector<HTMLElement>('[data-finder-others]');
    if (this.dataset.enhanced || !source || !input || !form || !status || !resultsSection || !results || !overview || !notice || !others) return;
    const texts = readScriptTexts<FinderTexts>('finder');
    if (!texts) return;
    this.dataset.enhanced = 'true';
    this.data = JSON.parse(source) as FinderData;
    this.texts = texts;
    this.numbers = countFormat(this.data.intl);
    this.input = input;
    this.status = status;
    this.resultsSection = resultsSection;
    this.results = results;
    this.overview = overview;
    this.notice = notice;
    this.others = others;
    for (const entry of this.data.index.entries) {
      if (entry.source === 'catchment' && entry.page && entry.kind !== 'postleitzahl') this.pages.set(`${entry.standortId}\u0000${entry.key}`, entry.page);
    }
    for (const card of overview.querySelectorAll<HTMLElement>('[data-standort-id]')) {
      const id = card.dataset.standortId ?? '';
      if (!this.cards.has(id)) this.order.push(id);
      this.cards.set(id, card);
    }
    for (const element of this.querySelectorAll<HTMLElement>('[data-finder-js]')) element.hidden = false;

    input.addEventListener('input', () => void this.update({ reveal: true }));
    // Start fetching the gazetteer as soon as someone is about to type, and build its index while they do not.
    input.addEventListener('focus', () => void loadPlaces().then(() => whenIdle(() => this.prepare())), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.update({ reveal: true });
    });
    this.sortButton = this.querySelector<HTMLButtonElement>('[data-finder-sort]');
    this.sortButton?.addEventListener('click', () => this.toggleDistanceSort());

    const query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      input.value = query;
      void this.update({ reveal: false });
    }
  }

  /** What the first answers would otherwise pay for: the place index and the number formats for kilometres (counts: this.numbers). */
  private prepare(): void {
    void this.ensureIndex();
    // The first Intl.NumberFormat loads locale data: on a slow phone that alone took longer than a keystroke may.
    formatKm(1, this.data.intl);
    formatKm(10, this.data.intl);
  }

  private async ensureIndex(): Promise<boolean> {
    if (this.placeIndex && this.places) return true;
    try {
      const places = await loadPlaces();
      this.placeIndex ??= places.createPlaceIndex(this.data.standorte);
      this.places = places;
      return true;
    } catch {
      // Offline or the chunk failed: try again on the next keystroke; until then the lists below answer.
      placesModule = undefined;
      return false;
    }
  }

  private announce(message: string): void {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.status.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  }

  private showOverview(): void {
    this.resultsSection.hidden = true;
    this.results.replaceChildren();
    this.shown.results = '';
    this.overview.hidden = false;
  }

  /** Sentences above the results; unchanged ones stay in place. */
  private setNotices(texts: readonly string[]): void {
    const id = texts.join('\n');
    if (id === this.shown.notices) return;
    this.shown.notices = id;
    this.notice.replaceChildren(...texts.map((text) => paragraph('th-finder__notice-text', text)));
  }

  private async update({ reveal }: { reveal: boolean }): Promise<void> {
    const query = this.input.value.trim();
    const sequence = ++this.sequence;
    if (!query) {
      this.setNotices([]);
      this.renderOthers([]);
      if (this.origin)
        this.show(
          this.order.map((id) => ({ id })),
          '',
          reveal,
        );
      else {
        this.showOverview();
        this.announce('');
      }
      return;
    }
    const ready = await this.ensureIndex();
    if (sequence !== this.sequence) return;
    if (!ready || !this.placeIndex || !this.places) {
      // The place search could not load (offline): the lists below still answer, with nothing claimed about the query.
      this.showOverview();
      this.announce('');
      return;
    }
    this.render(this.places.answerQuery(this.placeIndex, query), query, reveal, this.places);
  }

  private render(answer: FinderAnswer, query: string, reveal: boolean, places: PlacesModule): void {
    const { searchFinder, describeMatch, describeAnswers, normalizeSearchText } = places;
    const texts = this.texts;
    // Set again below where the answer has them.
    if (answer.kind !== 'answer') {
      this.setNotices([]);
      this.renderOthers([]);
    }
    switch (answer.kind) {
      case 'empty':
        this.showOverview();
        this.announce('');
        return;
      case 'tooShort':
        this.showOverview();
        this.announce(/\d/.test(query) ? texts['finder.tooShort'] : '');
        return;
      case 'state':
        this.showOverview();
        this.announce(texts['finder.state']);
        return;
      case 'outsidePostcode':
        this.showOverview();
        this.announce(fill(texts['finder.outsidePostcode'], { postcode: answer.postcode }, this.numbers));
        return;
      case 'outside':
        this.showOverview();
        this.announce(fill(texts['finder.outside'], { name: answer.name }, this.numbers));
        return;
      case 'unknown': {
        // Not a place: perhaps the name of an Anlaufstelle ("ThINKA Jena") or a term of a catchment.
        const results = searchFinder(this.data.index, query, RESULT_LIMIT);
        if (results.length === 0) {
          this.showOverview();
          this.announce(fill(texts['finder.count.none'], { query }, this.numbers));
          return;
        }
        const items = results.map((result) => ({
          id: result.standortId,
          line: describeMatch(result, this.data.names[result.standortId] ?? '', texts, (district) => this.data.areas[district] ?? district, this.data.placeBase),
        }));
        this.show(items, query, reveal);
        return;
      }
      case 'answer': {
        const described = describeAnswers(answer.answers, {
          texts,
          areaOf: (district) => this.data.areas[district] ?? district,
          pageOf: (id, name) => this.pages.get(`${id}\u0000${normalizeSearchText(name)}`),
          formatKm: (km) => formatKm(km, this.data.intl),
          placeBase: this.data.placeBase,
        });
        this.setNotices(described.notices);
        this.renderOthers(answer.others.map((place) => place.name));
        this.show(
          described.items.map((item) => ({ id: item.standortId, line: item.line })),
          query,
          reveal,
        );
        return;
      }
    }
  }

  /** Other places that fit what was typed, as buttons that search for them. */
  private renderOthers(names: readonly string[]): void {
    const unique = [...new Set(names)];
    const id = unique.join('\n');
    if (id === this.shown.others) return;
    this.shown.others = id;
    this.others.replaceChildren();
    if (unique.length === 0) return;
    this.others.append(paragraph('th-finder__others-label', this.texts['finder.others']));
    const list = document.createElement('ul');
    list.className = 'th-finder__others-list';
    for (const name of unique) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'th-finder__other';
      button.textContent = name;
      button.addEventListener('click', () => {
        this.input.value = name;
        void this.update({ reveal: true });
        this.input.focus();
      });
      item.append(button);
      list.append(item);
    }
    this.others.append(list);
  }

  private show(list: Item[], query: string, reveal: boolean): void {
    const texts = this.texts;
    let items = list;
    const distances = new Map<string, number | undefined>();
    const origin = this.origin;
    if (origin) {
      const sorted = sortByDistance(items, origin, (item) => nearestPoint(origin, this.data.coordinates[item.id] ?? []));
      items = sorted.map((entry) => entry.item);
      for (const entry of sorted) distances.set(entry.item.id, entry.distanceKm);
    }

    // Typing on mostly keeps the same results: rebuilding their cards would only cost layout.
    const id = `${origin ? 'near' : ''}\n${items.map((item) => [item.id, item.line?.text, item.line?.href, distances.get(item.id)].join('\u0000')).join('\n')}`;
    if (id !== this.shown.results) {
      this.shown.results = id;
      this.results.replaceChildren(...items.map((item) => this.renderItem(item, distances)));
    }
    this.resultsSection.hidden = false;
    this.overview.hidden = true;
    const count = items.length;
    this.announce(query ? pluralText(texts['finder.count.found'], count, { query }) : pluralText(texts['finder.count.sorted'], count));
    if (reveal) this.revealFirstResult();
  }

  /**
   * On a phone the keyboard covers the lower half of the screen: scroll so that the first result shows
   * above it, without moving the search field out of sight.
   */
  private revealFirstResult(): void {
    const first = this.results.firstElementChild;
    if (!(first instanceof HTMLElement)) return;
    const visibleHeight = window.visualViewport?.height ?? window.innerHeight;
    // Down to the name of the first Anlaufstelle, with a little room below it.
    const name = first.querySelector('h3') ?? first;
    const needed = name.getBoundingClientRect().bottom + 16 - visibleHeight;
    const room = this.input.getBoundingClientRect().top - 8;
    const by = Math.min(needed, room);
    if (by > 0) window.scrollBy({ top: by, behavior: 'instant' });
  }

  private renderItem(item: Item, distances: ReadonlyMap<string, number | undefined>): HTMLElement {
    const texts = this.texts;
    const entry = document.createElement('li');
    entry.className = 'th-result';
    const match = item.line;
    if (match) {
      const line = paragraph('th-result__match', '');
      if (match.href) {
        const link = document.createElement('a');
        link.href = match.href;
        link.textContent = match.text;
        line.append(link);
      } else {
        line.textContent = match.text;
      }
      entry.append(line);
    }
    if (this.origin) {
      const km = distances.get(item.id);
      entry.append(
        paragraph('th-result__distance', km === undefined ? texts['finder.noDistance'] : fill(texts['finder.distance'], { km: formatKm(km, this.data.intl) }, this.numbers)),
      );
    }
    const card = this.cards.get(item.id);
    if (card) entry.append(card.cloneNode(true));
    return entry;
  }

  private toggleDistanceSort(): void {
    const button = this.sortButton;
    if (!button) return;
    const texts = this.texts;
    if (this.origin) {
      this.origin = undefined;
      button.setAttribute('aria-pressed', 'false');
      void this.update({ reveal: false });
      return;
    }
    if (!('geolocation' in navigator)) {
      this.announce(texts['finder.geoError']);
      return;
    }
    this.announce(texts['finder.geoLocating']);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        button.setAttribute('aria-pressed', 'true');
        void this.update({ reveal: false });
      },
      (error) => this.announce(error.code === error.PERMISSION_DENIED ? texts['finder.geoDenied'] : texts['finder.geoError']),
      { enableHighAccuracy: false, maximumAge: 300_000, timeout: 15_000 },
    );
  }
}

if (!customElements.get('th-finder')) customElements.define('th-finder', FinderElement);
