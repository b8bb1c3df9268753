// Vietnamese alphabetical order, the single rule the server and the browser sort commune names by.

/**
 * The Vietnamese collator: letters with diacritics after their base letter (a < ă < â), "Đ" a letter of its own after
 * "D", tones compared after the letters ("Bảo Cường" before "Bình Yên"). Node and every browser ship the "vi" rules.
 */
export const VIETNAMESE_COLLATOR = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two names in Vietnamese alphabetical order; equal names by the collator fall back to code-point order. */
export function compareVietnamese(a: string, b: string): number {
  return VIETNAMESE_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy of `items` sorted by their name in Vietnamese alphabetical order (stable for equal names). */
export function sortByVietnameseName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(name(a), name(b)));
}

/** A name search: at most this many characters typed (the longest name is far shorter) and this many units answered. */
export const NAME_SEARCH_LIMITS = { textMax: 100, resultsMax: 20 } as const;

/**
 * The key a name is searched by: lower case without tones or marks ("Bình Thành" → "binh thanh", "Định Hóa" →
 * "dinh hoa"), spaces collapsed. People type names with or without diacritics, in any case and with either placement
 * of the tone (hóa / hoá); both the stored names and the typed text are folded by this one rule before they are compared.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
