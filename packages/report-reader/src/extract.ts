// The text of a report's file: a PDF's text layer (PDF.js through unpdf, in process, no worker, nothing fetched), a
// Word file's paragraphs (mammoth), or text as pasted. Limits are checked before any parsing.
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { compactFold } from './fold.js';
import { ReportReadError } from './errors.js';

export type DocumentFormat = 'PDF' | 'DOCX' | 'TEXT';

export interface ReadLimits {
  maxBytes: number;
  maxPages: number;
  /** Extracted text longer than this is not a commune's report. */
  maxChars: number;
}

/** A commune's report runs to a few dozen pages; these leave room without letting a huge file tie up the server. */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 20 * 1024 * 1024, maxPages: 300, maxChars: 3_000_000 };

export interface ExtractedText {
  text: string;
  /** null when the format has no pages (DOCX, text). */
  pages: number | null;
}

export async function extractText(
  bytes: Uint8Array,
  format: DocumentFormat,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ExtractedText> {
  if (bytes.length > limits.maxBytes) throw new ReportReadError('FILE_TOO_LARGE', { bytes: bytes.length, maxBytes: limits.maxBytes });
  let extracted: ExtractedText;
  if (format === 'PDF') extracted = await pdfText(bytes, limits);
  else if (format === 'DOCX') extracted = { text: await docxText(bytes), pages: null };
  else extracted = { text: plainText(bytes), pages: null };
  if (extracted.text.length > limits.maxChars) {
    throw new ReportReadError('FILE_TOO_LARGE', { bytes: bytes.length, maxBytes: limits.maxBytes });
  }
  return extracted;
}

function plainText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ReportReadError('UNREADABLE_FILE', { format: 'TEXT' });
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  // A DOCX is a zip archive: "PK\x03\x04".
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ReportReadError('UNREADABLE_FILE', { format: 'DOCX' });
  }
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends every paragraph with a blank line: one line per paragraph (table cell) is what the reader expects.
    return result.value.replace(/\n\n/g, '\n');
  } catch {
    throw new ReportReadError('UNREADABLE_FILE', { format: 'DOCX' });
  }
}

interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
}

async function pdfText(bytes: Uint8Array, limits: ReadLimits): Promise<ExtractedText> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new ReportReadError('UNREADABLE_FILE', { format: 'PDF' });
  }
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js detaches the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  } catch {
    throw new ReportReadError('UNREADABLE_FILE', { format: 'PDF' });
  }
  try {
    if (pdf.numPages > limits.maxPages) throw new ReportReadError('TOO_MANY_PAGES', { pages: pdf.numPages, maxPages: limits.maxPages });
    const pages: string[][] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== 'string') continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line !== '') lines.push(line);
      pages.push(lines);
      page.cleanup();
    }
    const letters = pages.reduce((sum, lines) => sum + compactFold(lines.join('')).replace(/[^\p{L}]/gu, '').length, 0);
    if (letters === 0) throw new ReportReadError('NO_TEXT', { pages: pdf.numPages });
    return { text: dropPageFurniture(pages).join('\n'), pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

/**
 * A PDF's pages are known, so a running header or footer can be recognised where it stands: the first or last line of
 * a page that, digits aside, is the same on most pages ("Trang 3", "UBND xã … – Báo cáo").
 */
function dropPageFurniture(pages: string[][]): string[] {
  if (pages.length < 3) return pages.flat();
  const key = (line: string | undefined) => (line === undefined ? '' : compactFold(line).replace(/\d+/g, '#'));
  const count = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([key(firstContent(lines)), key(lastContent(lines))]);
    for (const k of edge) if (k !== '') count.set(k, (count.get(k) ?? 0) + 1);
  }
  const furniture = new Set([...count].filter(([, n]) => n >= pages.length * 0.6).map(([k]) => k));
  return pages.flatMap((lines) => {
    const out = [...lines];
    for (const pick of [firstIndex, lastIndex]) {
      const at = pick(out);
      if (at >= 0 && furniture.has(key(out[at]))) out.splice(at, 1);
    }
    return out;
  });
}

const firstIndex = (lines: string[]) => lines.findIndex((l) => l.trim() !== '');
const lastIndex = (lines: string[]) => {
  for (let i = lines.length - 1; i >= 0; i -= 1) if (lines[i]!.trim() !== '') return i;
  return -1;
};
const firstContent = (lines: string[]) => lines[firstIndex(lines)];
const lastContent = (lines: string[]) => lines[lastIndex(lines)];
