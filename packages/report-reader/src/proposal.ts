// What the reader proposes: every figure with the exact text it was read from and a confidence. Nothing here is
// written anywhere: a person reviews each proposal beside the source text first.
import type { Comparator } from '@cchc/domain';

/** The exact text a proposal was read from, and the 1-based line numbers it spans in the document's text. */
export interface SourceQuote {
  lines: number[];
  text: string;
}

/**
 * HIGH only when the row (code and name), its unit and its number are all unambiguous; MEDIUM when the number was
 * read but something around it differs from the template; LOW when the row or the number is in doubt.
 */
export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW';

export const PROPOSAL_ISSUES = [
  /** The row's name in the document differs from the template's. */
  'NAME_DIFFERS',
  /** The template's unit was not found where the document should print it. */
  'UNIT_DIFFERS',
  /** The legend ("Chưa = 0 …") the template prints for this row was not found. */
  'LEGEND_NOT_FOUND',
  /** The value cell does not read as a Vietnamese number: proposed as unreadable, with its text. */
  'UNREADABLE_NUMBER',
  /** A number outside the row's legend: kept as written, for validation to judge. */
  'NOT_IN_LEGEND',
  /** A percentage outside 0–100: kept as written. */
  'PERCENT_OUT_OF_RANGE',
  /** Digits follow the value ("16 807"): the value may have been split. */
  'DIGITS_AFTER_VALUE',
] as const;
export type ProposalIssue = (typeof PROPOSAL_ISSUES)[number];

export interface AppendixProposal {
  /** The template's code ("1.2.1", "1.1.a"). */
  code: string;
  /** The template's name and unit (what the row is), not the document's. */
  name: string;
  unit: string | null;
  /** The unit as the document prints it, when one was found. */
  unitAsWritten: string | null;
  /** The value cell as written; "" when blank. */
  raw: string;
  /** null when blank (not reported) or unreadable. */
  value: number | null;
  /** false when `raw` does not read as a number: never guessed. */
  readable: boolean;
  note: string | null;
  confidence: Confidence;
  issues: ProposalIssue[];
  source: SourceQuote;
}

export interface SeriesPointProposal {
  /** The narrative indicator the point belongs to ("N.PAR.SCORE"); null when the row's words were not recognised. */
  indicatorCode: string | null;
  /** What the series measures, in the report's words. */
  label: string;
  year: number;
  raw: string;
  value: number | null;
  readable: boolean;
  /** For a rank "k/N": N. */
  rankOf: number | null;
  unit: string | null;
  confidence: Confidence;
  source: SourceQuote;
}

export interface TaskProposal {
  number: number;
  /** Roman-numeral group as printed ("I", "II", …). */
  group: string;
  groupTitle: string;
  title: string;
  /** null when no department was recognised. */
  department: string | null;
  /** true when the task carries an "x" mark. */
  completed: boolean | null;
  evidence: string;
  confidence: Confidence;
  source: SourceQuote;
}

export interface TargetProposal {
  number: number;
  text: string;
  comparator: Comparator;
  raw: string;
  value: number | null;
  unit: string | null;
  confidence: Confidence;
  source: SourceQuote;
}

export interface ReportProposals {
  /** The document's text, line by line (line n is lines[n - 1]). */
  lines: string[];
  appendix: AppendixProposal[];
  /** Template rows (other than headings) that were not found in the document. */
  missingRows: string[];
  series: SeriesPointProposal[];
  tasks: TaskProposal[];
  targets: TargetProposal[];
}
