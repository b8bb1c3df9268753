// The one way the app hands a file made in the browser to the reader: a Blob behind a link that is clicked once.

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers `parts` as a download named `fileName`; the object URL is let go once the browser has taken it. */
export function downloadFile(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV text as a download, UTF-8 with a byte-order mark so spreadsheet programs read the Vietnamese letters. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, ['\ufeff', csv], CSV_TYPE);
}

/** A file the server sent as base64 (an exported PHỤ LỤC I) as a download, byte for byte. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadFile(fileName, [Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], type);
}
