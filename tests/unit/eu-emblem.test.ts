// The EU emblem's stars: twelve, on the circle, the first at the top.
import { describe, expect, it } from 'vitest';
import { EU_STARS } from '../../src/lib/eu-emblem';

const points = (star: string) => star.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);

describe('EU emblem', () => {
  it("has twelve five-pointed stars around the centre of the 300 × 200 flag, the first at twelve o'clock", () => {
    expect(EU_STARS).toHaveLength(12);
    for (const star of EU_STARS) expect(points(star)).toHaveLength(10);
    const centres = EU_STARS.map((star) => {
      const outer = points(star).filter((_, index) => index % 2 === 0);
      return [outer.reduce((sum, [x]) => sum + x, 0) / 5, outer.reduce((sum, [, y]) => sum + y, 0) / 5] as const;
    });
    for (const [x, y] of centres) expect(Math.hypot(x - 150, y - 100)).toBeCloseTo(66.67, 0);
    expect(centres[0]![0]).toBeCloseTo(150, 1);
    expect(centres[0]![1]).toBeLessThan(100);
  });
});
