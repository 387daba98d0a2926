// The EU emblem's stars as every page draws them (one path): twelve, on the circle, the first at the top.
import { describe, expect, it } from 'vitest';
import { EU_STARS, EU_STARS_PATH } from '../../src/lib/eu-emblem';

type Point = [number, number];

/** The path read back into absolute corners: "M x y" starts a star, "l dx dy …" adds relative corners, "z" closes it. */
function starsOfPath(path: string): Point[][] {
  expect(path).toMatch(/^(?:M[-\d. ]+l[-\d. ]+z)+$/);
  return [...path.matchAll(/M([^l]+)l([^z]+)z/g)].map(([, move, lines]) => {
    const values = (text: string) => text.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    const [x, y] = values(move!) as Point;
    const corners: Point[] = [[x, y]];
    const steps = values(lines!);
    for (let index = 0; index < steps.length; index += 2) {
      const [px, py] = corners.at(-1)!;
      corners.push([px + steps[index]!, py + steps[index + 1]!]);
    }
    return corners;
  });
}

describe('EU emblem', () => {
  it("has twelve five-pointed stars around the centre of the 300 × 200 flag, the first at twelve o'clock", () => {
    const stars = starsOfPath(EU_STARS_PATH);
    expect(stars).toHaveLength(12);
    for (const star of stars) expect(star).toHaveLength(10);
    const centres = stars.map((star) => {
      const outer = star.filter((_, index) => index % 2 === 0);
      return [outer.reduce((sum, [x]) => sum + x, 0) / 5, outer.reduce((sum, [, y]) => sum + y, 0) / 5] as const;
    });
    for (const [x, y] of centres) expect(Math.hypot(x - 150, y - 100)).toBeCloseTo(66.67, 0);
    expect(centres[0]![0]).toBeCloseTo(150, 1);
    expect(centres[0]![1]).toBeLessThan(100);
    // Each star's points lie 11.1 units from its centre, its inner corners 0.382 of that (within the rounding).
    for (const [index, star] of stars.entries()) {
      const [cx, cy] = centres[index]!;
      for (const [corner, [x, y]] of star.entries()) expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(corner % 2 === 0 ? 11.1 : 11.1 * 0.382, 0);
    }
  });

  it('draws every corner where the geometry puts it: relative steps add up without drift', () => {
    const drawn = starsOfPath(EU_STARS_PATH).flat();
    const computed = EU_STARS.flat();
    expect(drawn).toHaveLength(computed.length);
    for (const [index, [x, y]] of drawn.entries()) {
      expect(x).toBeCloseTo(computed[index]![0], 6);
      expect(y).toBeCloseTo(computed[index]![1], 6);
    }
  });
});
