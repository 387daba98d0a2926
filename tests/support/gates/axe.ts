/**
 * Gate: axe-core finds no WCAG 2.2 A/AA violation on any page (tests/e2e/page-sweep.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: Array<{ target: unknown[] }>;
}

/** Violations as "rule (impact): selector, selector". */
export function axeFailures(results: { violations: AxeViolation[] }): string[] {
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact ?? 'ohne Einstufung'}): ${violation.nodes.map((node) => node.target.map(String).join(' ')).join(', ')}`,
  );
}

/**
 * The WCAG 2.2 A/AA violations of the page as it is now (optionally within `include` selectors), as axeFailures lists them.
 * axe-core runs inside the page itself: the site has no frames (checked here), and @axe-core/playwright's
 * analyze() evaluated the 580 KB axe source twice per page. Only violations are collected.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  if ((await page.locator('iframe, frame').count()) > 0) throw new Error(`${page.url()}: Seite mit Frames – axe prüft hier nur Seiten ohne Frames`);
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> } }).axe;
      const { violations } = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      // Only what axeFailures reads crosses back to the test.
      return { violations: violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) })) };
    },
    { tags: AXE_TAGS, include },
  );
  return axeFailures(results);
}
