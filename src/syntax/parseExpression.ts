/**
 * Recursive-descent parser for arithmetic expressions (`:=`, `==`, `<`, `>`),
 * with R's precedence: `^` (right-associative) > unary minus > `* /` > `+ -`.
 */
import { message } from "../messages.ts";
import { EXPR_FUNCTIONS } from "./functions.ts";
import { TokenStream, describeToken, posOf } from "./stream.ts";
import { syntaxError, type Token } from "./tokenize.ts";
import type { BinaryOp, Expr } from "./types.ts";

/**
 * True (and positioned on the operator) when a binary operator from `ops` comes next — possibly
 * at the start of the next line, unless that line has a model operator (then it is a new statement).
 */
function atBinary(ts: TokenStream, ops: string): boolean {
  let t = ts.peek();
  if (t.kind === "newline") {
    t = ts.peekPastNewlines();
    if (t.kind === "punct" && ops.includes(t.text) && !ts.nextLineHasOperator()) {
      ts.skipNewlines();
      return true;
    }
    return false;
  }
  return t.kind === "punct" && ops.includes(t.text);
}

function isCloser(t: Token): boolean {
  return t.kind === "newline" || t.kind === "semi" || t.kind === "eof" || t.kind === "op";
}

/**
 * Parses one expression starting at the cursor.
 *
 * @param ts - Token cursor, positioned on the first token of the expression.
 * @param after - Text of the token before the expression (for error messages).
 * @returns The expression tree.
 * @throws ModelSyntaxError with line and column for a missing operand or an unclosed `(`.
 * @example
 * parseExpression(new TokenStream(tokenize("c + a*b")), ":=").kind; // "binary"
 */
export function parseExpression(ts: TokenStream, after: string): Expr {
  return parseAdditive(ts, after);
}

// Each further operand of a `+`/`*` chain deepens the (left-leaning) tree by one level, and every
// operand (parenthesis, sign, power, call argument) passes through parseUnary: both count towards
// MAX_NESTING, so that later recursive walks of the tree cannot overflow the stack.
function parseAdditive(ts: TokenStream, after: string): Expr {
  return parseLeftChain(ts, after, "+-", parseMultiplicative);
}

function parseMultiplicative(ts: TokenStream, after: string): Expr {
  return parseLeftChain(ts, after, "*/", parseUnary);
}

/** A left-associative chain `operand (op operand)*` with the operators in `ops`, e.g. `a + b - c`. */
function parseLeftChain(ts: TokenStream, after: string, ops: string, operand: (ts: TokenStream, after: string) => Expr): Expr {
  let left = operand(ts, after);
  let levels = 0;
  while (atBinary(ts, ops)) {
    const op = ts.next();
    ts.enter(op);
    levels++;
    ts.continueAfter(message.syntaxExpectedExpressionAfter(op.text));
    const right = operand(ts, op.text);
    left = { kind: "binary", op: op.text as BinaryOp, left, right, pos: left.pos };
  }
  ts.leave(levels);
  return left;
}

function parseUnary(ts: TokenStream, after: string): Expr {
  ts.enter(ts.peek());
  let e: Expr;
  if (ts.atPunct("-") || ts.atPunct("+")) {
    const sign = ts.next();
    const arg = parseUnary(ts, sign.text);
    e = sign.text === "-" ? { kind: "neg", arg, pos: posOf(sign) } : arg;
  } else {
    e = parsePower(ts, after);
  }
  ts.leave(1);
  return e;
}

function parsePower(ts: TokenStream, after: string): Expr {
  const base = parsePrimary(ts, after);
  if (atBinary(ts, "^")) {
    ts.next();
    ts.continueAfter(message.syntaxExpectedExpressionAfter("^"));
    const exponent = parseUnary(ts, "^");
    return { kind: "binary", op: "^", left: base, right: exponent, pos: base.pos };
  }
  return base;
}

function parsePrimary(ts: TokenStream, after: string): Expr {
  const t = ts.peek();
  if (t.kind === "number") {
    ts.next();
    return { kind: "num", value: t.value, pos: posOf(t) };
  }
  if (t.kind === "ident") {
    ts.next();
    if (!ts.atPunct("(")) return { kind: "ident", name: t.text, pos: posOf(t) };
    const open = ts.next();
    const args: Expr[] = [];
    if (!ts.atPunct(")")) {
      for (;;) {
        args.push(parseExpression(ts, args.length === 0 ? "(" : ","));
        if (ts.atPunct(",")) {
          ts.next();
          continue;
        }
        break;
      }
    }
    closeParen(ts, open, true);
    return { kind: "call", fn: t.text, args, pos: posOf(t) };
  }
  if (t.kind === "punct" && t.text === "(") {
    const open = ts.next();
    const inner = parseExpression(ts, "(");
    closeParen(ts, open, false);
    return inner;
  }
  if (t.kind === "punct" && t.text === ")") syntaxError(t.line, t.col, message.syntaxUnexpectedCloseParen);
  if (after === "") syntaxError(t.line, t.col, message.syntaxUnexpected(describeToken(t)));
  return syntaxError(t.line, t.col, message.syntaxExpectedExpressionAfter(after));
}

/**
 * Consumes the `)` matching `open`, or throws at the right place.
 *
 * @param ts - Token cursor, expected on `)`.
 * @param open - The `(` token (blamed when the line ends first).
 * @param inCall - Inside a call's argument list (the message then mentions `,`).
 * @throws ModelSyntaxError "unbalanced parentheses" at the `(`, or "expected ')'" at the stray token.
 * @example
 * closeParen(ts, openToken, true); // consumes ")"
 */
export function closeParen(ts: TokenStream, open: Token, inCall: boolean): void {
  const t = ts.peek();
  if (t.kind === "punct" && t.text === ")") {
    ts.next();
    return;
  }
  if (isCloser(t)) syntaxError(open.line, open.col, message.syntaxUnclosedParen);
  const what = describeToken(t);
  syntaxError(t.line, t.col, inCall ? message.syntaxExpectedCommaOrParen(what) : message.syntaxExpectedCloseParen(what));
}

/**
 * Checks that every function called in `expr` is known and gets the right number of arguments.
 *
 * @param expr - A parsed expression.
 * @throws ModelSyntaxError at the function name otherwise.
 * @example
 * validateExpression(parseExpr("exp(a)")); // ok; "foo(a)" would throw
 */
export function validateExpression(expr: Expr): void {
  switch (expr.kind) {
    case "num":
    case "ident":
      return;
    case "neg":
      validateExpression(expr.arg);
      return;
    case "binary":
      validateExpression(expr.left);
      validateExpression(expr.right);
      return;
    case "call": {
      const f = EXPR_FUNCTIONS.get(expr.fn);
      if (f === undefined) {
        syntaxError(expr.pos.line, expr.pos.col, message.syntaxUnknownFunction(expr.fn, [...EXPR_FUNCTIONS.keys()]));
      }
      if (f.arity !== expr.args.length) {
        syntaxError(expr.pos.line, expr.pos.col, message.syntaxFunctionArity(expr.fn, f.arity, expr.args.length));
      }
      for (const a of expr.args) validateExpression(a);
    }
  }
}
