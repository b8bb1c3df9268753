// Reads a number typed in the UI language: Vietnamese through @cchc/domain's parser ("80,5", "16.807"), English as
// "80.5" / "16,807". Blank stays blank (null); anything else is an error, never a silent guess.
import { parseVietnameseNumber } from '@cchc/domain';
import type { Locale } from '../../../i18n';

export type ParsedInput = { ok: true; value: number | null } | { ok: false };

const ENGLISH_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export function parseInputNumber(text: string, locale: Locale): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (locale === 'vi') {
    try {
      return { ok: true, value: parseVietnameseNumber(trimmed) };
    } catch {
      return { ok: false };
    }
  }
  if (!ENGLISH_NUMBER.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed.replace(/,/g, '')) };
}
