// A second commune's report in the same template with other figures, made from the Bình Thành text: every figure of
// PHỤ LỤC I and of the yearly series is rewritten where the hand-checked dataset says it is printed (some blanks
// filled, some figures blanked), the commune renamed, and the layout roughened the way other PDFs come out: units run
// into names, "Trong đó" on one line, stray spaces, a running header and page numbers in the middle of tables.
import { binhThanhReport } from '@cchc/dataset';
import { formatVietnameseNumber, parseVietnameseNumber, type IndicatorDef } from '@cchc/domain';
import { binhThanhTruth, type ExpectedPoint, type ExpectedValue, type Truth } from './truth.js';

const RUNNING_HEADER = 'UBND xã Phú Đình - Báo cáo tổng kết CCHC giai đoạn 2021 - 2025';

export function otherCommuneTruth(options: { furniture?: boolean } = {}): Truth {
  const base = binhThanhTruth();
  const indicators = new Map<string, IndicatorDef>(binhThanhReport.indicators.map((i) => [i.code, i]));
  let text = base.text;

  // 1. PHỤ LỤC I: each row's quote, found in order from the appendix's heading, with its value rewritten.
  const appendix = new Map<string, ExpectedValue>();
  let cursor = text.indexOf('PHỤ LỤC I');
  let n = 0;
  for (const o of binhThanhReport.observations) {
    if (o.source.table !== 'PHỤ LỤC I') continue;
    n += 1;
    const indicator = indicators.get(o.indicatorCode)!;
    const quote = o.source.quote;
    const at = text.indexOf(quote, cursor);
    if (at < 0) throw new Error(`quote of ${o.indicatorCode} not found`);
    let newQuote = quote;
    let raw = o.raw;
    if (o.raw === '') {
      const unit = indicator.unit ?? '';
      if (n % 2 === 0 && unit !== '' && quote.trimEnd().endsWith(unit)) {
        raw = indicator.valueType === 'PERCENT' ? '75,5' : String(3 + (n % 9));
        newQuote = `${quote.trimEnd()} ${raw}`;
      }
    } else {
      raw = n % 9 === 4 && !indicator.legend && !o.note ? '' : rewrite(o.raw, indicator, n);
      newQuote = replaceLastToken(quote, o.raw, raw);
    }
    text = text.slice(0, at) + newQuote + text.slice(at + quote.length);
    cursor = at + newQuote.length;
    appendix.set(o.indicatorCode, { raw, value: parseVietnameseNumber(raw) });
  }

  // 2. Yearly series: the points sharing a quote are printed in the dataset's order.
  const byQuote = new Map<string, typeof binhThanhReport.observations>();
  for (const o of binhThanhReport.observations) {
    if (o.period.kind !== 'YEAR' || o.source.table === 'PHỤ LỤC I') continue;
    byQuote.set(o.source.quote, [...(byQuote.get(o.source.quote) ?? []), o]);
  }
  const series = new Map<string, ExpectedPoint>();
  // Evidence cells quote some of these figures: what a person would now read there.
  const rewritten: [string, string][] = [];
  for (const [quote, points] of byQuote) {
    const at = text.indexOf(quote);
    if (at < 0) throw new Error(`quote not found: ${quote}`);
    let newQuote = '';
    let rest = quote;
    for (const o of points) {
      const year = (o.period as { year: number }).year;
      const indicator = indicators.get(o.indicatorCode)!;
      const raw = rewrite(o.raw, indicator, year + o.indicatorCode.length);
      const token = tokenAt(rest, o.raw);
      if (token < 0) throw new Error(`${o.raw} not in ${rest}`);
      newQuote += rest.slice(0, token) + raw;
      rest = rest.slice(token + o.raw.length);
      const value = o.rankOf !== undefined ? Number(raw.split('/')[0]) : parseVietnameseNumber(raw)!;
      series.set(`${o.indicatorCode}|${year}|${value}`, { indicatorCode: o.indicatorCode, year, raw, value });
    }
    newQuote += rest;
    text = text.slice(0, at) + newQuote + text.slice(at + quote.length);
    rewritten.push([flat(quote), flat(newQuote)]);
  }

  // 3. Targets: other percentages.
  const targets = binhThanhReport.targets.map((t, i) => {
    const value = t.value - 5 + i;
    const quote = t.source.quote;
    const newQuote = quote.replace(`${t.value}%`, `${value}%`);
    text = text.replace(quote, newQuote);
    return { text: t.text.replace(`${t.value}%`, `${value}%`), comparator: t.comparator, value };
  });

  // 4. Another commune, a rougher layout.
  text = text.replace(/Bình(\s+)Thành/g, 'Phú$1Đình');
  text = text.replace('Số nhiệm vụ đã hoàn thành Nhiệm vụ', 'Số nhiệm vụ đã hoàn thànhNhiệm vụ');
  text = text.replace('Số lãnh đạo UBND cấp xã bị kỷ luật.  Người', 'Số lãnh đạo UBND cấp xã bị kỷ luật.Người');
  text = text.replace('Trong \n\nđó  \n\nSố vấn đề', 'Trong đó Số vấn đề');
  text = text.replace('Trong \n\nđó \n\nTổng số DVC đủ', 'Trong đó\nTổng số DVC đủ');
  text = text.replace('1.2.  Kiểm tra CCHC', '1.2.  Kiểm  tra CCHC');
  text = text.replace('\nPHỤ LỤC I \n', '\nPHỤ  LỤC I \n');
  if (options.furniture !== false) text = withPageFurniture(text, 60);

  const rename = (s: string) => s.replace(/Bình(\s+)Thành/g, 'Phú$1Đình');
  return {
    name: 'Phú Đình (figures rewritten)',
    text,
    appendix,
    series: [...series.values()],
    tasks: base.tasks.map((t) => ({
      ...t,
      title: rename(t.title),
      evidence: rename(rewritten.reduce((evidence, [from, to]) => evidence.replace(from, to), flat(t.evidence))),
    })),
    targets: targets.map((t) => ({ ...t, text: rename(t.text) })),
  };
}

