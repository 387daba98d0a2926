/**
 * <th-finder>: instant search and distance sorting on top of the server-rendered list of Anlaufstellen.
 * Without this script the page still lists every location by district and every place from A to Z.
 * The search index comes from the page itself; the visitor's position is used on this device only.
 */
import { searchFinder, type FinderResult } from '../lib/finder';
import { describeMatch } from '../lib/finder-match';
import { formatKm, nearestPoint, sortByDistance, type LatLng } from '../lib/geo';
import type { FinderData } from '../data/standorte';

/** More than there are locations: every match is shown. */
const RESULT_LIMIT = 100;
/** Wait for a pause in typing before the screen reader hears the new count. */
const ANNOUNCE_DELAY_MS = 400;

interface Item {
  id: string;
  result?: FinderResult;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

class FinderElement extends HTMLElement {
  private data!: FinderData;
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

  connectedCallback(): void {
    const source = this.querySelector('script[data-finder-data]')?.textContent;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const form = input?.form;
    const status = this.querySelector<HTMLElement>('[data-finder-status]');
    const resultsSection = this.querySelector<HTMLElement>('[data-finder-results-section]');
    const results = this.querySelector<HTMLElement>('[data-finder-results]');
    const overview = this.querySelector<HTMLElement>('[data-finder-overview]');
    if (this.dataset.enhanced || !source || !input || !form || !status || !resultsSection || !results || !overview) return;
    this.dataset.enhanced = 'true';
    this.data = JSON.parse(source) as FinderData;
    this.input = input;
    this.status = status;
    this.resultsSection = resultsSection;
    this.results = results;
    this.overview = overview;
    for (const card of overview.querySelectorAll<HTMLElement>('[data-standort-id]')) {
      const id = card.dataset.standortId ?? '';
      if (!this.cards.has(id)) this.order.push(id);
      this.cards.set(id, card);
    }
    for (const element of this.querySelectorAll<HTMLElement>('[data-finder-js]')) element.hidden = false;

    input.addEventListener('input', () => this.update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
    this.sortButton = this.querySelector<HTMLButtonElement>('[data-finder-sort]');
    this.sortButton?.addEventListener('click', () => this.toggleDistanceSort());

    const query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      input.value = query;
      this.update();
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
    this.overview.hidden = false;
  }

  private update(): void {
    const query = this.input.value.trim();
    const texts = this.data.texts;
    let items: Item[];
    if (query) {
      items = searchFinder(this.data.index, query, RESULT_LIMIT).map((result) => ({ id: result.standortId, result }));
      if (items.length === 0) {
        this.showOverview();
        this.announce(fill(texts['finder.count.none'], { query }));
        return;
      }
    } else if (this.origin) {
      items = this.order.map((id) => ({ id }));
    } else {
      this.showOverview();
      this.announce('');
      return;
    }

    const distances = new Map<string, number | undefined>();
    const origin = this.origin;
    if (origin) {
      const sorted = sortByDistance(items, origin, (item) => nearestPoint(origin, this.data.coordinates[item.id] ?? []));
      items = sorted.map((entry) => entry.item);
      for (const entry of sorted) distances.set(entry.item.id, entry.distanceKm);
    }

    this.results.replaceChildren(...items.map((item) => this.renderItem(item, distances)));
    this.resultsSection.hidden = false;
    this.overview.hidden = true;
    const count = items.length;
    if (query) this.announce(fill(count === 1 ? texts['finder.count.one'] : texts['finder.count.many'], { count, query }));
    else this.announce(fill(texts['finder.count.sorted'], { count }));
  }

  private renderItem(item: Item, distances: ReadonlyMap<string, number | undefined>): HTMLElement {
    const texts = this.data.texts;
    const entry = document.createElement('li');
    entry.className = 'th-result';
    const match = item.result
      ? describeMatch(item.result, this.data.names[item.id] ?? '', texts, (district) => this.data.areas[district] ?? district, this.data.placeBase)
      : undefined;
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
      entry.append(paragraph('th-result__distance', km === undefined ? texts['finder.noDistance'] : fill(texts['finder.distance'], { km: formatKm(km) })));
    }
    const card = this.cards.get(item.id);
    if (card) entry.append(card.cloneNode(true));
    return entry;
  }

  private toggleDistanceSort(): void {
    const button = this.sortButton;
    if (!button) return;
    const texts = this.data.texts;
    if (this.origin) {
      this.origin = undefined;
      button.setAttribute('aria-pressed', 'false');
      this.update();
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
        this.update();
      },
      (error) => this.announce(error.code === error.PERMISSION_DENIED ? texts['finder.geoDenied'] : texts['finder.geoError']),
      { enableHighAccuracy: false, maximumAge: 300_000, timeout: 15_000 },
    );
  }
}

if (!customElements.get('th-finder')) customElements.define('th-finder', FinderElement);
