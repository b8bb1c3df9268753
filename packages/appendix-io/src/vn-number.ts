// INTERIM: stands in for @cchc/domain's parseVietnameseNumber until packages/domain/src/vn-number.ts lands; then this
// file becomes a re-export so there is one parser for the whole platform.
export class VietnameseNumberError extends Error {}

export function parseVietnameseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(trimmed)) {
    throw new VietnameseNumberError(`"${text}" is not a number written the Vietnamese way (e.g. 80,5 or 16.807)`);
  }
  return Number(trimmed.replace(/\./g, '').replace(',', '.'));
}
