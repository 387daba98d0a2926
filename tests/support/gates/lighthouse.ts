/**
 * Gate: Lighthouse (mobile, its default: emulated phone, simulated slow 4G and CPU) on one page per type.
 * Performance ≥ 95, Accessibility 100, Best Practices ≥ 95, SEO ≥ 95.
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH), started by chrome-launcher without any
 * background networking; Lighthouse itself sends nothing anywhere (no error reporting from the Node API).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const THRESHOLDS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number>;
  /** Audits that lost points, for the report: "image-alt (0)". */
  failedAudits: string[];
  /** Number of runs behind the scores, when more than one (median). */
  runs?: number;
}

/** Pictures for a report nobody opens here; they weigh in no score, and skipping them saves a fifth of each run. */
const SCREENSHOT_AUDITS = ['full-page-screenshot', 'screenshot-thumbnails', 'final-screenshot'];

/** Lighthouse's own advice for these errors is "run Lighthouse again" (e.g. NO_NAVSTART on a busy machine). */
const RUNTIME_ERROR_ATTEMPTS = 3;

async function runOnce(url: string, port: number): Promise<LighthouseResult> {
  for (let attempt = 1; ; attempt += 1) {
    const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], skipAudits: SCREENSHOT_AUDITS, disableFullPageScreenshot: true });
    if (!run) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) {
      if (attempt < RUNTIME_ERROR_ATTEMPTS) {
        console.log(`Lighthouse: ${lhr.runtimeError.code} bei ${url}, neuer Versuch`);
        continue;
      }
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failedAudits = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${category}/${audit.id} (${audit.score})`),
    );
    return { url, scores, failedAudits };
  }
}

/** Per category, the median of several runs of one page (Lighthouse's advice against run-to-run variance). */
export function medianResult(runs: LighthouseResult[]): LighthouseResult {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))])) as Record<Category, number>;
  return { url: runs[0]!.url, scores, failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))], runs: runs.length };
}

/**
 * Run Lighthouse on each URL in turn with one Chromium. A page that misses a threshold is measured twice
 * more and judged by the median of the three runs: a real regression fails all three, a hiccup of a busy
 * machine does not fail the gate. `remeasure: false` takes the first run (for a defect planted on purpose).
 */
export async function runLighthouse(urls: string[], thresholds = THRESHOLDS, { remeasure = true } = {}): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const first = await runOnce(url, chrome.port);
      if (!remeasure || scoreFailures([first], thresholds).length === 0) {
        results.push(first);
        continue;
      }
      const runs = [first, await runOnce(url, chrome.port), await runOnce(url, chrome.port)];
      results.push(medianResult(runs));
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Scores below the thresholds, as "url: category 93 < 95". */
export function scoreFailures(results: LighthouseResult[], thresholds = THRESHOLDS): string[] {
  return results.flatMap(({ url, scores }) =>
    CATEGORIES.filter((category) => scores[category] < thresholds[category]).map((category) => `${url}: ${category} ${scores[category]} < ${thresholds[category]}`),
  );
}

export function scoreTable(results: LighthouseResult[]): string {
  const header = ['Seite', 'Performance', 'Accessibility', 'Best Practices', 'SEO'];
  const rows = results.map(({ url, scores, runs }) => [
    `${new URL(url).pathname}${runs ? ` (Median aus ${runs} Läufen)` : ''}`,
    ...CATEGORIES.map((category) => String(scores[category])),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
