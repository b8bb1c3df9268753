// Encoding generated rows for PostgreSQL's COPY, straight into reused fixed-size Buffers: the loader streams them to
// COPY … FROM STDIN and the harness writes the same bytes to a file for the server-side floor (COPY … FROM '<file>').
// Binary is the default: no number → text → number round trip (String(double) in Node, strtod in the server), and
// the server parses a tuple with length prefixes instead of scanning for tabs and escapes.
import type { SyntheticRow } from '../generate.js';
import { SYNTHETIC_SOURCE_TABLE } from './rows.js';

export type CopyFormat = 'binary' | 'text';

/** Bytes per chunk handed to the socket or the file; large enough that per-write costs vanish. */
export const COPY_CHUNK_BYTES = 1024 * 1024;
/** More than any one row needs (codes ≤ 64 characters, `raw` a short formatted number). */
const ROW_HEADROOM = 16 * 1024;

/** The COPY statement's options for a format (after FROM …). */
export function copyOptions(format: CopyFormat): string {
  return format === 'binary' ? ' WITH (FORMAT binary)' : '';
}

// Binary COPY: signature, flags, header-extension length; each tuple a field count, then per field its length (-1 for
// null) and bytes; a trailer of -1.
const BINARY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Fields of a row, in OBSERVATION_COLUMNS' order. */
const FIELDS = 10;

class ChunkWriter {
  buffer: Buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES + ROW_HEADROOM);
  offset = 0;

  /**
   * Writes a UTF-8 string with its int32 length in front (binary). Short ASCII strings — every code and almost every
   * formatted figure — are copied byte by byte: `Buffer.write` crosses into C++ per call, which cost more than the rest
   * of the row.
   */
  field(value: string): void {
    const b = this.buffer;
    const start = this.offset;
    const n = value.length;
    if (n <= 64) {
      let i = 0;
      for (; i < n; i++) {
        const code = value.charCodeAt(i);
        if (code >= 0x80) break;
        b[start + 4 + i] = code;
      }
      if (i === n) {
        b.writeInt32BE(n, start);
        this.offset = start + 4 + n;
        return;
      }
    }
    const written = b.write(value, start + 4, 'utf8');
    b.writeInt32BE(written, start);
    this.offset = start + 4 + written;
  }

  /** Writes bytes encoded once (a repeated code or constant) with their length in front. */
  encoded(bytes: Buffer): void {
    const start = this.offset;
    this.buffer.writeInt32BE(bytes.length, start);
    bytes.copy(this.buffer, start + 4);
    this.offset = start + 4 + bytes.length;
  }

  /** Writes a string as is (text). */
  raw(value: string): void {
    this.offset += this.buffer.write(value, this.offset, 'utf8');
  }

  /** The bytes written so far; writing goes on in a fresh buffer (the stream may still hold this one). */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.offset);
    this.buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES + ROW_HEADROOM);
    this.offset = 0;
    return out;
  }
}

/** COPY text escaping: backslash, tab and newlines. */
function copyText(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

const FIRST_KEY_YEAR = 1990;
const YEAR_KEYS = Array.from({ length: 80 }, (_, i) => String(FIRST_KEY_YEAR + i));
const YEAR_KIND = Buffer.from('YEAR');
const SOURCE_TABLE = Buffer.from(SYNTHETIC_SOURCE_TABLE);

function writeBinary(w: ChunkWriter, r: SyntheticRow): void {
  const b = w.buffer;
  let o = b.writeInt16BE(FIELDS, w.offset);
  w.offset = o;
  w.field(r.indicatorCode);
  w.field(r.orgUnitCode);
  w.field(YEAR_KEYS[r.year - FIRST_KEY_YEAR] ?? String(r.year)); // period_key
  w.encoded(YEAR_KIND); // period_kind
  o = b.writeInt32BE(4, w.offset);
  o = b.writeInt32BE(r.year, o);
  if (r.value === null) {
    o = b.writeInt32BE(-1, o);
  } else {
    o = b.writeInt32BE(8, o);
    o = b.writeDoubleBE(r.value, o);
  }
  w.offset = o;
  w.field(r.raw);
  if (r.rankOf === null) {
    o = b.writeInt32BE(-1, w.offset);
  } else {
    o = b.writeInt32BE(4, w.offset);
    o = b.writeInt32BE(r.rankOf, o);
  }
  w.offset = o;
  w.encoded(SOURCE_TABLE);
  o = b.writeInt32BE(1, w.offset);
  w.offset = b.writeUInt8(1, o); // synthetic = true
}

function writeText(w: ChunkWriter, r: SyntheticRow): void {
  const value = r.value === null ? '\\N' : String(r.value);
  const rankOf = r.rankOf === null ? '\\N' : String(r.rankOf);
  w.raw(
    `${copyText(r.indicatorCode)}\t${copyText(r.orgUnitCode)}\t${r.year}\tYEAR\t${r.year}\t${value}\t${copyText(r.raw)}\t${rankOf}\t${SYNTHETIC_SOURCE_TABLE}\tt\n`,
  );
}

/**
 * The rows as COPY chunks of about COPY_CHUNK_BYTES each (header and trailer included for binary). `counter.rows`
 * counts the rows encoded; `onRow` is called every `every` rows with that count.
 */
export function* copyChunks(
  rows: Iterable<SyntheticRow>,
  format: CopyFormat,
  counter: { rows: number },
  onRows?: (rows: number) => void,
  every = 20_000,
): Generator<Buffer> {
  const w = new ChunkWriter();
  const write = format === 'binary' ? writeBinary : writeText;
  if (format === 'binary') {
    BINARY_SIGNATURE.copy(w.buffer, 0);
    w.offset = BINARY_SIGNATURE.length;
    w.offset = w.buffer.writeInt32BE(0, w.offset); // flags
    w.offset = w.buffer.writeInt32BE(0, w.offset); // header extension length
  }
  for (const r of rows) {
    write(w, r);
    if (++counter.rows % every === 0) onRows?.(counter.rows);
    if (w.offset >= COPY_CHUNK_BYTES) yield w.take();
  }
  if (format === 'binary') w.offset = w.buffer.writeInt16BE(-1, w.offset);
  if (w.offset > 0) yield w.take();
  onRows?.(counter.rows);
}
