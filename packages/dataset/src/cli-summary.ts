// `pnpm --filter @cchc/dataset summary`: loads (and so validates) the dataset, prints what it holds and the findings
// of the domain's validation rules on each report.
import { validateReport } from '@cchc/domain';
import { loadDataset } from './load.js';
import { formatFindings, formatSummary } from './summary.js';

const dataset = loadDataset();
console.log(formatSummary(dataset));
for (const report of dataset.reports) {
  console.log('');
  console.log(formatFindings(report, validateReport(report)));
}
