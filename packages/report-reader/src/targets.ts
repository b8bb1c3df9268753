// The targets proposed for the next programme (PHẦN IV, "Đề xuất các chỉ tiêu"): one sentence each, with a
// comparator ("Tối thiểu", "Trên", "Giảm tối thiểu … so với", or a plain "100%") and a percentage.
import { parseVietnameseNumber, type Comparator } from '@cchc/domain';
import { region, type ReportDocument } from './document.js';
import { compactFold, looseFold, tidy } from './fold.js';
import type { TargetProposal } from './proposal.js';

export function readTargets(doc: ReportDocument): TargetProposal[] {
  const start = doc.lines.findIndex((l) => l.furniture === null && /^\d+\.dexuat(cac)?chitieu/.test(compactFold(l.text)));
  if (start < 0) return [];
  const end = doc.lines.findIndex(
    (l, i) => i > start && l.furniture === null && /^(trenday|noinhan|phuluc|danhmuc|\d+\.\p{L})/u.test(compactFold(l.text)),
  );
  const text = region(doc, start + 1, end < 0 ? doc.lines.length : end);
  // Sentences: a line that starts with a capital letter or a digit after a line that ended with "." or ":" opens one.
  const paragraphs: { from: number; to: number }[] = [];
  let offset = 0;
  let open: { from: number; to: number } | null = null;
  let previousEnded = true;
  for (const line of text.text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const starts = previousEnded && /^[\p{Lu}\d]/u.test(trimmed);
      if (starts || open === null) {
        if (open) paragraphs.push(open);
        open = { from: offset, to: offset + line.length };
      } else {
        open.to = offset + line.length;
      }
      previousEnded = /[.:;]$/u.test(trimmed);
    }
    offset += line.length + 1;
  }
  if (open) paragraphs.push(open);

  const targets: TargetProposal[] = [];
  for (const paragraph of paragraphs) {
    const original = text.text.slice(paragraph.from, paragraph.to);
    const loose = looseFold(original);
    const percent = /(\d[\d.,]*)\s*%/u.exec(loose);
    if (!percent || /:\s*$/u.test(loose.trim())) continue;
    const comparator = comparatorOf(loose.trim());
    const rawAt = percent.index;
    const raw = original.slice(rawAt, rawAt + percent[1]!.length);
    let value: number | null;
    try {
      value = parseVietnameseNumber(raw);
    } catch {
      value = null;
    }
    const quoted = original.replace(/\s+$/u, '');
    targets.push({
      number: targets.length + 1,
      text: tidy(original),
      comparator,
      raw,
      value,
      unit: '%',
      confidence: value === null ? 'LOW' : 'HIGH',
      source: { lines: text.linesBetween(paragraph.from, paragraph.from + Math.max(quoted.length, 1)), text: quoted },
    });
  }
  return targets;
}

function comparatorOf(sentence: string): Comparator {
  if (/^giam\s+(toi\s+thieu|it\s+nhat)/u.test(sentence)) return 'REDUCE_BY_AT_LEAST';
  if (/^(toi\s+thieu|it\s+nhat)/u.test(sentence)) return 'AT_LEAST';
  if (/^(tren|hon)\s/u.test(sentence)) return 'MORE_THAN';
  if (/^(toi\s+da|khong\s+qua)/u.test(sentence)) return 'AT_MOST';
  if (/^(duoi)\s/u.test(sentence)) return 'LESS_THAN';
  return 'EQUAL';
}
