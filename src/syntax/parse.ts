/**
 * lavaan model syntax parser: tokenizer + recursive descent, no eval.
 */
import { message } from "../messages.ts";
import { closeParen, parseExpression, validateExpression } from "./parseExpression.ts";
import { parseTerm } from "./parseTerm.ts";
import { TokenStream, describeToken, posOf } from "./stream.ts";
import { syntaxError, tokenize, type Token } from "./tokenize.ts";
import type { ConstraintOp, Expr, LevelBlock, LhsName, ModelSyntax, RelationOp, Statement, Term } from "./types.ts";

const RELATION_OPS: ReadonlySet<string> = new Set(["=~", "~", "~~", "|", "~*~", "<~"]);
const CONSTRAINT_OPS: ReadonlySet<string> = new Set(["==", "<", ">"]);

/**
 * Parses lavaan model syntax into a model AST.
 *
 * Supports `=~`, `~`, `~~`, `<~` (formative composites), intercepts (`y ~ 1`), thresholds (`x | t1 + t2`), `~*~`,
 * defined parameters (`:=`), constraints (`==`, `<`, `>`), several names on the left
 * (`y1 + y2 ~ x`), modifiers (`a*x`, `0.5*x`, `NA*x`, `start(0.3)*x`, `label("a")*x`,
 * `equal("a")*x`, `c(a1, a2)*x`, chained `start(0.5)*a*x`), ESEM blocks (`efa("b1")*f1 + efa("b1")*f2 =~ x1 + x2`), `level: 1` block
 * headers of two-level models (recorded in `levels`), comments (`#`, `!`), `;`
 * separators, and statements continued over lines (after a trailing operator or `+`,
 * or when the next line starts with `+`), following lavaan's `lavParseModelString`
 * (Rosseel, 2012, lavaan: An R package for structural equation modeling, JSS 48(2)).
 *
 * @param text - The model syntax (a leading UTF-8 byte-order mark is ignored).
 * @returns The statements in the order written.
 * @throws ModelSyntaxError with 1-based `line` and `col`, message prefixed `line L, col C: `,
 *   for a missing lhs or rhs, unbalanced parentheses, a bad number, an unterminated string,
 *   an empty model, an unknown or unsupported operator (e.g. `->`), a modifier without a variable,
 *   expressions nested more than 500 levels deep, or a `text` that is not a string (line 1, col 1).
 * @example
 * const ast = parseModel("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6");
 * ast.statements.length; // 2
 */
export function parseModel(text: string): ModelSyntax {
  // JavaScript callers can pass anything: say so instead of failing inside the tokenizer
  if (typeof text !== "string") syntaxError(1, 1, message.syntaxNotText(text === null ? "null" : typeof text));
  // a UTF-8 byte-order mark (Windows editors) is not part of the first name; editors do not count it as a column
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ts = new TokenStream(tokenize(text));
  const statements: Statement[] = [];
  const levels: LevelBlock[] = [];
  for (;;) {
    let t = ts.peek();
    while (t.kind === "newline" || t.kind === "semi") {
      ts.next();
      t = ts.peek();
    }
    if (t.kind === "eof") break;
    if (t.kind === "ident" && t.text === "level" && ts.peekAt(1).kind === "op" && ts.peekAt(1).text === ":") {
      levels.push(parseLevel(ts, statements.length));
      continue;
    }
    statements.push(parseStatement(ts));
  }
  if (statements.length === 0) syntaxError(1, 1, message.syntaxEmptyModel);
  return levels.length > 0 ? { statements, levels } : { statements };
}

function parseStatement(ts: TokenStream): Statement {
  const first = ts.peek();
  let statement: Statement;
  if (first.kind === "op") missingLhs(first);
  if (first.kind === "punct" && first.text === ")") syntaxError(first.line, first.col, message.syntaxUnexpectedCloseParen);
  if (first.kind === "punct" && !"(-+".includes(first.text)) {
    syntaxError(first.line, first.col, message.syntaxExpectedVariableBefore(first.text));
  }
  const efaLhs = isEfaModifier(ts) ? parseEfaLhs(ts) : null;
  const lhs = efaLhs === null ? parseExpression(ts, "") : null;
  const opTok = ts.peek();
  if (opTok.kind !== "op") {
    syntaxError(opTok.line, opTok.col, message.syntaxExpectedOperator(ts.previous().text));
  }
  ts.next();
  const op = opTok.text;
  if (efaLhs !== null && op !== "=~") syntaxError(efaLhs[0]!.pos.line, efaLhs[0]!.pos.col, message.syntaxEfaOnlyMeasurement(op));
  if (lhs === null) {
    ts.continueAfter(message.syntaxExpectedVariableAfter(op));
    statement = { kind: "relation", op: "=~", lhs: efaLhs!, rhs: parseTerms(ts, "=~"), pos: posOf(opTok) };
    endStatement(ts);
    return statement;
  }
  if (RELATION_OPS.has(op)) {
    const names = lhsNames(lhs, op);
    ts.continueAfter(message.syntaxExpectedVariableAfter(op));
    statement = { kind: "relation", op: op as RelationOp, lhs: names, rhs: parseTerms(ts, op as RelationOp), pos: posOf(opTok) };
  } else if (op === ":=") {
    if (lhs.kind !== "ident") syntaxError(lhs.pos.line, lhs.pos.col, message.syntaxExpectedNameBeforeDefine);
    ts.continueAfter(message.syntaxExpectedExpressionAfter(op));
    const expr = parseExpression(ts, op);
    validateExpression(expr);
    statement = { kind: "definition", name: lhs.name, expr, pos: lhs.pos };
  } else if (CONSTRAINT_OPS.has(op)) {
    validateExpression(lhs);
    ts.continueAfter(message.syntaxExpectedExpressionAfter(op));
    const rhs = parseExpression(ts, op);
    validateExpression(rhs);
    statement = { kind: "constraint", op: op as ConstraintOp, lhs, rhs, pos: posOf(opTok) };
  } else {
    return syntaxError(opTok.line, opTok.col, message.syntaxUnsupportedOperator(op));
  }
  endStatement(ts);
  return statement;
}

