// The report as the files communes send: a Word document (one paragraph per line of text) and a PDF with a text layer
// (one printed line per line of text, a running header and a page number on every page), made from the text.
import { existsSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

export async function makeDocx(text: string): Promise<Uint8Array> {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Fonts with Vietnamese letters, in the places Debian puts them. */
const FONTS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/freefont/FreeSans.ttf',
];

export function pdfFont(): string | null {
  return FONTS.find((path) => existsSync(path)) ?? null;
}

export interface PdfOptions {
  linesPerPage: number;
  header?: string;
  /** A page without a text layer: shapes only, as a scan looks to a text extractor. */
  scanned?: boolean;
}

export function makePdf(text: string, options: PdfOptions): Promise<Uint8Array> {
  const font = pdfFont();
  if (font === null && !options.scanned) throw new Error(`no font with Vietnamese letters: install fonts-dejavu-core (${FONTS[0]})`);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 30, autoFirstPage: false, compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    if (font) doc.font(font);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    let page = 0;
    for (let i = 0; i < lines.length || page === 0; i += options.linesPerPage) {
      doc.addPage();
      page += 1;
      if (options.scanned) {
        doc.rect(40, 40, 400, 600).fill('#cccccc');
        if (i + options.linesPerPage >= lines.length) break;
        continue;
      }
      doc.fontSize(8);
      let y = 30;
      if (options.header) {
        doc.text(options.header, 30, y, { lineBreak: false });
        y += 16;
      }
      for (const line of lines.slice(i, i + options.linesPerPage)) {
        doc.text(line.trim(), 30, y, { lineBreak: false });
        y += 11;
      }
      doc.text(`Trang ${page}`, 280, 800, { lineBreak: false });
    }
    doc.end();
  });
}
