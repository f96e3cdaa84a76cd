/**
 * A cursor over the token list, shared by the statement and expression parsers.
 */
import { message } from "../messages.ts";
import { syntaxError, type Token } from "./tokenize.ts";
import type { SourcePos } from "./types.ts";

/**
 * Deepest expression nesting the parser accepts. Far beyond real models, and low enough that the
 * recursive parser, printer and evaluator stay well inside the JavaScript call stack.
 */
export const MAX_NESTING = 500;

/**
 * A cursor over the tokens of one model.
 *
 * @example
 * const ts = new TokenStream(tokenize("f =~ x1")); ts.next().text; // "f"
 */
export class TokenStream {
  private index = 0;
  /** Current nesting depth of the expression being parsed (see `enter`). */
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  /**
   * Counts one more level of expression nesting (a parenthesis, sign, power, call or a further
   * `+`/`*` operand), so that pathological input gives a syntax error instead of a stack overflow.
   *
   * @param at - The token that opens the level (the error points at it).
   * @throws ModelSyntaxError when more than `MAX_NESTING` levels are open.
   * @example
   * ts.enter(ts.peek()); try { ... } finally { ts.leave(1); }
   */
  enter(at: Token): void {
    if (++this.depth > MAX_NESTING) syntaxError(at.line, at.col, message.syntaxTooDeep(MAX_NESTING));
  }

  /**
   * Closes `levels` levels opened with `enter`.
   *
   * @param levels - How many levels to close.
   * @example
   * ts.leave(1);
   */
  leave(levels: number): void {
    this.depth -= levels;
  }

  /** The current token (never past `eof`). */
  peek(): Token {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)]!;
  }

  /** The token `k` places after the current one (0 = current). */
  peekAt(k: number): Token {
    return this.tokens[Math.min(this.index + k, this.tokens.length - 1)]!;
  }

  /** Consumes and returns the current token. */
  next(): Token {
    const t = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return t;
  }

  /** The last consumed token. */
  previous(): Token {
    return this.tokens[Math.max(0, this.index - 1)]!;
  }

  /** True when the current token is the punctuation `c`. */
  atPunct(c: string): boolean {
    const t = this.peek();
    return t.kind === "punct" && t.text === c;
  }

  /** Skips newline tokens (a statement continues after a trailing operator). */
  skipNewlines(): void {
    while (this.peek().kind === "newline") this.index++;
  }

  /**
   * Lets a statement continue on the next line after a trailing operator, unless that
   * line holds an operator of its own (then it is a new statement, as in lavaan) — in
   * which case `errorText` is thrown at the end of the current line.
   */
  continueAfter(errorText: string): void {
    const t = this.peek();
    if (t.kind === "eof" || t.kind === "semi") syntaxError(t.line, t.col, errorText);
    if (t.kind !== "newline") return;
    let j = this.index;
    while (this.tokens[j]!.kind === "newline") j++;
    for (let k = j; ; k++) {
      const u = this.tokens[k]!;
      if (u.kind === "newline" || u.kind === "semi" || u.kind === "eof") break;
      if (u.kind === "op") syntaxError(t.line, t.col, errorText);
    }
    if (this.tokens[j]!.kind === "eof") syntaxError(t.line, t.col, errorText);
    this.index = j;
  }

  /** True when the next non-empty line holds a model operator (so it starts a new statement, as in lavaan). */
  nextLineHasOperator(): boolean {
    let j = this.index;
    while (this.tokens[j]!.kind === "newline") j++;
    for (let k = j; ; k++) {
      const u = this.tokens[k]!;
      if (u.kind === "newline" || u.kind === "semi" || u.kind === "eof") return false;
      if (u.kind === "op") return true;
    }
  }

  /** The first token at or after the cursor that is not a newline (without consuming). */
  peekPastNewlines(): Token {
    let j = this.index;
    while (this.tokens[j]!.kind === "newline") j++;
    return this.tokens[j]!;
  }
}

/**
 * The position of a token.
 *
 * @param t - A token.
 * @returns Its 1-based line and column.
 * @example
 * posOf(tokenize("f =~ x1")[1]!); // { line: 1, col: 3 }
 */
export function posOf(t: Token): SourcePos {
  return { line: t.line, col: t.col };
}

/**
 * How a token reads in an error message ("found ...").
 *
 * @param t - A token.
 * @returns e.g. `'x2'`, `"a"` or `the end of the statement`.
 * @example
 * describeToken(tokenize("x2")[0]!); // "'x2'"
 */
export function describeToken(t: Token): string {
  switch (t.kind) {
    case "eof":
      return "the end of the model";
    case "newline":
    case "semi":
      return "the end of the statement";
    case "string":
      return JSON.stringify(t.text);
    default:
      return `'${t.text}'`;
  }
}
