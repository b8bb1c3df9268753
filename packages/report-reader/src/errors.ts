// Why a document could not be read, as a code and its parameters: the server sends them as they are and the web app
// words them in the reader's language.
export const REPORT_READ_ERRORS = [
  /** { bytes, maxBytes } */
  'FILE_TOO_LARGE',
  /** { pages, maxPages } */
  'TOO_MANY_PAGES',
  /** { format }: the bytes are not a file of the format said (not a PDF, not a DOCX, not UTF-8 text). */
  'UNREADABLE_FILE',
  /** A PDF whose pages carry no text layer (a scan): reading text from images (OCR) is not supported. */
  'NO_TEXT',
  /** { rowsFound, rowsExpected }: the document is not a report in the PHỤ LỤC I template. */
  'NOT_PHU_LUC_I',
] as const;
export type ReportReadErrorCode = (typeof REPORT_READ_ERRORS)[number];

export class ReportReadError extends Error {
  readonly code: ReportReadErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: ReportReadErrorCode, params: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'ReportReadError';
    this.code = code;
    this.params = params;
  }
}
