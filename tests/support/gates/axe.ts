/**
 * Gate: axe-core finds no WCAG 2.2 A/AA violation on any page (tests/e2e/page-sweep.spec.ts).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
