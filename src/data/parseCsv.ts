import type { Column, Dataset } from "./types.ts";
import type { CsvOptions } from "./csvOptions.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { makeMissingTest } from "./missingCodes.ts";
import { buildColumn } from "./buildColumn.ts";
import { commaKind, parseNumber } from "./parseNumber.ts";
import { describeValue } from "../text/describeValue.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CSV_OPTION_KEYS, checkCsvOptionValues } from "./csvOptions.ts";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SEMI = 59;
const COMMA_CODE = 44;
const TAB = 9;

/**
 * Parse CSV text into a typed {@link Dataset}.
 *
 * Follows RFC 4180 (Shafranovich, 2005): fields may be quoted with `"`, quoted fields may hold the
 * delimiter, doubled quotes (`""`) and line breaks. A UTF-8 byte-order mark is dropped; CRLF and LF line
 * ends both work; blank lines are skipped (as R's `read.csv` does). The first record is the header.
 * A column is numeric when every non-missing cell is a finite number, otherwise it is text. `""` and `"NA"`
 * are always missing, plus any `options.missing` codes. With delimiter ";" (or tab) and no `options.decimal`, the
 * decimal mark is chosen per column: "," (a "European" CSV, as read by R's `read.csv2`) when a cell such as `3,5`
 * has a comma that cannot separate thousands and no cell has a decimal point; a column whose only commas could be
 * either (`12,500`) takes "," when another column has a clear decimal comma and is refused otherwise.
 * Single pass over the text, no regular expressions per cell.
 *
 * @param text - the CSV text
 * @param options - delimiter (auto-detected from the header line by default), extra missing codes, decimal mark
 * @returns the data set; a header-only file gives n = 0; text with U+FFFD (bytes that were not valid in the
 *   encoding used to decode it) gets a note in `warnings`
 * @throws DataError on input that is not a string, on empty input, an empty or duplicated header name (with the column), a row with the
 *   wrong number of fields, or a quote that is never closed (with the row), a column whose commas may be decimal marks or
 *   thousands separators (with column, row and value: pass `decimal`), or text with NUL characters near its start
 *   (UTF-16 decoded as UTF-8: read the file with readCsvFile or decodeText); OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const ds = parseCsv("a;b\n1,5;x\nNA;y\n");
 * ds.columns.get("a") // { kind: "numeric", values: Float64Array [1.5, NaN] }
 */
export function parseCsv(text: string, options: CsvOptions = {}): Dataset {
  if (typeof text !== "string") throw new DataError(message.dataUnsupportedInput(describeValue(text)));
  checkOptionsObject("parseCsv", options);
  options = checkOptionKeys("parseCsv", options, CSV_OPTION_KEYS);
  checkCsvOptionValues(options);
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // UTF-16 bytes read as UTF-8 (or Latin-1) leave a NUL between the characters of ASCII text
  const nul = text.indexOf("\u0000");
  if (nul >= 0 && nul < 4096) throw new DataError(message.csvNulCharacters);
  const delimiter = options.delimiter ?? detectDelimiter(text, start);
  const delim = delimiter.charCodeAt(0);
  const len = text.length;
  let k = start;
  while (k < len && text.charCodeAt(k) <= 32) k++;
  if (k === len) throw new DataError(message.csvEmpty);

  let header: string[] | null = null;
  let cells: string[][] = [];
  let p = 0;
  let dataRows = 0;
  let line = 1;
  let recordLine = 1;
  let record: string[] = []; // header fields; data fields go straight into `cells`
  let nf = 0; // fields in the current record
  let firstEmpty = false; // the record's first field is an empty unquoted string
  let recordQuoted = false;

  const pushField = (field: string): void => {
    if (nf === 0) firstEmpty = field === "" && !recordQuoted;
    if (header === null) record.push(field);
    else if (nf < p) (cells[nf] as string[]).push(field);
    nf++;
  };

  const endRecord = (): void => {
    const blank = nf === 1 && firstEmpty;
    if (header === null) {
      if (!blank) {
        header = record.map((h) => h.trim());
        p = header.length;
        checkHeader(header);
        cells = header.map(() => []);
      }
      record = [];
    } else if (blank) {
      if (p > 0) (cells[0] as string[]).pop(); // blank line
    } else {
      dataRows++;
      if (nf !== p) {
        throw new DataError(message.csvRaggedRow(dataRows, recordLine, p, nf), { row: dataRows });
      }
    }
    nf = 0;
    recordQuoted = false;
  };

  let i = start;
  while (i < len) {
    if (nf === 0) recordLine = line;
    let c = text.charCodeAt(i);
    let field: string;
    if (c === QUOTE) {
      recordQuoted = true;
      i++;
      field = "";
      let seg = i;
      for (;;) {
        if (i >= len) {
          const row = header === null ? 0 : dataRows + 1;
          throw new DataError(message.csvUnterminatedQuote(row, recordLine), row > 0 ? { row } : {});
        }
        c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += text.slice(seg, i + 1);
            i += 2;
            seg = i;
            continue;
          }
          field += text.slice(seg, i);
          i++;
          break;
        }
        if (c === LF) line++;
        i++;
      }
      // Tolerate stray text after the closing quote (`"ab"c`): keep it.
      const rest = i;
      while (i < len) {
        c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i++;
      }
      if (i > rest) field += text.slice(rest, i);
    } else {
      const fs = i;
      while (i < len) {
        c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i++;
      }
      field = text.slice(fs, i);
    }
    pushField(field);
    if (i >= len) break;
    c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i >= len) pushField("");
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRecord();
  }
  if (nf > 0) endRecord();
  if (header === null) throw new DataError(message.csvEmpty);
  const names: string[] = header;

  const decimals = options.decimal !== undefined ? names.map(() => options.decimal as "." | ",") : columnDecimals(names, cells, delimiter);
  const missingDot = makeMissingTest(options.missing, ".");
  const missingComma = makeMissingTest(options.missing, ",");
  const columns = new Map<string, Column>();
  for (let j = 0; j < p; j++) {
    const decimal = decimals[j] as "." | ",";
    columns.set(names[j] as string, buildColumn(cells[j] as string[], decimal === "," ? missingComma : missingDot, decimal));
  }
  // U+FFFD: bytes that were not valid in the encoding the text was decoded with (e.g. GBK read as UTF-8)
  const replaced = text.indexOf("\ufffd");
  return replaced < 0 ? { names, n: dataRows, columns } : { names, n: dataRows, columns, warnings: [message.csvReplacementCharacters] };
}

