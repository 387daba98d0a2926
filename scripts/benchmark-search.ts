// How long a citizen on a cheap phone waits for the first search result: Debian's Chromium with the CPU slowed 4× and
// DevTools' "Slow 4G" network (562.5 ms latency, 1.4 Mbit/s down), cache empty. Measured from tapping the search
// field (on /suche/; on a Starlight site the search button, then its field), typing the first term at a phone's pace
// (one key every 150 ms), until the first result link is on screen; then a second term in the same page. Two built
// sites side by side, runs interleaved, so that the ratio holds on a busy machine where the seconds do not: this
// checkout against another build of the site, or against the Starlight peer of `npm run benchmark`
// (BENCHMARK_KEEP_DIST=<folder> keeps both builds). A measurement, not a test: nothing is asserted.
//
// Usage: npm run build && npm run benchmark:search [-- <folder B> [rounds]]
//        npm run benchmark:search -- <folder B> <rounds> <folder A>     (A defaults to dist/)
//   SEARCH_TERMS="Jena,Beratung" (default) or terms found in both sites, e.g. "Messung,Funktion" for the synthetic
//   entries of the benchmark. The later term must find other top results than the first in both sites: Pagefind keeps
//   loaded results in memory, so a term with the same top five ("Anlaufstelle" on Starlight) skips a round trip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { serveDist, SYSTEM_CHROMIUM } from './support/served-site.ts';

const other = process.argv[2];
const ROUNDS = Number(process.argv[3] ?? 5);
const own = process.argv[4] ?? 'dist';
const [FIRST_TERM, LATER_TERM] = (process.env.SEARCH_TERMS ?? 'Jena,Beratung').split(',') as [string, string];
/** DevTools' "Slow 4G" preset and "4× slowdown". */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.4 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const KEY_DELAY_MS = 150;

/** How to reach the search field and its results: ThINKA's /suche/ or Starlight's search dialog (Pagefind UI). */
interface SearchUi {
  path: string;
  open?: string;
  field: string;
  result: string;
}
const THINKA_UI: SearchUi = { path: '/suche/', field: 'input#suchbegriff', result: '.th-search-result__title a' };
const STARLIGHT_UI: SearchUi = { path: '/', open: 'site-search button[data-open-modal]', field: '.pagefind-ui__search-input', result: '.pagefind-ui__result-link' };
const uiOf = (folder: string): SearchUi => (existsSync(join(folder, 'suche/index.html')) ? THINKA_UI : STARLIGHT_UI);

/** Seconds from tapping the field to the first result, for a first and a later search. */
async function measure(browser: Browser, base: string, ui: SearchUi): Promise<{ first: number; later: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(`${base}${ui.path}`, { waitUntil: 'load' });
  const field = page.locator(ui.field);
  const firstResult = page.locator(ui.result).first();
  const search = async (term: string, opened: boolean) => {
    const started = performance.now();
    if (ui.open && !opened) await page.locator(ui.open).tap();
    await field.tap();
    await field.fill('');
    await field.pressSequentially(term, { delay: KEY_DELAY_MS });
    await firstResult.waitFor({ state: 'visible', timeout: 60_000 });
    return (performance.now() - started) / 1000;
  };
  const first = await search(FIRST_TERM, false);
  await field.fill('');
  await firstResult.waitFor({ state: 'detached', timeout: 60_000 });
  const later = await search(LATER_TERM, true);
  await context.close();
  return { first, later };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sites = [{ name: `A (${own})`, folder: own, port: 4511 }, ...(other ? [{ name: `B (${other})`, folder: other, port: 4512 }] : [])];
const servers = await Promise.all(sites.map((site) => serveDist(site.port, site.folder)));
const browser = await chromium.launch({
  ...(SYSTEM_CHROMIUM ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const times = sites.map(() => ({ first: [] as number[], later: [] as number[] }));
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate which site goes first, so neither always meets a warmer machine.
    const order = round % 2 === 0 ? sites.map((_, index) => index) : sites.map((_, index) => sites.length - 1 - index);
    for (const index of order) {
      const result = await measure(browser, `http://127.0.0.1:${sites[index]!.port}`, uiOf(sites[index]!.folder));
      times[index]!.first.push(result.first);
      times[index]!.later.push(result.later);
      console.log(`Runde ${round + 1}, ${sites[index]!.name}: erste Suche ${result.first.toFixed(2)} s, weitere ${result.later.toFixed(2)} s`);
    }
  }
  console.log(`\nMedian über ${ROUNDS} Runden, „${FIRST_TERM}“ und dann „${LATER_TERM}“ (Tippen eingerechnet: ${KEY_DELAY_MS} ms pro Taste):`);
  for (const [index, site] of sites.entries()) {
    console.log(`${site.name}: erste Suche ${median(times[index]!.first).toFixed(2)} s, weitere ${median(times[index]!.later).toFixed(2)} s`);
  }
  if (times.length === 2) {
    console.log(
      `Verhältnis A/B: erste Suche ${(median(times[0]!.first) / median(times[1]!.first)).toFixed(2)}, weitere ${(median(times[0]!.later) / median(times[1]!.later)).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
