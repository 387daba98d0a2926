// Quality gates on the built site: valid HTML, code that a CSP without 'unsafe-inline' allows, size budgets,
// security.txt and _headers (axe runs on every page in tests/e2e/page-sweep.spec.ts). The checkers live in tests/support/gates/; tests in
// quality-gates-planted.test.ts show that each one fails on a planted defect. Lighthouse: tests/lighthouse/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { budgetTable, budgetViolations, siteSizes } from '../support/gates/budgets';
import { formatHtmlProblem, validateSite } from '../support/gates/html';
import { inlineCodeProblems } from '../support/gates/inline-code';
import { htmlFilesIn } from '../support/gates/site-files';
import { parseHeadersFile } from '../../src/lib/security-headers';
import { parseSecurityTxt } from '../../src/lib/security-txt';
import { DIST } from '../support/built-site';

test('every built page is valid HTML (html-validate)', async () => {
  // Close to 700 pages since every district and letter of all Thuringian places has its own page, in six languages.
  const files = htmlFilesIn(DIST);
  expect(files.length).toBeGreaterThan(30);
  const problems = await validateSite(DIST, files);
  console.log(`html-validate: ${files.length} Seiten geprüft, ${problems.length} Probleme`);
  expect(problems.map(formatHtmlProblem)).toEqual([]);
}, 240_000);

test('no public page needs unsafe-inline: no inline script, style element, style attribute or event handler', () => {
  const problems = htmlFilesIn(DIST)
    .filter((file) => !file.startsWith('admin/'))
    .flatMap((file) => inlineCodeProblems(readFileSync(join(DIST, file), 'utf8')).map((problem) => `${file}: ${problem}`));
  expect(problems).toEqual([]);
});

test('/admin/ has no inline script or event handler either: its CSP allows inline styles only', () => {
  const problems = inlineCodeProblems(readFileSync(join(DIST, 'admin/index.html'), 'utf8')).filter((problem) => !/^(?:<style>-Element|style-Attribut)/.test(problem));
  expect(problems).toEqual([]);
});

test('size budgets per page type (gzip): HTML ≤ 14 KB, CSS ≤ 20 KB, no JavaScript on content pages, ≤ 30 KB anywhere', () => {
  const sizes = siteSizes(DIST);
  console.log(`Größen (gzip), ${sizes.length} Seiten ohne /admin:\n${budgetTable(sizes)}`);
  expect(budgetViolations(sizes)).toEqual([]);
});

test('security.txt names a contact and expires more than 30 days from now', () => {
  const fields = parseSecurityTxt(readFileSync(join(DIST, '.well-known/security.txt'), 'utf8'));
  expect(fields.Contact?.[0]).toMatch(/^(https:\/\/|mailto:|tel:)/);
  expect(fields.Canonical).toEqual(['https://thinka.de/.well-known/security.txt']);
  expect(fields['Preferred-Languages']).toEqual(['de']);
  const expires = new Date(fields.Expires![0]!);
  expect(expires.getTime() - Date.now()).toBeGreaterThan(30 * 86_400_000);
  expect(expires.getTime() - Date.now()).toBeLessThan(366 * 86_400_000);
});

test('_headers covers every top-level entry of dist/ with one policy', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const paths = rules.map((rule) => rule.path);
  for (const path of ['/*', '/', '/admin/*', '/suche/*', '/standorte/*', '/.well-known/*', '/index.html', '/404.html']) expect(paths).toContain(path);
  for (const rule of rules.filter((candidate) => candidate.path !== '/*')) {
    expect(rule.headers.filter(([name]) => name === 'Content-Security-Policy'), rule.path).toHaveLength(1);
  }
});

