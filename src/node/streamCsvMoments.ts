import { closeSync, openSync } from "node:fs";
import type { SampleStatistics } from "../data/sampleStatistics.ts";
import type { Scale } from "../data/reverseCode.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { parseNumber, looksLikeDecimalComma, commaKind } from "../data/parseNumber.ts";
import { makeMissingTest, type MissingTest } from "../data/missingCodes.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { describeValue } from "../text/describeValue.ts";
import { DataError, OptionError, UnknownColumnError } from "../errors.ts";
import { message } from "../messages.ts";
import { ShiftedMoments, poolMoments, type CentredMoments } from "./shiftedMoments.ts";
import { ChunkReader, findHeaderEnd, headerDelimiter, countLines } from "./csvChunks.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of {@link streamCsvMoments}. */
export interface StreamCsvOptions {
  /** The variables, in the order of the returned moments (e.g. the model's observed variables). */
  readonly columns: readonly string[];
  /** Extra missing-value codes such as `["-99", "."]`; `""` and `"NA"` are always missing. */
  readonly missing?: readonly string[];
  /** Field delimiter; detected from the header line as `parseCsv` does when absent. */
  readonly delimiter?: "," | ";" | "\t";
  /** Decimal mark; when absent "." (with delimiter ";" or tab, a cell such as `3,5` is read with ","). */
  readonly decimal?: "." | ",";
  /** Items to reverse-code as min + max − x (as `sem(..., { reverse })`). */
  readonly reverse?: readonly string[];
  /** Scale of the reversed items; when absent, the smallest and largest value observed in them. */
  readonly scale?: Scale;
  /** Grouping column: moments per group, groups in order of first appearance (lavaan's order). */
  readonly group?: string;
  /** Bytes read per chunk (default 1 MiB; grows for a longer line). */
  readonly chunkBytes?: number;
}

/** The accepted keys of `streamCsvMoments()` options. */
export const STREAM_CSV_OPTION_KEYS = optionKeys<StreamCsvOptions>({
  columns: true, missing: true, delimiter: true, decimal: true, reverse: true, scale: SCALE_OPTION_KEYS, group: true,
  chunkBytes: true,
});

const QUOTE = 34, LF = 10, CR = 13;
const DEFAULT_CHUNK = 1 << 20;
/** Longest record (characters) kept while waiting for its end: beyond it a quote is taken to be never closed. */
const RECORD_LIMIT = 64 << 20;

/**
 * Sample statistics of a CSV file read in chunks, without holding its rows: per group, the number of complete
 * rows, their means and their N-denominator covariances over `columns` (listwise deletion), the moments
 * `sem()` computes from the same file. Rows are parsed by the rules of `parseCsv` (RFC 4180 quotes, BOM, CRLF,
 * blank lines skipped, `""`/`"NA"`/user missing codes, header checks) with its number parser; reverse-coded items
 * become min + max − x, applied to the moments at the end (an affine map: means min + max − x̄, signs of the
 * covariances flipped). One pass, shifted sums (each group's first complete row subtracted before squaring;
 * Chan, Golub & LeVeque, 1983), groups with the same numeric label pooled by Chan et al.'s pairwise update.
 * Memory: one chunk plus p(p+1)/2 sums per group. Node only.
 * Differences from `parseCsv` on a whole file: errors come in file order (the first bad row), and without
 * `decimal` a ";"- or tab-separated file is read cell by cell ("3.5" and "3,5" both numbers) rather than with one
 * decimal mark per column, and a cell such as `12,500` (decimal comma or thousands separator) is an error unless an
 * earlier cell had a clear decimal comma. The file must be UTF-8: a header that is not (GBK, UTF-16) is an error.
 * @param path CSV file (UTF-8)
 * @param options the columns (required), missing codes, delimiter, decimal mark, reverse/scale, group, chunk size
 * @returns SampleStatistics: names = columns, groups ([""] without `group`), nobs, ntotal, cov, mean (no rows)
 * @throws DataError naming the path: unreadable file, the CSV errors of `parseCsv` (ragged row, unclosed quote,
 *   bad header, with row and line), text in a used column (`message.dataNotANumber`, column and row), a reversed
 *   value outside `scale`, a group with fewer than 2 complete rows; UnknownColumnError for a column not in the
 *   header; OptionError for bad options
 * @example
 * const stats = streamCsvMoments("survey.csv", { columns: ["sat1", "sat2", "loy1"], reverse: ["sat2"], scale: { min: 1, max: 5 } });
 * const fit = semFromMoments("SAT =~ sat1 + sat2\nLOY =~ loy1\nLOY ~ SAT", stats);
 */
