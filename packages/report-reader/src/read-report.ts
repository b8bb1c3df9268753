// A report's text (or file) to proposals: PHỤ LỤC I rows, the narrative's yearly series, the programme's tasks and the
// next programme's targets, every one with the lines it was read from.
import type { IndicatorDef } from '@cchc/domain';
import { readAppendix } from './appendix.js';
import { region, toDocument } from './document.js';
import { ReportReadError } from './errors.js';
import { extractText, type DocumentFormat, type ReadLimits } from './extract.js';
import type { ReportProposals } from './proposal.js';
import { readSeries } from './series.js';
import { readTargets } from './targets.js';
import { readTasks } from './tasks.js';

/** Below this share of the template's numbered rows found by code and name, the document is in another template. */
export const MIN_TEMPLATE_SHARE = 0.5;

export function readReportText(text: string, template: IndicatorDef[]): ReportProposals {
  const doc = toDocument(text);
  const appendix = readAppendix(doc, template);
  if (appendix.numberedTotal === 0 || appendix.numberedFound < appendix.numberedTotal * MIN_TEMPLATE_SHARE) {
    throw new ReportReadError('NOT_PHU_LUC_I', { rowsFound: appendix.numberedFound, rowsExpected: appendix.numberedTotal });
  }
  return {
    lines: doc.lines.map((line) => line.text),
    appendix: appendix.proposals,
    missingRows: appendix.missingRows,
    series: readSeries(region(doc, 0, doc.lines.length)),
    tasks: readTasks(doc),
    targets: readTargets(doc),
  };
}

export async function readReportFile(
  bytes: Uint8Array,
  format: DocumentFormat,
  template: IndicatorDef[],
  limits?: ReadLimits,
): Promise<ReportProposals & { pages: number | null }> {
  const { text, pages } = await extractText(bytes, format, limits);
  return { ...readReportText(text, template), pages };
}
