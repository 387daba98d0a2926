// Prints the CPU time the build spends on each committed image and fails if one costs more
// than the budget (src/lib/image-presets.ts). Usage: npm run check:images
import { CPU_BUDGET_SECONDS } from '../src/lib/image-presets.ts';
import { formatReport, measureImageBudget } from './image-budget.ts';

const costs = await measureImageBudget(process.cwd());
console.log(formatReport(costs));
const over = costs.filter((cost) => !cost.withinBudget);
if (over.length > 0) {
  console.error(`\n${over.length} Bild(er) über dem Budget von ${CPU_BUDGET_SECONDS} s CPU: ${over.map((cost) => cost.file).join(', ')}`);
  console.error('Abhilfe: das Bild vor dem Hochladen kleiner exportieren (z. B. 2400 Pixel Breite) oder weniger Fassungen planen.');
  process.exit(1);
}
console.log(`\n${costs.length} Bild(er), alle im Budget von ${CPU_BUDGET_SECONDS} s CPU.`);
