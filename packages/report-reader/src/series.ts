// The narrative's yearly series: the reform-index score and rank per year, satisfaction and its rank, the yearly
// inspections of the footnote, the year-by-year tables (procedures 2021–2024, staffing 2021–2025), staff reductions,
// and the rates a sentence gives for one year ("kết quả năm 2024: tỷ lệ … đạt 97,54%"). Each pattern runs on a
// folded copy of the text that keeps positions, so every point quotes the lines it was read from, as written.
import { parseRank, parseVietnameseNumber } from '@cchc/domain';
import type { Region } from './document.js';
import { compactFold, looseFold, tidy } from './fold.js';
import type { SeriesPointProposal } from './proposal.js';

interface SeriesDef {
  code: string;
  label: string;
  unit: string | null;
}

/** The narrative indicators a commune's report states year by year (codes as in the dataset's narrative). */
export const SERIES: Record<string, SeriesDef> = {
  PAR_SCORE: { code: 'N.PAR.SCORE', label: 'Chỉ số CCHC (điểm)', unit: 'điểm' },
  PAR_RANK: { code: 'N.PAR.RANK', label: 'Thứ hạng Chỉ số CCHC', unit: null },
  SIPAS: { code: 'N.SIPAS.SATISFACTION', label: 'Chỉ số hài lòng', unit: '%' },
  SIPAS_RANK: { code: 'N.SIPAS.RANK', label: 'Thứ hạng Chỉ số hài lòng', unit: null },
  SELF_AD_HOC: { code: 'N.INSP.SELF.AD_HOC', label: 'Tự kiểm tra đột xuất (cuộc)', unit: 'cuộc' },
  SELF_PERIODIC: { code: 'N.INSP.SELF.PERIODIC', label: 'Tự kiểm tra định kỳ (cuộc)', unit: 'cuộc' },
  DISTRICT: { code: 'N.INSP.DISTRICT', label: 'Đoàn kiểm tra của UBND huyện (cuộc)', unit: 'cuộc' },
  HOME_AFFAIRS: { code: 'N.INSP.HOME_AFFAIRS', label: 'Đoàn kiểm tra của Phòng Nội vụ (cuộc)', unit: 'cuộc' },
  HDND: { code: 'N.INSP.HDND_SUPERVISION', label: 'Đoàn giám sát của HĐND xã (cuộc)', unit: 'cuộc' },
  FILES_RECEIVED: { code: 'N.TTHC.FILES_RECEIVED', label: 'Số hồ sơ TTHC tiếp nhận', unit: null },
  ONLINE_FILE_RATE: { code: 'N.TTHC.ONLINE_FILE_RATE', label: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến', unit: '%' },
  ONLINE_PAYMENT_RATE: { code: 'N.TTHC.ONLINE_PAYMENT_RATE', label: 'Tỷ lệ (hồ sơ) thanh toán trực tuyến', unit: '%' },
  DIGITISATION_RATE: { code: 'N.TTHC.DIGITISATION_RATE', label: 'Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC', unit: '%' },
  SERVICE_INDEX: { code: 'N.TTHC.SERVICE_INDEX', label: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (điểm)', unit: 'điểm' },
  E_RESULT_RATE: { code: 'N.TTHC.E_RESULT_RATE', label: 'Tỷ lệ hồ sơ cấp kết quả điện tử', unit: '%' },
  DATA_REUSE_RATE: { code: 'N.TTHC.DATA_REUSE_RATE', label: 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hoá', unit: '%' },
  PAYMENT_PROCEDURE_RATE: {
    code: 'N.TTHC.ONLINE_PAYMENT_PROCEDURE_RATE',
    label: 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến',
    unit: '%',
  },
  CAN_BO: { code: 'N.STAFF.CAN_BO', label: 'Số cán bộ xã', unit: 'người' },
  CONG_CHUC: { code: 'N.STAFF.CONG_CHUC', label: 'Số công chức xã', unit: 'người' },
  REDUCTIONS: { code: 'N.STAFF.REDUCTIONS', label: 'Tinh giản biên chế (trường hợp)', unit: 'trường hợp' },
};

/** A table row's or a sentence's words (folded) to the series they state; the first rule that fits wins. */
const RATE_RULES: [RegExp, SeriesDef][] = [
  [/so ho(a|a) ho so/, SERIES.DIGITISATION_RATE!],
  [/cap ket qua dien tu/, SERIES.E_RESULT_RATE!],
  [/khai thac, su dung lai/, SERIES.DATA_REUSE_RATE!],
  [/tthc co giao dich thanh toan/, SERIES.PAYMENT_PROCEDURE_RATE!],
  [/thanh toan truc tuyen/, SERIES.ONLINE_PAYMENT_RATE!],
  [/dich vu cong truc tuyen/, SERIES.ONLINE_FILE_RATE!],
];
const TABLE_ROW_RULES: [RegExp, SeriesDef][] = [
  [/so ho so .*tiep nhan/, SERIES.FILES_RECEIVED!],
  [/bo chi so phuc vu/, SERIES.SERVICE_INDEX!],
  ...RATE_RULES,
];

export function readSeries(text: Region): SeriesPointProposal[] {
  const loose = looseFold(text.text);
  const points: SeriesPointProposal[] = [];
  const quote = (from: number, to: number) => quoteOf(text, from, to);
  const push = (def: SeriesDef | null, label: string, year: number, raw: string, from: number, to: number, rank = false) => {
    points.push(point(def, label, year, raw, quote(from, to), rank));
  };

  // Reform index: "Năm 2021 được 80,5 điểm, xếp thứ 5/23 xã, thị trấn".
  for (const m of loose.matchAll(/nam\s+(\d{4})\s*[:,]?\s*(?:duoc|dat)\s+([\d.,]+)\s+diem\s*[,;]?\s*xep\s+(?:thu|hang)\s+(?:thu\s+)?(\d+\s*\/\s*\d+)/gu)) {
    const year = Number(m[1]);
    const [from, to] = [m.index, m.index + m[0].length];
    push(SERIES.PAR_SCORE!, SERIES.PAR_SCORE!.label, year, group(text.text, m, 2), from, to);
    push(SERIES.PAR_RANK!, SERIES.PAR_RANK!.label, year, group(text.text, m, 3), from, to, true);
  }

  // Satisfaction: "Chỉ số hài lòng …: năm 2022 đạt 70%, xếp thứ 19/23 …".
  for (const m of loose.matchAll(/nam\s+(\d{4})\s*[:,]?\s*dat\s+([\d.,]+\s*%)\s*[,;]?\s*xep\s+(?:thu|hang)\s+(?:thu\s+)?(\d+\s*\/\s*\d+)/gu)) {
    if (!/hai long/u.test(loose.slice(Math.max(0, m.index - 600), m.index))) continue;
    const year = Number(m[1]);
    const [from, to] = [m.index, m.index + m[0].length];
    push(SERIES.SIPAS!, SERIES.SIPAS!.label, year, group(text.text, m, 2), from, to);
    push(SERIES.SIPAS_RANK!, SERIES.SIPAS_RANK!.label, year, group(text.text, m, 3), from, to, true);
  }

  // "Năm 2022: Tự kiểm tra đột xuất 01 cuộc; …" (inspections) and "năm 2023: 01 trường hợp cán bộ" (reductions).
  for (const m of loose.matchAll(/nam\s+(\d{4})\s*:\s*/gu)) {
    const year = Number(m[1]);
    const start = m.index + m[0].length;
    const reduction = /^(\d+)\s+truong\s+hop/u.exec(loose.slice(start));
    if (reduction) {
      push(SERIES.REDUCTIONS!, SERIES.REDUCTIONS!.label, year, text.text.slice(start, start + reduction[1]!.length), m.index, start + reduction[0].length);
      continue;
    }
    const sentenceEnd = endOfSentence(loose, start);
    const sentence = loose.slice(start, sentenceEnd);
    if (!/kiem tra|giam sat/u.test(sentence)) continue;
    let clauseStart = start;
    for (const clause of sentence.split(/;|\s+va\s+/u)) {
      const at = loose.indexOf(clause, clauseStart);
      clauseStart = at + clause.length;
      const count = /(\d+)\s+cuoc/u.exec(clause);
      const def = inspectionKind(clause);
      if (!count || !def || at < 0) continue;
      const rawAt = at + count.index;
      push(def, def.label, year, text.text.slice(rawAt, rawAt + count[1]!.length), at, at + clause.length);
    }
  }

  // A year's rates in one sentence: "kết quả năm 2024: tỷ lệ số hóa … đạt 97,54%, tỷ lệ … đạt 99,24%; …".
  for (const m of loose.matchAll(/ket\s+qua\s+nam\s+(\d{4})\s*:/gu)) {
    const year = Number(m[1]);
    const end = endOfParagraph(loose, m.index + m[0].length);
    const scope = loose.slice(m.index, end);
    for (const c of scope.matchAll(/ty\s+le\s+([^%]{3,160}?)\s+(?:la\s+)?(?:dat\s+)?(\d[\d.,]*\s*%)/gu)) {
      const def = ruleFor(RATE_RULES, c[1]!);
      if (!def) continue;
      const rawAt = m.index + c.index + c[0].length - c[2]!.length;
      push(def, def.label, year, text.text.slice(rawAt, rawAt + c[2]!.length), m.index + c.index, m.index + c.index + c[0].length);
    }
  }

  points.push(...readYearTables(text, loose));
  return points;
}

function point(def: SeriesDef | null, label: string, year: number, raw: string, source: SeriesPointProposal['source'], rank: boolean): SeriesPointProposal {
  let value: number | null = null;
  let rankOf: number | null = null;
  let readable = true;
  try {
    if (rank) {
      const parsed = parseRank(raw);
      value = parsed.rank;
      rankOf = parsed.of;
    } else {
      value = parseVietnameseNumber(raw);
    }
  } catch {
    readable = false;
  }
  return {
    indicatorCode: def?.code ?? null,
    label: def?.label ?? label,
    year,
    raw: tidy(raw),
    value,
    readable,
    rankOf,
    unit: def?.unit ?? null,
    confidence: !readable ? 'LOW' : def === null ? 'MEDIUM' : 'HIGH',
    source,
  };
}

function group(original: string, m: RegExpMatchArray, n: number): string {
  const inner = m[n]!;
  const at = m.index! + m[0].indexOf(inner);
  return original.slice(at, at + inner.length);
}

function ruleFor(rules: [RegExp, SeriesDef][], words: string): SeriesDef | null {
  const flat = words.replace(/\s+/g, ' ');
  return rules.find(([pattern]) => pattern.test(flat))?.[1] ?? null;
}

function inspectionKind(clause: string): SeriesDef | null {
  const flat = clause.replace(/\s+/g, ' ');
  if (/giam sat/u.test(flat) && /hdnd/u.test(flat)) return SERIES.HDND!;
  if (/phong noi vu/u.test(flat)) return SERIES.HOME_AFFAIRS!;
  if (/tu kiem tra/u.test(flat) && /dot xuat/u.test(flat)) return SERIES.SELF_AD_HOC!;
  if (/tu kiem tra/u.test(flat) && /dinh ky/u.test(flat)) return SERIES.SELF_PERIODIC!;
  if (/doan kiem tra/u.test(flat) && /huyen/u.test(flat)) return SERIES.DISTRICT!;
  return null;
}

/** The first "." that ends a sentence (followed by a space or the end), not a decimal or a date. */
function endOfSentence(loose: string, from: number): number {
  const m = /\.(?=\s|$)/u.exec(loose.slice(from));
  return m ? from + m.index : loose.length;
}

/** Up to the next heading, bullet or numbered row: the sentence's figures belong to its year. */
function endOfParagraph(loose: string, from: number): number {
  const m = /\n\s*(?:-\s|\d+(?:\.\d+)*\.\s|\d+\s*\n|[ivx]+\s)/u.exec(loose.slice(from));
  return m ? from + Math.min(m.index, 900) : Math.min(loose.length, from + 900);
}

function quoteOf(text: Region, from: number, to: number): SeriesPointProposal['source'] {
  const lineStart = text.text.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = text.text.indexOf('\n', Math.max(from, to - 1));
  const lineEnd = nextBreak < 0 ? text.text.length : nextBreak;
  const quoted = text.text.slice(lineStart, lineEnd).replace(/\s+$/u, '');
  return { lines: text.linesBetween(lineStart, lineStart + Math.max(quoted.length, 1)), text: quoted };
}

const VALUE_TOKEN = /^(?:\d[\d.,]*%?|-)$/u;

/**
 * Year-by-year tables flattened into lines: a header line of years ("2021 2022 2023 2024", or "Năm 2021 Năm 2022 …"
 * with sub-columns such as "Cán bộ / Công chức"), then rows whose label lines are followed by a line of exactly one
 * value per column.
 */
function readYearTables(text: Region, loose: string): SeriesPointProposal[] {
  const out: SeriesPointProposal[] = [];
  const lines = splitLines(text.text);
  for (let i = 0; i < lines.length; i += 1) {
    const header = loose.slice(lines[i]!.start, lines[i]!.end).trim();
    const bare = /^(?:(?:19|20)\d{2}\s+){2,}(?:19|20)\d{2}$/u.test(header);
    const named = /^(?:nam\s+(?:19|20)\d{2}\s*){2,}$/u.test(header);
    if (!bare && !named) continue;
    const years = [...header.matchAll(/(?:19|20)\d{2}/gu)].map((m) => Number(m[0]));
    let labelFrom = -1;
    let labelWords = '';
    let subColumns: SeriesDef[] | null = null;
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j]!;
      const raw = text.text.slice(line.start, line.end);
      const folded = loose.slice(line.start, line.end).trim();
      if (folded === '') continue;
      const tokens = raw.trim().split(/\s+/u);
      const allValues = tokens.every((t) => VALUE_TOKEN.test(t));
      if (allValues && (tokens.length === years.length || (subColumns && tokens.length === years.length * subColumns.length))) {
        const perYear = tokens.length / years.length;
        const columns = perYear === 1 ? [ruleFor(TABLE_ROW_RULES, labelWords)] : (subColumns ?? []);
        const label = tidy(labelWords.replace(/^\s*\d+\s+/u, ''));
        const from = labelFrom >= 0 ? labelFrom : line.start;
        let at = line.start + (raw.length - raw.trimStart().length);
        tokens.forEach((token, k) => {
          const year = years[Math.floor(k / perYear)]!;
          const def = columns[k % perYear] ?? null;
          const tokenAt = text.text.indexOf(token, at);
          at = tokenAt + token.length;
          out.push(point(def, def?.label ?? (label || `cột ${k + 1}`), year, token, quoteOf(text, from, line.end), false));
        });
        labelFrom = -1;
        labelWords = '';
        continue;
      }
      // A numbered heading of the report ends the table.
      if (/^\d+(?:\.\d+)*\.\s/u.test(folded) || /^(?:phan|phu luc)\s/u.test(folded)) break;
      if (named && subColumns === null && /^(can|bo|cong|chuc)$/u.test(folded)) {
        labelWords += folded;
        const compact = compactFold(labelWords);
        if (compact === 'canbocongchuc'.repeat(years.length)) {
          subColumns = [SERIES.CAN_BO!, SERIES.CONG_CHUC!];
          labelWords = '';
        }
        continue;
      }
      if (labelFrom < 0) labelFrom = line.start;
      labelWords += ` ${folded}`;
      if (j - i > 60) break;
    }
  }
  return out;
}

function splitLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
