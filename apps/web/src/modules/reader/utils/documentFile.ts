// What the reader is given: a file (PDF, DOCX or text) or pasted text, as the base64 the API takes.
export type DocumentFormat = 'PDF' | 'DOCX' | 'TEXT';

export function documentFormatOf(fileName: string): DocumentFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.pdf')) return 'PDF';
  if (lower.endsWith('.docx')) return 'DOCX';
  if (lower.endsWith('.txt')) return 'TEXT';
  return null;
}

export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
