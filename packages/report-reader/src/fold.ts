// Text compared for matching only, never stored or shown: a report's text arrives with its letters precomposed or
// decomposed, with or without diacritics, broken over lines and with words run together ("hoàn thànhNhiệm vụ"), so
// matching works on a "compact fold": lower case, diacritics dropped, đ → d, and no whitespace at all.

const FOLDED = new Map<string, string>();

/** Folds one character: "" for whitespace and combining marks, otherwise its base letter in lower case. */
export function foldChar(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    if (/\s/u.test(char)) folded = '';
    else if (char === 'đ' || char === 'Đ') folded = 'd';
    else folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // A document has a few hundred distinct characters: remember them all, but not an unbounded alphabet.
    if (FOLDED.size < 4096) FOLDED.set(char, folded);
  }
  return folded;
}

/** The compact fold of a whole string ("Trong \n đó" → "trongdo"). */
export function compactFold(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

/**
 * A compact fold that remembers, for every folded character, the offset of the original character it came from, so
 * a match found in folded text maps back to the exact text as written.
 */
export interface FoldedText {
  folded: string;
  /** offsets[i] = offset in the original text of folded[i]. */
  offsets: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let k = 0; k < f.length; k += 1) {
      folded += f[k];
      offsets.push(offset);
    }
    offset += char.length;
  }
  return { folded, offsets };
}

/** Whitespace collapsed and trimmed, letters as written (NFC): how a proposal shows text it read. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A fold that keeps length and positions (one character out for each character in): lower case, diacritics dropped,
 * đ → d, any whitespace → " ". Patterns run on it, and their offsets are offsets in the original (NFC) text.
 */
export function looseFold(text: string): string {
  let out = '';
  for (const char of text) {
    let f = foldChar(char);
    if (f === '' && /\s/u.test(char)) f = ' ';
    // Keep one code unit per code unit of the original.
    if (f.length !== char.length) f = f.length > char.length ? f.slice(0, char.length) : f.padEnd(char.length, ' ');
    out += f;
  }
  return out;
}