/** `level: 1` (or `level: within`): the label of a two-level block. */
function parseLevel(ts: TokenStream, statement: number): LevelBlock {
  const word = ts.next();
  const colon = ts.next();
  const label = ts.next();
  if (label.kind !== "number" && label.kind !== "ident") syntaxError(colon.line, colon.col, message.syntaxExpectedLevelLabel);
  endStatement(ts);
  return { label: label.text, statement, pos: posOf(word) };
}

/** Whether the cursor is on `efa(`, the ESEM block modifier of a factor on the left of `=~`. */
function isEfaModifier(ts: TokenStream): boolean {
  const t = ts.peek(), u = ts.peekAt(1);
  return t.kind === "ident" && t.text === "efa" && u.kind === "punct" && u.text === "(";
}

/**
 * The left side of an ESEM statement: `efa("b1")*f1 + efa("b1")*f2` (lavaan's `efa` modifier; a factor
 * without it is an ordinary factor measured by the same indicators).
 */
function parseEfaLhs(ts: TokenStream): LhsName[] {
  const out: LhsName[] = [];
  for (;;) {
    let efa: string | undefined;
    if (isEfaModifier(ts)) {
      const fn = ts.next();
      const open = ts.next();
      ts.enter(open);
      const arg = ts.next();
      if (arg.kind !== "string" && arg.kind !== "ident") syntaxError(fn.line, fn.col, message.syntaxModifierArgs("efa", "one block name in quotes"));
      closeParen(ts, open, true);
      ts.leave(1);
      if (!ts.atPunct("*")) syntaxError(fn.line, fn.col, message.syntaxModifierNeedsStar(`efa("${arg.text}")`));
      ts.next();
      efa = arg.text;
    }
    const t = ts.next();
    if (t.kind !== "ident" || t.text === "NA") syntaxError(t.line, t.col, message.syntaxExpectedVariableAfter(efa === undefined ? "+" : "*"));
    out.push(efa === undefined ? { name: t.text, pos: posOf(t) } : { name: t.text, pos: posOf(t), efa });
    if (!ts.atPunct("+")) return out;
    ts.next();
  }
}

function missingLhs(op: Token): never {
  if (op.text === ":=") syntaxError(op.line, op.col, message.syntaxExpectedNameBeforeDefine);
  if (CONSTRAINT_OPS.has(op.text)) syntaxError(op.line, op.col, message.syntaxExpectedExpressionBefore(op.text));
  return syntaxError(op.line, op.col, message.syntaxExpectedVariableBefore(op.text));
}

/** The left-hand side of a relation must be a name or a sum of names. */
function lhsNames(e: Expr, op: string): LhsName[] {
  switch (e.kind) {
    case "ident":
      if (e.name === "NA") syntaxError(e.pos.line, e.pos.col, message.syntaxNaNotVariable);
      return [{ name: e.name, pos: e.pos }];
    case "binary":
      if (e.op === "+") return [...lhsNames(e.left, op), ...lhsNames(e.right, op)];
      if (e.op === "*") syntaxError(e.pos.line, e.pos.col, message.syntaxLhsModifier(op));
      break;
    default:
      break;
  }
  return syntaxError(e.pos.line, e.pos.col, message.syntaxExpectedVariableBefore(op));
}

function parseTerms(ts: TokenStream, op: RelationOp): Term[] {
  const terms: Term[] = [parseTerm(ts, op, op)];
  for (;;) {
    let t = ts.peek();
    if (t.kind === "newline") {
      const u = ts.peekPastNewlines();
      if (u.kind !== "punct" || u.text !== "+" || ts.nextLineHasOperator()) break;
      ts.skipNewlines();
      t = ts.peek();
    }
    if (t.kind !== "punct" || t.text !== "+") break;
    ts.next();
    ts.continueAfter(message.syntaxExpectedVariableAfter("+"));
    terms.push(parseTerm(ts, op, "+"));
  }
  return terms;
}

function endStatement(ts: TokenStream): void {
  const t = ts.peek();
  if (t.kind === "newline" || t.kind === "semi") {
    ts.next();
    return;
  }
  if (t.kind === "eof") return;
  if (t.kind === "punct" && t.text === ")") syntaxError(t.line, t.col, message.syntaxUnexpectedCloseParen);
  syntaxError(t.line, t.col, message.syntaxExpectedEnd(describeToken(t)));
}

/**
 * Parses a standalone arithmetic expression (the language of `:=` right-hand sides).
 *
 * @param text - e.g. `"c + a*b"`.
 * @returns The expression tree.
 * @throws ModelSyntaxError with line and col for a syntax error or an unknown function.
 * @example
 * parseExpr("a*b").kind; // "binary"
 */
export function parseExpr(text: string): Expr {
  if (typeof text !== "string") syntaxError(1, 1, message.syntaxNotText(text === null ? "null" : typeof text));
  const ts = new TokenStream(tokenize(text));
  ts.skipNewlines();
  const expr = parseExpression(ts, "");
  ts.skipNewlines();
  const t = ts.peek();
  if (t.kind !== "eof") syntaxError(t.line, t.col, message.syntaxUnexpected(describeToken(t)));
  validateExpression(expr);
  return expr;
}