/** Every `linesPerPage` lines: a running header and a page number, wherever the page breaks (tables included). */
export function withPageFurniture(text: string, linesPerPage: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, index) => {
    if (index > 0 && index % linesPerPage === 0) {
      out.push(`Trang ${page}`, RUNNING_HEADER);
      page += 1;
    }
    out.push(line);
  });
  return out.join('\n');
}

/** A different figure of the same kind, written the way reports write it. */
function rewrite(raw: string, indicator: IndicatorDef, salt: number): string {
  const rank = /^(\d+)\/(\d+)$/.exec(raw);
  if (rank) {
    const of = Number(rank[2]);
    return `${(Number(rank[1]) % of) + 1}/${of}`;
  }
  const percent = raw.endsWith('%');
  const value = parseVietnameseNumber(raw)!;
  if (indicator.legend && indicator.legend.length > 0) {
    const values = indicator.legend.map((e) => e.value);
    const index = values.indexOf(value);
    return String(values[(index + 1) % values.length]);
  }
  let next: number;
  if (indicator.valueType === 'PERCENT' || indicator.valueType === 'SCORE' || percent) {
    next = value >= 99 ? [96.5, 87.25, 92, 99.1][salt % 4]! : Math.round((value * 0.93 + 1.7) * 100) / 100;
  } else if (!Number.isInteger(value)) {
    next = Math.round(value * 1.1 * 1e6) / 1e6;
    return `${String(next).replace('.', ',')}`;
  } else {
    next = value + 1 + (salt % 5);
  }
  let out = next >= 1000 ? formatVietnameseNumber(next) : formatVietnameseNumber(next).replace(/\./g, '');
  if (/^0\d$/.test(raw) && next < 10) out = out.padStart(2, '0');
  return percent ? `${out}%` : out;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function tokenAt(text: string, token: string, from = 0): number {
  let at = text.indexOf(token, from);
  while (at >= 0) {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + token.length] ?? ' ';
    if (/[\s(]/.test(before) && /[\s,;.)x]/.test(after)) return at;
    at = text.indexOf(token, at + 1);
  }
  return -1;
}

function replaceLastToken(quote: string, token: string, replacement: string): string {
  let last = -1;
  for (let at = tokenAt(quote, token); at >= 0; at = tokenAt(quote, token, at + 1)) last = at;
  if (last < 0) throw new Error(`${token} not in ${quote}`);
  return quote.slice(0, last) + replacement + quote.slice(last + token.length);
}
