// Vietnamese number text as printed in the reports: comma is the decimal mark, dot groups thousands.
//
// Reading rule: a dot is accepted only as a thousands separator, so every dot must be followed by a group of
// exactly three digits and the first group has one to three digits ("16.807", "1.234.567,5"). Anything else with a
// dot ("1.5", "12.34", "80.5", "1.2345") is ambiguous — it may be an English decimal typed by mistake — and is
// rejected rather than guessed. At most one comma (the decimal mark) is allowed, followed by at least one digit.
// Zero-padded counts ("03") are read as plain integers. A trailing "%" is allowed and dropped (the value stays in
// percent units: "98,37%" is 98.37).

/** Why a text is not a Vietnamese number, as a code clients word in their language. */
export type VietnameseNumberReason =
  | 'NO_DIGITS'
  | 'BAD_CHARACTER'
  | 'SEPARATOR_PLACEMENT'
  | 'COMMA_TWICE'
  | 'NO_INTEGER_PART'
  | 'BAD_FRACTION'
  | 'DOT_GROUPING'
  | 'TOO_LARGE'
  | 'RANK_FORMAT'
  | 'RANK_BELOW_ONE'
  | 'RANK_OF_BELOW_ONE';

export class VietnameseNumberError extends Error {
  readonly text: string;
  readonly reasonCode: VietnameseNumberReason;

  constructor(text: string, reason: string, reasonCode: VietnameseNumberReason) {
    super(`Cannot read ${JSON.stringify(text)} as a Vietnamese number: ${reason}`);
    this.name = 'VietnameseNumberError';
    this.text = text;
    this.reasonCode = reasonCode;
  }
}

const PLAIN_INTEGER = /^\d+$/;
// The first group never starts with 0: "0.123" is an English decimal, not 123.
const GROUPED_INTEGER = /^[1-9]\d{0,2}(\.\d{3})+$/;
const FRACTION = /^\d+$/;

/** Reads a number as written in a Vietnamese report. Blank (or whitespace) is "not reported": null, never 0. */
export function parseVietnameseNumber(text: string): number | null {
  let body = text.trim();
  if (body === '') return null;

  if (body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  let sign = 1;
  if (body.startsWith('-') || body.startsWith('\u2212')) {
    sign = -1;
    body = body.slice(1);
  }
  if (body === '') throw new VietnameseNumberError(text, 'there are no digits', 'NO_DIGITS');
  if (/[^\d.,]/.test(body)) {
    throw new VietnameseNumberError(text, 'only digits, "." (thousands), "," (decimals), a leading "-" and a trailing "%" are allowed', 'BAD_CHARACTER');
  }
  if (body.includes('..') || body.includes(',,') || body.includes('.,') || body.includes(',.')) {
    throw new VietnameseNumberError(text, 'separators must stand between digits', 'SEPARATOR_PLACEMENT');
  }

  const commaParts = body.split(',');
  if (commaParts.length > 2) {
    throw new VietnameseNumberError(text, 'a comma is the decimal mark and may appear only once', 'COMMA_TWICE');
  }
  const integerPart = commaParts[0] ?? '';
  const fractionPart = commaParts[1];

  if (integerPart === '') throw new VietnameseNumberError(text, 'a digit must come before the decimal comma', 'NO_INTEGER_PART');
  if (fractionPart !== undefined && !FRACTION.test(fractionPart)) {
    throw new VietnameseNumberError(text, 'the decimal comma must be followed by digits only', 'BAD_FRACTION');
  }

  let integerDigits: string;
  if (PLAIN_INTEGER.test(integerPart)) {
    integerDigits = integerPart;
  } else if (GROUPED_INTEGER.test(integerPart)) {
    integerDigits = integerPart.replaceAll('.', '');
  } else {
    throw new VietnameseNumberError(
      text,
      'a dot groups thousands and must be followed by exactly three digits (write decimals with a comma, e.g. "80,5")',
      'DOT_GROUPING',
    );
  }

  const value = Number(fractionPart === undefined ? integerDigits : `${integerDigits}.${fractionPart}`);
  if (!Number.isFinite(value)) throw new VietnameseNumberError(text, 'the number is too large', 'TOO_LARGE');
  // Avoid "-0" for "-0" or "-0,0": a blank-free zero is just zero.
  return value === 0 ? 0 : sign * value;
}

/** A rank "k/N" (5th of 23 communes). rank > of is not a parse error: validation reports it with the source. */
export function parseRank(text: string): { rank: number; of: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new VietnameseNumberError(text, 'a rank is written "k/N" with whole numbers, e.g. "5/23"', 'RANK_FORMAT');
  const rank = Number(match[1]);
  const of = Number(match[2]);
  if (rank < 1) throw new VietnameseNumberError(text, 'a rank starts at 1', 'RANK_BELOW_ONE');
  if (of < 1) throw new VietnameseNumberError(text, 'the number of ranked units must be at least 1', 'RANK_OF_BELOW_ONE');
  return { rank, of };
}

export interface NumberFormatOptions {
  maximumFractionDigits?: number;
  minimumFractionDigits?: number;
}

export type Locale = 'vi' | 'en';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

/** Six fraction digits by default: enough for the reports' most precise figure ("17759,720212" million đồng). */
export const DEFAULT_MAXIMUM_FRACTION_DIGITS = 6;

function intlOptions(options: NumberFormatOptions | undefined): Intl.NumberFormatOptions {
  const minimumFractionDigits = options?.minimumFractionDigits ?? 0;
  const maximumFractionDigits = Math.max(
    options?.maximumFractionDigits ?? DEFAULT_MAXIMUM_FRACTION_DIGITS,
    minimumFractionDigits,
  );
  return { minimumFractionDigits, maximumFractionDigits, useGrouping: true };
}

/**
 * The number a formatted figure shows, as a number: rounded half away from zero to the same fraction digits as
 * formatNumber (six by default), so exports (CSV, XLSX) carry 91.88 − 91.43 as 0.45, not 0.44999999999998863.
 * -0 becomes 0.
 */
export function roundLikeFormatted(value: number, maximumFractionDigits = DEFAULT_MAXIMUM_FRACTION_DIGITS): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${String(value)} as a number`);
  // toFixed rounds the exact binary value half away from zero, as Intl.NumberFormat does; it is exact up to 1e21.
  const rounded = Math.abs(value) < 1e21 ? Number(value.toFixed(maximumFractionDigits)) : value;
  return rounded === 0 ? 0 : rounded;
}

/** Formats a number the Vietnamese way ("16.807", "80,5"), readable back by parseVietnameseNumber. */
export function formatVietnameseNumber(value: number, options?: NumberFormatOptions): string {
  return formatNumber(value, 'vi', options);
}

/** Formats for the UI language; a missing value (null) is shown blank, never as 0. */
export function formatNumber(value: number | null, locale: Locale, options?: NumberFormatOptions): string {
  if (value === null) return '';
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${String(value)} as a number`);
  // Normalise -0 (and values that round to zero) so nothing prints as "-0".
  const text = new Intl.NumberFormat(INTL_LOCALE[locale], intlOptions(options)).format(value);
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** A value already in percent units (98.37 → "98,37%" in Vietnamese, "98.37%" in English); null → ''. */
export function formatPercent(value: number | null, locale: Locale = 'vi', options?: NumberFormatOptions): string {
  if (value === null) return '';
  return `${formatNumber(value, locale, options)}%`;
}

/** A rank as the reports print it: "5/23". */
export function formatRank(rank: number, of: number): string {
  return `${rank}/${of}`;
}