/** Pick the delimiter that occurs most often (outside quotes) on the header line; ties prefer ",". */
function detectDelimiter(text: string, start: number): "," | ";" | "\t" {
  let commas = 0;
  let semis = 0;
  let tabs = 0;
  let inQuote = false;
  let content = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      inQuote = !inQuote;
      content = true;
    } else if (inQuote) continue;
    else if (c === LF || c === CR) {
      if (content) break;
    } else if (c === COMMA_CODE) commas++;
    else if (c === SEMI) semis++;
    else if (c === TAB) tabs++;
    if (c > 32) content = true;
  }
  if (semis > commas && semis >= tabs) return ";";
  if (tabs > commas && tabs > semis) return "\t";
  return ",";
}

/**
 * The decimal mark of each column when none is given. With "," as delimiter it is ".". Otherwise a column
 * reads "," as its decimal mark only when it has a cell where the comma cannot separate thousands (`3,5`) and no
 * cell with a decimal point (`3.5`). A column whose only commas are ambiguous (`12,500`: 12.5 or 12500) follows
 * the file (",", when another column has a clear decimal comma) and is refused otherwise, so that a thousands
 * separator is never read as a decimal comma.
 */
function columnDecimals(names: readonly string[], cells: readonly string[][], delimiter: string): ("." | ",")[] {
  if (delimiter === ",") return names.map(() => ".");
  const kinds = cells.map((col) => {
    let decimal = false, dot = false, ambiguous = -1;
    for (let i = 0; i < col.length; i++) {
      const s = col[i] as string;
      const kind = commaKind(s);
      if (kind === "decimal") decimal = true;
      else if (kind === "ambiguous" && ambiguous < 0) ambiguous = i;
      else if (kind === "none" && s.indexOf(".") >= 0 && Number.isFinite(parseNumber(s, "."))) dot = true;
    }
    return { decimal: decimal && !dot, dot, ambiguous };
  });
  const fileComma = kinds.some((k) => k.decimal);
  return kinds.map((k, j) => {
    if (k.dot) return ".";
    if (k.decimal) return ",";
    if (k.ambiguous >= 0) {
      if (fileComma) return ",";
      const column = names[j] as string;
      const value = (cells[j] as string[])[k.ambiguous] as string;
      throw new DataError(message.csvAmbiguousComma(column, k.ambiguous + 1, value.trim()), { column, row: k.ambiguous + 1 });
    }
    return ".";
  });
}

function checkHeader(header: readonly string[]): void {
  const seen = new Map<string, number>();
  for (let j = 0; j < header.length; j++) {
    const name = header[j] as string;
    if (name === "") throw new DataError(message.csvEmptyHeader(j + 1));
    const before = seen.get(name);
    if (before !== undefined) {
      throw new DataError(message.csvDuplicateHeader(name, before + 1, j + 1), { column: name });
    }
    seen.set(name, j);
  }
}