export function streamCsvMoments(path: string, options: StreamCsvOptions): SampleStatistics {
  checkOptions(options);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    throw new DataError(message.dataFileUnreadable(path, reason));
  }
  try {
    return streamMoments(fd, options);
  } catch (e) {
    if (e instanceof DataError && !(e instanceof UnknownColumnError)) {
      const where: { column?: string; row?: number } = {};
      if (e.column !== undefined) where.column = e.column;
      if (e.row !== undefined) where.row = e.row;
      throw new DataError(message.dataInFile(path, e.message), where);
    }
    throw e;
  } finally {
    closeSync(fd);
  }
}

function checkOptions(options: StreamCsvOptions): void {
  checkOptionsObject("streamCsvMoments", options, true);
  options = checkOptionKeys("streamCsvMoments", options, STREAM_CSV_OPTION_KEYS);
  const o = options as unknown as Record<string, unknown>;
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (!strings(o["columns"])) throw new OptionError(message.optionType("columns", "an array of column names", describeValue(o["columns"])));
  if (options.columns.length === 0) throw new OptionError(message.streamNoColumns);
  const seen = new Set<string>();
  for (const c of options.columns) {
    if (seen.has(c)) throw new OptionError(message.streamDuplicateColumn(c));
    seen.add(c);
  }
  for (const name of ["missing", "reverse"]) {
    if (o[name] !== undefined && !strings(o[name])) throw new OptionError(message.optionType(name, "an array of strings", describeValue(o[name])));
  }
  if (o["group"] !== undefined && typeof o["group"] !== "string") {
    throw new OptionError(message.optionType("group", "a column name (string)", describeValue(o["group"])));
  }
  if (o["delimiter"] !== undefined && ![",", ";", "\t"].includes(o["delimiter"] as string)) {
    throw new OptionError(message.optionValue("delimiter", String(o["delimiter"]), [",", ";", "\t"]));
  }
  if (o["decimal"] !== undefined && !([".", ","] as unknown[]).includes(o["decimal"])) {
    throw new OptionError(message.optionValue("decimal", String(o["decimal"]), [".", ","]));
  }
  const chunk = o["chunkBytes"];
  if (chunk !== undefined && !(Number.isInteger(chunk) && (chunk as number) >= 1)) {
    throw new OptionError(message.optionType("chunkBytes", "a positive whole number of bytes", describeValue(chunk)));
  }
  const s = options.scale;
  if ((options.reverse?.length ?? 0) > 0 && s !== undefined && !(Number.isFinite(s.min) && Number.isFinite(s.max) && s.min < s.max)) {
    throw new OptionError(message.dataBadScale(s?.min, s?.max));
  }
}

/** One group as first seen in the file (raw label text). */
interface RawGroup {
  readonly raw: string;
  readonly acc: ShiftedMoments;
}

