/**
 * Strict number parsing for data cells, without regular expressions.
 * Internal to src/data.
 */

const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COMMA = 44;
const ZERO = 48;
const NINE = 57;
const E_LOWER = 101;
const E_UPPER = 69;

/**
 * Parse a cell as a decimal number: optional sign, digits with at most one decimal mark, optional
 * exponent, surrounding blanks allowed. Hex, `Infinity`, thousands separators and empty text are rejected.
 * @param s - the cell text
 * @param decimal - the decimal mark, "." or ","
 * @returns the number, or NaN when the cell is not a number
 * @example parseNumber(" 3,5", ",") // 3.5
 */
export function parseNumber(s: string, decimal: "." | "," = "."): number {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === SPACE || s.charCodeAt(a) === TAB)) a++;
  while (b > a && (s.charCodeAt(b - 1) === SPACE || s.charCodeAt(b - 1) === TAB)) b--;
  if (a === b) return NaN;
  const mark = decimal === "," ? COMMA : DOT;
  let i = a;
  let c = s.charCodeAt(i);
  const negative = c === MINUS;
  if (c === PLUS || c === MINUS) i++;
  let digits = 0;
  let markAt = -1;
  let acc = 0;
  while (i < b) {
    c = s.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      digits++;
      acc = acc * 10 + (c - ZERO);
    } else if (c === mark && markAt < 0) markAt = i;
    else break;
    i++;
  }
  if (digits === 0) return NaN;
  // Fast path: a plain integer of at most 15 digits is exact in double precision.
  if (i === b && markAt < 0 && digits <= 15) return negative ? -acc : acc;
  if (i < b) {
    if (c !== E_LOWER && c !== E_UPPER) return NaN;
    i++;
    c = s.charCodeAt(i);
    if (c === PLUS || c === MINUS) i++;
    let expDigits = 0;
    while (i < b) {
      c = s.charCodeAt(i);
      if (c < ZERO || c > NINE) return NaN;
      expDigits++;
      i++;
    }
    if (expDigits === 0) return NaN;
  }
  const body = a === 0 && b === s.length ? s : s.slice(a, b);
  if (markAt >= 0 && mark === COMMA) {
    const k = markAt - a;
    return Number(body.slice(0, k) + "." + body.slice(k + 1));
  }
  return Number(body);
}

/**
 * True when a cell looks like a number written with a decimal comma (`3,5`, `-0,25`), used to
 * detect "European" CSV files.
 * @param s - the cell text
 * @returns whether the cell is digits, one comma, digits
 * @example looksLikeDecimalComma("3,5") // true
 */
export function looksLikeDecimalComma(s: string): boolean {
  const k = s.indexOf(",");
  if (k < 0) return false;
  const before = s.charCodeAt(k - 1);
  const after = s.charCodeAt(k + 1);
  if (!(before >= ZERO && before <= NINE && after >= ZERO && after <= NINE)) return false;
  return !Number.isNaN(parseNumber(s, ","));
}

/**
 * What a comma in a numeric-looking cell can mean, for choosing the decimal mark of a column:
 * - "decimal": one comma that cannot separate thousands (`3,5`, `0,125`, `1234,5`, `12,50`);
 * - "ambiguous": one comma followed by exactly three digits after one to three digits not starting with 0
 *   (`12,500`: 12.5 with a decimal comma, 12500 with a thousands separator);
 * - "thousands": two or more commas in groups of three (`1,234,567`);
 * - "none": no comma, or not a number either way.
 * @param s - the cell text
 * @returns the kind of comma
 * @example commaKind("12,500") // "ambiguous"
 */
export function commaKind(s: string): "none" | "decimal" | "ambiguous" | "thousands" {
  const k = s.indexOf(",");
  if (k < 0) return "none";
  const t = s.trim();
  const body = t.charCodeAt(0) === MINUS || t.charCodeAt(0) === PLUS ? t.slice(1) : t;
  const parts = body.split(",");
  const digitsOnly = (x: string): boolean => {
    if (x.length === 0) return false;
    for (let i = 0; i < x.length; i++) {
      const c = x.charCodeAt(i);
      if (c < ZERO || c > NINE) return false;
    }
    return true;
  };
  const head = parts[0] as string;
  const grouped = digitsOnly(head) && head.length <= 3 && head.charCodeAt(0) !== ZERO;
  if (parts.length > 2) {
    return grouped && parts.slice(1).every((x) => x.length === 3 && digitsOnly(x)) ? "thousands" : "none";
  }
  if (Number.isNaN(parseNumber(body, ","))) return "none";
  const tail = parts[1] as string;
  return grouped && tail.length === 3 && digitsOnly(tail) ? "ambiguous" : "decimal";
}
