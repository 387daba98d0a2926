// Quality gates on the built site: valid HTML, code that a CSP without 'unsafe-inline' allows, size budgets,
// security.txt and _headers, axe on one page per type. The checkers live in scripts/gates/; tests in
// quality-gates-planted.spec.ts show that each one fails on a planted defect. Lighthouse: tests/lighthouse/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, axeFailures } from '../../scripts/gates/axe';
import { budgetTable, budgetViolations, siteSizes } from '../../scripts/gates/budgets';
import { formatHtmlProblem, validateSite } from '../../scripts/gates/html';
import { inlineCodeProblems } from '../../scripts/gates/inline-code';
import { REPRESENTATIVE_PAGES } from '../../scripts/gates/page-types';
import { htmlFilesIn } from '../../scripts/gates/site-files';
import { parseHeadersFile } from '../../src/lib/security-headers';
import { parseSecurityTxt } from '../../src/lib/security-txt';
import { DIST } from './support/site';

test('every built page is valid HTML (html-validate)', async () => {
  // Close to 700 pages since every district and letter of all Thuringian places has its own page, in six languages.
  test.setTimeout(240_000);
  const files = htmlFilesIn(DIST);
  expect(files.length).toBeGreaterThan(30);
  const problems = await validateSite(DIST, files);
  console.log(`html-validate: ${files.length} Seiten geprüft, ${problems.length} Probleme`);
  expect(problems.map(formatHtmlProblem)).toEqual([]);
});

test('no public page needs unsafe-inline: no inline script, style element, style attribute or event handler', () => {
  const problems = htmlFilesIn(DIST)
    .filter((file) => !file.startsWith('admin/'))
    .flatMap((file) => inlineCodeProblems(readFileSync(join(DIST, file), 'utf8')).map((problem) => `${file}: ${problem}`));
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

for (const path of REPRESENTATIVE_PAGES) {
  // One page per type; the accessibility suite sweeps every page of the sitemap.
  test(`axe finds no WCAG 2.2 A/AA violation on ${path}`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axeFailures(results)).toEqual([]);
  });
}
