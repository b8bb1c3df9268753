import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBase64, downloadCsv, downloadFile } from './download';

/** What the browser was handed: the blob behind the object URL and the link clicked to save it. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const clicks: { href: string; download: string; inDocument: boolean }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.getAttribute('href') ?? '', download: this.download, inDocument: document.body.contains(this) });
  });
  return { blobs, clicks, revoke };
}

/** The blob's bytes, read as the browser reads them (jsdom's Blob has no arrayBuffer()). */
const bytesOf = (blob: Blob) =>
  new Promise<number[]>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

describe('download', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks one link named as the file, leaves no link behind, and lets the URL go afterwards', () => {
    vi.useFakeTimers();
    const { blobs, clicks, revoke } = captureDownloads();
    downloadFile('a.xlsx', ['x'], 'application/octet-stream');
    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'a.xlsx', inDocument: true }]);
    expect(blobs[0]?.type).toBe('application/octet-stream');
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });

  it('writes a CSV as UTF-8 with a byte-order mark, so the Vietnamese letters survive a spreadsheet', async () => {
    const { blobs } = captureDownloads();
    downloadCsv('so-sanh.csv', 'Xã\r\nBình Thành');
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(blobs[0]!);
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes))).toBe('\ufeffXã\r\nBình Thành');
  });

  it('hands over a base64 file byte for byte', async () => {
    const { blobs } = captureDownloads();
    downloadBase64('phu-luc-i.xlsx', btoa(String.fromCharCode(0x50, 0x4b, 0x03, 0x04, 0xff)), 'application/zip');
    expect(await bytesOf(blobs[0]!)).toEqual([0x50, 0x4b, 0x03, 0x04, 0xff]);
  });
});
