export { readAppendix, appendixBounds, type AppendixReading } from './appendix.js';
export { toDocument, type DocLine, type ReportDocument } from './document.js';
export { compactFold } from './fold.js';
export * from './proposal.js';
export { readSeries, SERIES } from './series.js';
export { region } from './document.js';
export { readTasks } from './tasks.js';
export { readTargets } from './targets.js';
