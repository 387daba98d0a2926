// Image budget: all renditions of one committed image may cost at most CPU_BUDGET_SECONDS of CPU.
// Not a timed build: it runs the build's own sharp transforms image by image (scripts/image-budget.ts).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CPU_BUDGET_SECONDS } from '../../src/lib/image-presets';
import { committedImages, formatReport, measureImageBudget } from '../../scripts/image-budget';

const root = resolve(__dirname, '../..');

describe('image CPU budget', () => {
  it(`keeps every committed image within ${CPU_BUDGET_SECONDS} s of CPU`, async () => {
    const costs = await measureImageBudget(root);
    console.log(formatReport(costs));
    expect(costs.map((cost) => cost.file)).toEqual(committedImages(root));
    expect(costs.length).toBeGreaterThan(0);
    for (const cost of costs) {
      expect(cost.renditions.length, cost.file).toBeGreaterThan(0);
      expect(cost.totalCpuSeconds, `${cost.file}: ${cost.totalCpuSeconds.toFixed(3)} s`).toBeLessThanOrEqual(CPU_BUDGET_SECONDS);
    }
  }, 120_000);
});
