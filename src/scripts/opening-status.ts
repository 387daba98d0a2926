/**
 * <th-opening-status>: live "Jetzt geöffnet" in the browser. The server renders the weekly hours and a
 * build-time list of the next opening hours inside the element; this script only adds the current status
 * and recomputes the list, with the same logic (src/lib/opening.ts) the build used. Nothing is fetched.
 */
import { nextOccurrences, openingStatus } from '../lib/opening';
import { readScriptTexts } from './script-texts';
import { decodeSchedule, describeOccurrence, describeStatus, type OpeningTexts, type ScheduleJson } from '../lib/opening-text';

const REFRESH_MS = 60_000;
const DEFAULT_UPCOMING = 3;

let cachedTexts: OpeningTexts | null | undefined;

/** The texts, rendered once per page by OpeningTexts.astro. */
function texts(): OpeningTexts | null {
  if (cachedTexts === undefined) cachedTexts = readScriptTexts<OpeningTexts>('opening') ?? null;
  return cachedTexts;
}

class OpeningStatusElement extends HTMLElement {
  private timer: number | undefined;

  connectedCallback(): void {
    this.render();
    this.timer = window.setInterval(() => this.render(), REFRESH_MS);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }

  private render(): void {
    const dictionary = texts();
    const source = this.dataset.schedule;
    if (!dictionary || !source) return;
    const schedule = decodeSchedule(JSON.parse(source) as ScheduleJson);
    const now = new Date();
    const description = describeStatus(openingStatus(schedule, now), now, dictionary);

    const line = this.querySelector<HTMLElement>('[data-status]');
    if (line) {
      const headline = document.createElement('strong');
      headline.textContent = description.headline;
      line.replaceChildren(headline, ...(description.detail ? [` · ${description.detail}`] : []));
      line.dataset.tone = description.tone;
      line.hidden = false;
    }
    for (const fallback of this.querySelectorAll<HTMLElement>('[data-fallback]')) fallback.hidden = true;

    const list = this.querySelector<HTMLElement>('[data-upcoming]');
    if (list) {
      const count = Number(list.dataset.upcoming) || DEFAULT_UPCOMING;
      const items = nextOccurrences(schedule, now, count).map((occurrence) => {
        const item = document.createElement('li');
        item.textContent = describeOccurrence(occurrence, dictionary);
        return item;
      });
      list.replaceChildren(...items);
    }
    const note = this.querySelector<HTMLElement>('[data-as-of]');
    if (note) note.textContent = dictionary['opening.liveNote'];
  }
}

if (!customElements.get('th-opening-status')) customElements.define('th-opening-status', OpeningStatusElement);
