// The source report itself: the origin every figure of the dataset is checked against.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the Bình Thành report text; the same relative path works from src/ (tests) and dist/ (built). */
export const SOURCE_TEXT_PATH = fileURLToPath(new URL('../source/binh-thanh-2021-2025.txt', import.meta.url));

/** The report as extracted from its PDF, byte for byte. */
export function readSourceText(): string {
  return readFileSync(SOURCE_TEXT_PATH, 'utf8');
}
