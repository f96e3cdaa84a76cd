import { readSync } from "node:fs";
import { parseCsv } from "../data/parseCsv.ts";

/** Chunked reading of CSV files for streamCsvMoments: the chunk reader and the header helpers. Internal to src/node. */

const QUOTE = 34, LF = 10, CR = 13;

/**
 * Chunked text of a file: `text` holds the unconsumed rest of what was read so far. Each refill decodes the bytes up
 * to the last line break read and keeps the bytes after it for the next refill: one flat string per chunk and no
 * concatenation, unless a record runs over the cut (a quoted line break, or a line longer than the buffer).
 */
export class ChunkReader {
  text = "";
  eof = false;
  private buf: Buffer;
  private filled = 0;
  private fileEnd = false;
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  constructor(private readonly fd: number, bytes: number) {
    this.buf = Buffer.allocUnsafe(bytes);
  }
  /** Keep `text` from character `from` on and append the next whole lines of the file; sets `eof` at the end. */
  refill(from: number): void {
    const rest = from < this.text.length ? this.text.slice(from) : "";
    let cut: number, midLine = false;
    for (;;) {
      if (!this.fileEnd && this.filled < this.buf.length) {
        const got = readSync(this.fd, this.buf, this.filled, this.buf.length - this.filled, null);
        if (got === 0) this.fileEnd = true;
        else this.filled += got;
      }
      cut = this.filled;
      if (this.fileEnd) break;
      while (cut > 0 && this.buf[cut - 1] !== LF && this.buf[cut - 1] !== CR) cut--;
      if (cut > 0) break;
      if (this.filled === this.buf.length) { cut = this.filled; midLine = true; break; } // no line break in a full buffer
    }
    // a cut after a line break ends every UTF-8 sequence, so the plain decode applies (Node's fast one-byte path for
    // ASCII); a cut inside a line uses stream mode, which keeps a split sequence for the next call
    const fresh = this.decoder.decode(this.buf.subarray(0, cut), { stream: midLine });
    this.buf.copy(this.buf, 0, cut, this.filled);
    this.filled -= cut;
    this.text = rest === "" ? fresh : rest + fresh;
    this.eof = this.fileEnd && this.filled === 0;
  }
}

/**
 * End of the header record (just after its line break), skipping blank lines before it, or −1 when the text read so
 * far does not hold a whole header yet. Quotes are followed, so a quoted line break stays inside the header.
 * @param t the text read so far
 * @param eof whether `t` is the whole file (then a CR at its end is a line end)
 * @returns index just past the header's line break, or −1
 * @example findHeaderEnd("\na,b\r\n1,2\n", false) // 6
 */
export function findHeaderEnd(t: string, eof: boolean): number {
  let inQuote = false, content = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === QUOTE) { inQuote = !inQuote; content = true; continue; }
    if (inQuote) continue;
    if (c === LF || c === CR) {
      if (c === CR && i + 1 >= t.length && !eof) return -1;
      const end = c === CR && t.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      if (content) return end;
      i = end - 1;
    } else if (c !== 0xfeff) content = true;
  }
  return -1;
}

/**
 * The delimiter parseCsv detected on the header: the one that splits it into the same names (one name: ",", as
 * parseCsv's detection gives when the header holds no delimiter outside quotes).
 * @param headerText the header record (with any blank lines before it)
 * @param names the names parseCsv read from it with automatic detection
 * @returns the delimiter
 * @example headerDelimiter("a;b\n", ["a", "b"]) // ";"
 */
export function headerDelimiter(headerText: string, names: readonly string[]): "," | ";" | "\t" {
  if (names.length > 1) {
    for (const d of [",", ";", "\t"] as const) {
      try {
        const again = parseCsv(headerText, { delimiter: d }).names;
        if (again.length === names.length && again.every((n, j) => n === names[j])) return d;
      } catch {
        // this delimiter makes an invalid header, so it is not the one detected
      }
    }
  }
  return ",";
}

/**
 * Line breaks as parseCsv counts them: record ends (LF, CRLF, lone CR) and LFs inside quotes.
 * @param t text made of whole records
 * @returns the number of line breaks
 * @example countLines("a\r\n\"x\ny\"\r") // 3
 */
export function countLines(t: string): number {
  let n = 0, inQuote = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === QUOTE) inQuote = !inQuote;
    else if (c === LF) n++;
    else if (c === CR && !inQuote && t.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}
