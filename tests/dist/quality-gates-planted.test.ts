// Each quality gate fails on a planted defect: small copies of built pages with one defect each, in a
// temp folder, checked by the same checker functions (tests/support/gates/) that the real gates call.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUDGET, budgetViolations, pageSize } from '../support/gates/budgets';
import { validateSite } from '../support/gates/html';
import { inlineCodeProblems } from '../support/gates/inline-code';
import { brokenLinks } from '../support/gates/links';
import { DIST } from '../support/built-site';

let planted: string;
const START = () => readFileSync(join(DIST, 'index.html'), 'utf8');

/** Write a planted page into the temp copy; returns its path relative to the copy. */
function plant(file: string, html: string): string {
  mkdirSync(dirname(join(planted, file)), { recursive: true });
  writeFileSync(join(planted, file), html);
  return file;
}

beforeAll(() => {
  // A copy of the built site (without the large media files), so that only the planted defect is wrong.
  planted = mkdtempSync(join(tmpdir(), 'thinka-planted-'));
  cpSync(DIST, planted, { recursive: true, filter: (source) => !/\.(mp4|webm|mp3|m4a|ogg|opus)$/.test(source) });
});

afterAll(() => rmSync(planted, { recursive: true, force: true }));

test('the HTML gate reports an unclosed element and an invalid tag, and passes the unchanged page', async () => {
  const clean = plant('sauber/index.html', START());
  expect(await validateSite(planted, [clean])).toEqual([]);
  const unclosed = plant('kaputt-offen/index.html', START().replace('<main', '<div class="planted"><main'));
  const invalid = plant('kaputt-tag/index.html', START().replace('</h1>', '</h1><blink>Jetzt!</blink><p><div>Block im Absatz</div></p>'));
  const problems = await validateSite(planted, [unclosed, invalid]);
  expect(problems.filter((problem) => problem.file.includes('kaputt-offen')).map((problem) => problem.rule)).toContain('close-order');
  const rules = problems.filter((problem) => problem.file.includes('kaputt-tag')).map((problem) => problem.rule);
  expect(rules).toContain('deprecated');
  expect(rules.some((rule) => ['element-permitted-content', 'close-order', 'no-implicit-close'].includes(rule))).toBe(true);
});

test('the link gate reports a broken link, a missing image and a missing anchor', () => {
  const clean = plant('links-sauber/index.html', START());
  expect(brokenLinks(planted, [clean])).toEqual([]);
  const file = plant(
    'links-kaputt/index.html',
    START().replace('</h1>', '</h1><a href="/gibt-es-nicht/">weg</a><img src="/bilder/fehlt.png" alt="fehlt"><a href="/impressum/#kein-anker">Anker</a>'),
  );
  expect(brokenLinks(planted, [file])).toEqual([
    'links-kaputt/index.html: /gibt-es-nicht/',
    'links-kaputt/index.html: /bilder/fehlt.png',
    'links-kaputt/index.html: /impressum/#kein-anker (Anker fehlt)',
  ]);
});

test('the CSP gate reports inline script, style element, style attribute and event handler, not JSON-LD', () => {
  expect(inlineCodeProblems(START())).toEqual([]);
  expect(inlineCodeProblems('<script type="application/ld+json">{"a":1}</script><script type="application/json" data-x>[]</script>')).toEqual([]);
  const problems = inlineCodeProblems(
    START().replace('</h1>', '</h1><script>alert(1)</script><style>p{}</style><p style="color:red">rot</p><button onclick="go()">x</button><a href="javascript:void 0">y</a>'),
  );
  expect(problems.map((problem) => problem.split(':')[0])).toEqual(['Inline-Skript', '<style>-Element', 'style-Attribut', 'Event-Handler onclick', 'javascript']);
});

test('the budget gate reports oversized HTML, CSS and a script on a content page', () => {
  const clean = pageSize(planted, plant('budget-sauber/index.html', START()));
  expect(budgetViolations([clean])).toEqual([]);

  // A padded bundle: a module script of 40 KB gzip (random bytes do not compress) on a content page.
  const padding = randomBytes(40 * 1024).toString('base64');
  writeFileSync(join(planted, '_astro', 'gepolstert.js'), `export const padding = ${JSON.stringify(padding)};\n`);
  writeFileSync(join(planted, '_astro', 'gepolstert.css'), `/* ${padding} */\n`);
  const paragraphs = Array.from({ length: 800 }, (_, index) => `<p>Absatz ${index} ${padding.slice(index * 40, index * 40 + 40)}</p>`).join('');
  const padded = pageSize(
    planted,
    plant(
      'budget-kaputt/index.html',
      START()
        .replace('</head>', '<link rel="stylesheet" href="/_astro/gepolstert.css"><script type="module" src="/_astro/gepolstert.js"></script></head>')
        .replace('</h1>', `</h1>${paragraphs}`),
    ),
  );
  expect(padded.js).toBeGreaterThan(BUDGET.jsAny);
  const problems = budgetViolations([padded]);
  expect(problems.some((problem) => problem.startsWith('/budget-kaputt/: HTML'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('/budget-kaputt/: CSS'))).toBe(true);
  expect(problems.some((problem) => /JavaScript .* > 30\.0 KB/.test(problem))).toBe(true);
  expect(problems.some((problem) => problem.includes('auf einer Inhaltsseite'))).toBe(true);

  // A small script is still too much on a content page, though fine on the search page.
  writeFileSync(join(planted, '_astro', 'klein.js'), 'export const x = 1;\n');
  const small = START().replace('</head>', '<script type="module" src="/_astro/klein.js"></script></head>');
  expect(budgetViolations([pageSize(planted, plant('klein/index.html', small))])).toEqual([expect.stringContaining('auf einer Inhaltsseite')]);
  expect(budgetViolations([pageSize(planted, plant('suche/index.html', small))])).toEqual([]);
});

