/**
 * Hand-written tokenizer for lavaan model syntax.
 */
import { ModelSyntaxError } from "../errors.ts";
import { message } from "../messages.ts";

/** Operators lavaan syntax understands (and semkit supports). */
export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  "=~", "~", "~~", "~*~", ":=", "==", "<", ">", "|", "<~",
]);

export type TokenKind =
  | "ident" // variable names, labels, NA, function names
  | "number"
  | "string" // "..." or '...' (value without quotes)
  | "op" // a model operator: =~ ~ ~~ ~*~ <~ := == < > |
  | "punct" // + - * / ^ ( ) ,
  | "newline"
  | "semi"
  | "eof";

export interface Token {
  readonly kind: TokenKind;
  /** Source text (for strings: the text between the quotes). */
  readonly text: string;
  /** Numeric value of a number token. */
  readonly value: number;
  readonly line: number;
  readonly col: number;
}

/**
 * Throws a ModelSyntaxError whose message starts with `line L, col C: `.
 *
 * @param line - 1-based line.
 * @param col - 1-based column.
 * @param text - What is wrong (from `message`).
 * @returns Never.
 * @throws ModelSyntaxError always.
 * @example
 * syntaxError(3, 9, message.syntaxExpectedVariableAfter("=~")); // "line 3, col 9: expected a variable name after '=~'"
 */
export function syntaxError(line: number, col: number, text: string): never {
  throw new ModelSyntaxError(message.syntaxAt(line, col, text), line, col);
}

const OP_CHARS = "=~<>:|&";

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isNameStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "." || c === "_" || c.charCodeAt(0) > 127;
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || isDigit(c);
}

/**
 * Splits model syntax into tokens. Comments (`#` or `!` to the end of the line),
 * spaces and tabs are skipped; newlines and `;` are kept as statement separators.
 *
 * @param text - lavaan model syntax.
 * @returns The tokens, ending with one `eof` token.
 * @throws ModelSyntaxError for an unterminated string, a bad number (or one that overflows to infinity), an unknown
 *   or unsupported operator (e.g. `=~~`, `->`), or a stray character.
 * @example
 * tokenize("f =~ x1 + a*x2").map((t) => t.text); // ["f", "=~", "x1", "+", "a", "*", "x2", ""]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const push = (kind: TokenKind, t: string, start: number, value = NaN): void => {
    tokens.push({ kind, text: t, value, line, col: start - lineStart + 1 });
  };
  while (i < n) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0") {
      i++;
      continue;
    }
    if (c === "\n") {
      push("newline", "\n", i);
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === "#" || c === "!") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === ";") {
      push("semi", ";", i);
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      i++;
      while (i < n && text[i] !== c && text[i] !== "\n") i++;
      if (i >= n || text[i] !== c) syntaxError(line, start - lineStart + 1, message.syntaxUnterminatedString);
      push("string", text.slice(start + 1, i), start);
      i++;
      continue;
    }
    if (isDigit(c) || (c === "." && i + 1 < n && isDigit(text[i + 1]!))) {
      const start = i;
      let ok = true;
      while (i < n && isDigit(text[i]!)) i++;
      if (i < n && text[i] === ".") {
        i++;
        while (i < n && isDigit(text[i]!)) i++;
      }
      if (i < n && (text[i] === "e" || text[i] === "E")) {
        i++;
        if (i < n && (text[i] === "+" || text[i] === "-")) i++;
        if (i >= n || !isDigit(text[i]!)) ok = false;
        while (i < n && isDigit(text[i]!)) i++;
      }
      // a number glued to letters, digits or dots (1.2.3, 2x, 1e) is not a number
      while (i < n && isNameChar(text[i]!)) {
        ok = false;
        i++;
      }
      const t = text.slice(start, i);
      if (!ok) syntaxError(line, start - lineStart + 1, message.syntaxBadNumber(t));
      const value = Number(t);
      if (!Number.isFinite(value)) syntaxError(line, start - lineStart + 1, message.syntaxNumberOverflow(t));
      push("number", t, start, value);
      continue;
    }
    if (isNameStart(c)) {
      const start = i;
      while (i < n && isNameChar(text[i]!)) i++;
      push("ident", text.slice(start, i), start);
      continue;
    }
    if (text.startsWith("~*~", i)) {
      push("op", "~*~", i);
      i += 3;
      continue;
    }
    if (OP_CHARS.includes(c) || (c === "-" && text[i + 1] === ">")) {
      const start = i;
      if (c === "-") i++;
      while (i < n && OP_CHARS.includes(text[i]!)) i++;
      // `<-` (R assignment) glued together
      if (text.slice(start, i) === "<" && text[i] === "-") i++;
      const op = text.slice(start, i);
      // `level: 1` opens a block of a two-level model (the parser records it; fitting it is refused later)
      const prev = tokens[tokens.length - 1];
      const levelColon = op === ":" && prev !== undefined && prev.kind === "ident" && prev.text === "level";
      if (!SUPPORTED_OPERATORS.has(op) && !levelColon) {
        syntaxError(line, start - lineStart + 1, message.syntaxUnsupportedOperator(op));
      }
      push("op", op, start);
      continue;
    }
    if ("+-*/^(),".includes(c)) {
      push("punct", c, i);
      i++;
      continue;
    }
    syntaxError(line, i - lineStart + 1, message.syntaxUnexpectedChar(c));
  }
  push("eof", "", i);
  return tokens;
}
