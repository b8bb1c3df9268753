// An XLSX is a zip: before ExcelJS inflates it whole, its entries are counted and inflated as a stream with a byte
// budget (yauzl), so a zip bomb or a workbook far beyond the template is refused in milliseconds, not after seconds
// and gigabytes. The declared sizes are checked first and the real ones while inflating (a zip may lie about them).
import yauzl from 'yauzl';

export const XLSX_LIMITS = {
  /** A PHỤ LỤC I workbook has about ten parts; Excel adds a few more. */
  maxEntries: 64,
  /** The template's workbook inflates to well under 1 MB; four times that is still a legitimate appendix. */
  maxUncompressedBytes: 4 * 1024 * 1024,
} as const;

/** Why a workbook is refused before it is read: a code and parameters for the clients, and an English reason. */
export type XlsxRefusal =
  | { code: 'NOT_XLSX'; params: { detail: string }; reason: string }
  | { code: 'XLSX_TOO_MANY_PARTS'; params: { parts: number; max: number }; reason: string }
  | { code: 'XLSX_TOO_LARGE'; params: { maxMegabytes: number }; reason: string };

/** null when the workbook is within the limits, else why not. */
export async function checkXlsxLimits(bytes: Uint8Array, limits = XLSX_LIMITS): Promise<string | null> {
  return (await xlsxRefusal(bytes, limits))?.reason ?? null;
}

const notXlsx = (error: unknown): XlsxRefusal => ({
  code: 'NOT_XLSX',
  params: { detail: (error as Error).message },
  reason: `the file is not a readable XLSX workbook: ${(error as Error).message}`,
});

/** As checkXlsxLimits, with the refusal as a code and parameters. */
export async function xlsxRefusal(bytes: Uint8Array, limits = XLSX_LIMITS): Promise<XlsxRefusal | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch (error) {
    return notXlsx(error);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      return {
        code: 'XLSX_TOO_MANY_PARTS',
        params: { parts: zip.entryCount, max: limits.maxEntries },
        reason: `the XLSX workbook has ${zip.entryCount} parts; a PHỤ LỤC I has at most ${limits.maxEntries}`,
      };
    }
    let declared = 0;
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) return tooLarge(limits);
      entries.push(entry);
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        inflated += (chunk as Buffer).length;
        if (inflated > limits.maxUncompressedBytes) {
          stream.destroy();
          return tooLarge(limits);
        }
      }
    }
    return null;
  } catch (error) {
    return notXlsx(error);
  } finally {
    zip.close();
  }
}

const tooLarge = (limits: typeof XLSX_LIMITS): XlsxRefusal => {
  const maxMegabytes = limits.maxUncompressedBytes / (1024 * 1024);
  return {
    code: 'XLSX_TOO_LARGE',
    params: { maxMegabytes },
    reason: `the XLSX workbook unpacks to more than ${maxMegabytes} MB; a PHỤ LỤC I is far smaller`,
  };
};
