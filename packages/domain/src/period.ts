// Keys, labels and ordering of the periods a figure holds for (year, programme span, date range, as-of date).
import type { Period } from './model.js';
import type { Locale } from './vn-number.js';

export class PeriodKeyError extends Error {
  readonly key: string;

  constructor(key: string, reason: string) {
    super(`Cannot read period key ${JSON.stringify(key)}: ${reason}`);
    this.name = 'PeriodKeyError';
    this.key = key;
  }
}

/** An ISO date, possibly partial: "2025", "2025-03" or "2025-04-15". */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

function readIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** First and last full ISO day a partial date covers ("2025-03" → 2025-03-01 … 2025-03-31). */
function dayBounds(text: string): { first: string; last: string } {
  const parts = readIsoDate(text);
  if (!parts) throw new PeriodKeyError(text, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD');
  const { year, month, day } = parts;
  if (month === null) return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (day === null) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
  const full = `${year}-${pad(month)}-${pad(day)}`;
  return { first: full, last: full };
}

/**
 * A stable string for a period, usable as a map key or URL parameter:
 * YEAR "2024", SPAN "2021-2025", RANGE "2020-12-15..2025-04-15", AS_OF "@2025-03".
 */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'YEAR':
      return String(period.year);
    case 'SPAN':
      return `${period.fromYear}-${period.toYear}`;
    case 'RANGE':
      return `${period.from}..${period.to}`;
    case 'AS_OF':
      return `@${period.date}`;
  }
}

/** The inverse of periodKey; a key that is not one of its four shapes is an error quoting it. */
export function parsePeriodKey(key: string): Period {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(key))) return { kind: 'YEAR', year: Number(match[1]) };
  if ((match = /^(\d{4})-(\d{4})$/.exec(key))) {
    const fromYear = Number(match[1]);
    const toYear = Number(match[2]);
    if (fromYear > toYear) throw new PeriodKeyError(key, 'a span must not end before it starts');
    return { kind: 'SPAN', fromYear, toYear };
  }
  if (key.startsWith('@')) {
    const date = key.slice(1);
    if (!readIsoDate(date)) throw new PeriodKeyError(key, 'an as-of date is written @YYYY, @YYYY-MM or @YYYY-MM-DD');
    return { kind: 'AS_OF', date };
  }
  const range = key.split('..');
  if (range.length === 2) {
    const [from = '', to = ''] = range;
    if (!readIsoDate(from) || !readIsoDate(to)) {
      throw new PeriodKeyError(key, 'a range is written FROM..TO with ISO dates, e.g. 2020-12-15..2025-04-15');
    }
    if (dayBounds(from).first > dayBounds(to).last) throw new PeriodKeyError(key, 'a range must not end before it starts');
    return { kind: 'RANGE', from, to };
  }
  throw new PeriodKeyError(key, 'expected YYYY, YYYY-YYYY, FROM..TO or @DATE');
}

/** "2025-04-15" → "15/4/2025", "2025-03" → "3/2025", "2025" → "2025": how the reports write dates. */
function dateLabel(text: string): string {
  const parts = readIsoDate(text);
  if (!parts) return text;
  if (parts.month === null) return String(parts.year);
  if (parts.day === null) return `${parts.month}/${parts.year}`;
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** A label for readers: "Năm 2024" / "2024", "2021–2025", "15/12/2020 – 15/4/2025", "đến 3/2025" / "as of 3/2025". */
export function periodLabel(period: Period, locale: Locale): string {
  switch (period.kind) {
    case 'YEAR':
      return locale === 'vi' ? `Năm ${period.year}` : String(period.year);
    case 'SPAN':
      return `${period.fromYear}\u2013${period.toYear}`;
    case 'RANGE':
      return `${dateLabel(period.from)} \u2013 ${dateLabel(period.to)}`;
    case 'AS_OF':
      return locale === 'vi' ? `đến ${dateLabel(period.date)}` : `as of ${dateLabel(period.date)}`;
  }
}

function periodBounds(period: Period): { start: string; end: string } {
  switch (period.kind) {
    case 'YEAR':
      return { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
    case 'SPAN':
      return { start: `${period.fromYear}-01-01`, end: `${period.toYear}-12-31` };
    case 'RANGE':
      return { start: dayBounds(period.from).first, end: dayBounds(period.to).last };
    case 'AS_OF': {
      // A stock at a date: it starts and ends on the last day the date covers ("đến tháng 3/2025" = end of March).
      const { last } = dayBounds(period.date);
      return { start: last, end: last };
    }
  }
}

/**
 * Chronological order for sorting: by the last day the period covers, then by its first day (so within the same end,
 * a longer period comes first), then by key to stay total and stable.
 */
export function comparePeriods(a: Period, b: Period): number {
  const boundsA = periodBounds(a);
  const boundsB = periodBounds(b);
  if (boundsA.end !== boundsB.end) return boundsA.end < boundsB.end ? -1 : 1;
  if (boundsA.start !== boundsB.start) return boundsA.start < boundsB.start ? -1 : 1;
  const keyA = periodKey(a);
  const keyB = periodKey(b);
  return keyA === keyB ? 0 : keyA < keyB ? -1 : 1;
}

/** The calendar year in which the period ends. */
export function periodEndYear(period: Period): number {
  return Number(periodBounds(period).end.slice(0, 4));
}

/** The year of a calendar-year period; null for every other kind (a span is not "a year"). */
export function periodYear(period: Period): number | null {
  return period.kind === 'YEAR' ? period.year : null;
}
