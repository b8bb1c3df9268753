// `pnpm --filter @cchc/dataset summary`: loads (and so validates) the dataset and prints what it holds.
import { loadDataset } from './load.js';
import { formatSummary } from './summary.js';

console.log(formatSummary(loadDataset()));