function streamMoments(fd: number, options: StreamCsvOptions): SampleStatistics {
  const rd = new ChunkReader(fd, options.chunkBytes ?? DEFAULT_CHUNK);
  // ---- header: the first non-blank record, parsed by parseCsv itself
  let headerEnd: number;
  for (;;) {
    rd.refill(0);
    headerEnd = findHeaderEnd(rd.text, rd.eof);
    if (headerEnd >= 0 || rd.eof) break;
    if (rd.text.length > RECORD_LIMIT) throw new DataError(message.streamRecordTooLong(1, RECORD_LIMIT >> 20));
  }
  const headerText = headerEnd >= 0 ? rd.text.slice(0, headerEnd) : rd.text;
  if (headerText.includes("\ufffd")) throw new DataError(message.streamNotUtf8);
  const names = parseCsv(headerText, options.delimiter !== undefined ? { delimiter: options.delimiter } : {}).names;
  const delimiter = options.delimiter ?? headerDelimiter(headerText, names);
  const delim = delimiter.charCodeAt(0);
  let pos = headerText.length;
  let line = 1 + countLines(headerText);

  // ---- which fields are read: the columns (slots 0..q-1), then reversed items not among them, and the group
  const p = names.length, q = options.columns.length;
  const index = (name: string): number => { const j = names.indexOf(name); if (j < 0) throw unknownColumn(name, names); return j; };
  const reverse = options.reverse ?? [];
  const reverseFields = reverse.map(index); // checked in sem()'s order: reversed items, group, then the columns
  const groupField = options.group === undefined ? -1 : index(options.group);
  const slotOf = new Int32Array(p).fill(-1), slotName: string[] = [];
  for (const c of [...options.columns, ...reverse]) {
    const j = index(c);
    if (slotOf[j]! < 0) { slotOf[j] = slotName.length; slotName.push(c); }
  }
  const reversedSlots = [...new Set(reverseFields.map((j) => slotOf[j]!))];
  const nslots = slotName.length;

  // ---- cells
  const decimal = options.decimal ?? ".";
  const autoComma = options.decimal === undefined && delimiter !== ",";
  const missDot = makeMissingTest(options.missing, decimal);
  const missComma = makeMissingTest(options.missing, ",");
  let badSlot = -1, badText = "";
  let sawDecimalComma = false, ambiguousSlot = -1, ambiguousText = "";
  const vals = new Float64Array(nslots);
  // buildColumn's rules in an order that parses first: a cell that reads as a finite number is a missing text code only
  // if that number is a numeric missing code (makeMissingTest derives both from the same codes), so text() runs only
  // for cells that are not numbers
  const cell = (s: string, slot: number): void => {
    let miss: MissingTest = missDot;
    let x = parseNumber(s, decimal);
    if (Number.isNaN(x) && autoComma && looksLikeDecimalComma(s)) {
      // a comma that may separate thousands (12,500) counts as decimal only once the file has shown a clear decimal comma
      const kind = commaKind(s);
      if (kind === "decimal") sawDecimalComma = true;
      if (kind === "ambiguous" && !sawDecimalComma) {
        if (ambiguousSlot < 0) { ambiguousSlot = slot; ambiguousText = s.trim(); }
      } else { x = parseNumber(s, ","); miss = missComma; }
    }
    if (Number.isFinite(x)) {
      vals[slot] = miss.number(x) ? NaN : x;
      return;
    }
    vals[slot] = NaN;
    if (missDot.text(s) || (!Number.isNaN(x) && miss.number(x))) return;
    if (badSlot < 0) { badSlot = slot; badText = s; }
  };

  // ---- groups and moments
  const scale = options.scale;
  let lo = Infinity, hi = -Infinity;
  const groups = new Map<string, RawGroup>();
  const single: RawGroup | null = groupField < 0 ? { raw: "", acc: new ShiftedMoments(q) } : null;
  if (single !== null) groups.set("", single);
  let groupRaw: string | null = null;
  let dataRows = 0;

  const endRow = (nf: number, recordLine: number): void => {
    dataRows++;
    if (nf !== p) throw new DataError(message.csvRaggedRow(dataRows, recordLine, p, nf), { row: dataRows });
    if (ambiguousSlot >= 0) {
      const column = slotName[ambiguousSlot]!;
      throw new DataError(message.csvAmbiguousComma(column, dataRows, ambiguousText), { column, row: dataRows });
    }
    if (badSlot >= 0) {
      const column = slotName[badSlot]!;
      throw new DataError(message.dataNotANumber(column, dataRows, badText), { column, row: dataRows });
    }
    for (const s of reversedSlots) {
      const x = vals[s]!;
      if (Number.isNaN(x)) continue;
      if (scale !== undefined && (x < scale.min || x > scale.max)) {
        const column = slotName[s]!;
        throw new DataError(message.dataOutOfScale(column, dataRows, x, scale.min, scale.max), { column, row: dataRows });
      }
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    let g = single;
    if (g === null) {
      const raw = groupRaw!;
      if (isMissingLabel(raw, missDot, decimal)) return;
      g = groups.get(raw) ?? null;
      if (g === null) { g = { raw, acc: new ShiftedMoments(q) }; groups.set(raw, g); }
    }
    for (let k = 0; k < q; k++) if (Number.isNaN(vals[k]!)) return;
    g.acc.add(vals);
  };

  // ---- records: parse complete records; an incomplete one at the end of the text waits for the next chunk
  for (;;) {
    const t = rd.text, len = t.length, eof = rd.eof;
    let i = pos;
    while (i < len) {
      const start = i, recordLine = line;
      let lines = 0, nf = 0, firstEmpty = false, recordQuoted = false, done = false, incomplete = false;
      badSlot = -1;
      groupRaw = null;
      for (;;) {
        let c = t.charCodeAt(i);
        let fs = i, fe: number, quoted: string | null = null;
        if (c === QUOTE) {
          recordQuoted = true;
          i++;
          let field = "", seg = i;
          for (;;) {
            if (i >= len) {
              if (!eof) { incomplete = true; break; }
              throw new DataError(message.csvUnterminatedQuote(dataRows + 1, recordLine), { row: dataRows + 1 });
            }
            c = t.charCodeAt(i);
            if (c === QUOTE) {
              if (i + 1 >= len && !eof) { incomplete = true; break; }
              if (t.charCodeAt(i + 1) === QUOTE) { field += t.slice(seg, i + 1); i += 2; seg = i; continue; }
              field += t.slice(seg, i);
              i++;
              break;
            }
            if (c === LF) lines++;
            i++;
          }
          if (incomplete) break;
          fs = i;
          while (i < len) { c = t.charCodeAt(i); if (c === delim || c === LF || c === CR) break; i++; }
          quoted = i > fs ? field + t.slice(fs, i) : field;
          fe = i;
        } else {
          while (i < len) { c = t.charCodeAt(i); if (c === delim || c === LF || c === CR) break; i++; }
          fe = i;
        }
        if (i >= len && !eof) { incomplete = true; break; }
        // the field [fs, fe) (or `quoted`) is complete
        if (nf === 0) firstEmpty = quoted === null && fe === fs && !recordQuoted;
        if (nf < p) {
          const slot = slotOf[nf]!;
          if (slot >= 0 || nf === groupField) {
            const s = quoted ?? t.slice(fs, fe);
            if (slot >= 0) cell(s, slot);
            if (nf === groupField) groupRaw = s;
          }
        }
        nf++;
        if (i >= len) { done = true; break; } // end of file
        c = t.charCodeAt(i);
        if (c === delim) {
          i++;
          if (i >= len) {
            if (!eof) { incomplete = true; break; }
            if (nf < p && slotOf[nf]! >= 0) cell("", slotOf[nf]!);
            if (nf === groupField) groupRaw = "";
            nf++;
            done = true;
            break;
          }
          continue;
        }
        if (c === CR && i + 1 >= len && !eof) { incomplete = true; break; }
        i += c === CR && t.charCodeAt(i + 1) === LF ? 2 : 1;
        lines++;
        done = true;
        break;
      }
      if (incomplete) {
        if (len - start > RECORD_LIMIT) {
          throw new DataError(message.streamRecordTooLong(recordLine, RECORD_LIMIT >> 20), { row: dataRows + 1 });
        }
        i = start;
        break;
      }
      if (done) {
        line += lines;
        if (!(nf === 1 && firstEmpty)) endRow(nf, recordLine);
      }
    }
    pos = i;
    if (rd.eof) break;
    rd.refill(pos);
    pos = 0;
  }

  // ---- results
  const pooled = poolGroups(groups, decimal);
  const labels = [...pooled.keys()], moments = [...pooled.values()];
  moments.forEach((m, g) => { if (m.n < 2) throw new DataError(message.tooFewCases(labels[g]!, m.n)); });
  const sign = new Float64Array(q).fill(1);
  let flip = 0;
  if (reverse.length > 0) {
    if (scale !== undefined) { lo = scale.min; hi = scale.max; }
    else if (lo > hi) throw new DataError(message.dataNoValues(reverse.join(", ")), { column: reverse[0]! });
    flip = lo + hi;
    for (const s of reversedSlots) if (s < q) sign[s] = -1;
  }
  const cov = moments.map(({ n, m2 }) => m2.map((v, k) => (v / n) * sign[Math.floor(k / q)]! * sign[k % q]!));
  const mean = moments.map(({ mean: m }) => m.map((v, a) => (sign[a] === -1 ? flip - v : v)));
  const nobs = moments.map((m) => m.n);
  return { names: [...options.columns], groups: labels, nobs, ntotal: nobs.reduce((a, b) => a + b, 0), cov, mean };
}

/** A group label that `groupLabels` skips: missing text, or a number equal to a missing code (numeric or text column). */
function isMissingLabel(raw: string, miss: MissingTest, decimal: "." | ","): boolean {
  if (miss.text(raw)) return true;
  const x = parseNumber(raw, decimal);
  return !Number.isNaN(x) && miss.number(x);
}

/**
 * Final groups as `groupLabels` makes them: a column whose labels are all numbers is numeric, so "1" and "1.0" are one
 * group labelled "1" (String of the number); otherwise the raw texts. Order of first appearance.
 */
function poolGroups(groups: ReadonlyMap<string, RawGroup>, decimal: "." | ","): Map<string, CentredMoments> {
  const numeric = [...groups.keys()].every((raw) => Number.isFinite(parseNumber(raw, decimal)));
  const out = new Map<string, CentredMoments>();
  for (const { raw, acc } of groups.values()) {
    const label = numeric ? String(parseNumber(raw, decimal)) : raw;
    const m = acc.centred(), before = out.get(label);
    out.set(label, before === undefined ? m : poolMoments(before, m));
  }
  return out;
}
