// How fast the finder answers a keystroke, in Debian's Chromium with the CPU throttled 4× (DevTools'
// "4× slowdown", a cheap phone). Measures, in the page, the time from the input event to the finder's
// DOM update, for a first query (which also fetches and parses the gazetteer) and for further keystrokes.
// A measurement, not a test: the goal (50 ms per keystroke) is reported, never asserted.
//
// Usage: npm run build && npm run benchmark:finder [-- port]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.argv[2] ?? 4499);
const GOAL_MS = 50;
const THROTTLE = 4;
const QUERIES = ['K', 'Kö', 'Köl', 'Köll', 'Kölle', 'Kölled', 'Kölleda', 'Gera-Lusan', '99625', 'Hildburghausen', 'Apolda', 'Эрфурт', 'إرفورت', 'Thüringen', 'Leipzig', 'Xyzzyhausen', 'Bad', 'Saalfeld/Saale', 'Mühlhasuen'];
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const server = spawn(process.execPath, ['scripts/serve-dist.ts', String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let attempt = 0; attempt < 50; attempt += 1) {
  if (await fetch(`${base}/`).then((response) => response.ok, () => false)) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${base}/standorte/`);
  await page.waitForSelector('th-finder[data-enhanced]');

  /** Milliseconds from setting the field's value to the finder's next change of the page. */
  const measure = (query: string) =>
    page.evaluate(async (value) => {
      const finder = document.querySelector('th-finder')!;
      const input = finder.querySelector<HTMLInputElement>('#finder-query')!;
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(finder, { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, 5000);
      });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      return performance.now() - start;
    }, query);
  const reset = async () => {
    await measure('');
    await page.waitForTimeout(450);
  };

  const rows: Array<[string, number]> = [];
  for (const [position, query] of QUERIES.entries()) {
    // Typing on ("Kö" → "Köl") keeps the field; a new word starts from an empty one.
    if (position > 0 && !query.startsWith(QUERIES[position - 1]!)) await reset();
    rows.push([query, await measure(query)]);
  }
  const [first, ...rest] = rows;
  const times = rest.map(([, ms]) => ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const max = times[times.length - 1] ?? 0;
  console.log(`Finder, Chromium mit ${THROTTLE}× gedrosselter CPU, 390×844:`);
  console.log(`  erste Eingabe (lädt Ortsverzeichnis und Abgleich): ${first![1].toFixed(1)} ms („${first![0]}“)`);
  for (const [query, ms] of rest) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${query}`);
  console.log(`  weitere Eingaben: Median ${median.toFixed(1)} ms, höchstens ${max.toFixed(1)} ms (Ziel ${GOAL_MS} ms: ${max <= GOAL_MS ? 'erreicht' : 'verfehlt'})`);
} finally {
  await browser.close();
  server.kill();
}
