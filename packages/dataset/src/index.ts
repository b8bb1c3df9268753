export { readSourceText, SOURCE_TEXT_PATH } from './source-text.js';
export { orgUnits, PROVINCE_THAI_NGUYEN, DISTRICT_DINH_HOA, COMMUNE_BINH_THANH } from './org-units.js';
export { programmes, PROGRAMME_2021_2025, PROGRAMME_2026_2030 } from './programmes.js';
export { binhThanhReport } from './binh-thanh/report.js';
export { sectionRanges, occursWithin, type TextRange } from './section-spans.js';
export { loadDataset, checkReport, DatasetError, type Dataset } from './load.js';
export { summarizeReport, formatSummary, type ReportSummary } from './summary.js';
