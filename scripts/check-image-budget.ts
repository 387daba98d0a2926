// Reports the CPU time the build spends on each committed image on this machine (a benchmark:
// the figures vary with load). The budget itself is checked in pixels by tests/unit/image-budget.test.ts.
// Usage: npm run check:images
import { formatReport, measureImageBudget } from './image-budget.ts';

const costs = await measureImageBudget(process.cwd());
console.log(formatReport(costs));
console.log(`\n${costs.length} Bild(er) gemessen. Das Budget (Pixel je Bild) prüft npm test.`);
