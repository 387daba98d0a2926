/**
 * The twelve stars of the EU emblem as SVG polygon points, on a 300 × 200 flag. Computed once per build, not
 * once per page (every page shows the emblem in its footer). Pure logic.
 */

function starPoints(cx: number, cy: number, radius: number): string {
  const inner = radius * 0.382;
  return Array.from({ length: 10 }, (_, index) => {
    const r = index % 2 === 0 ? radius : inner;
    const angle = (Math.PI / 5) * index - Math.PI / 2;
    return `${(cx + r * Math.cos(angle)).toFixed(2)},${(cy + r * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

/** Twelve five-pointed stars on a circle of radius 66.67 around the flag's centre, the first at twelve o'clock. */
export const EU_STARS: readonly string[] = Array.from({ length: 12 }, (_, index) => {
  const angle = (Math.PI / 6) * index;
  return starPoints(150 + 66.67 * Math.sin(angle), 100 - 66.67 * Math.cos(angle), 11.1);
});
