/**
 * Parses one right-hand-side term of a relation: `[modifier*]... name`,
 * e.g. `x1`, `a*x1`, `0.5*x1`, `NA*x1`, `start(0.3)*a*x1`, `c(a1, a2)*x1`, `1`.
 */
import { message } from "../messages.ts";
import { closeParen } from "./parseExpression.ts";
import { TokenStream, posOf } from "./stream.ts";
import { syntaxError } from "./tokenize.ts";
import type { Modifier, RelationOp, SourcePos, Term } from "./types.ts";

/** An argument inside a modifier call. */
type ModArg =
  | { readonly kind: "num"; readonly value: number }
  | { readonly kind: "na" }
  | { readonly kind: "text"; readonly value: string };

/** One `*`-separated piece of a term, before we know whether it is a modifier or the variable. */
type Factor =
  | { readonly kind: "num"; readonly value: number; readonly text: string; readonly pos: SourcePos }
  | { readonly kind: "ident"; readonly name: string; readonly text: string; readonly pos: SourcePos }
  | { readonly kind: "string"; readonly value: string; readonly text: string; readonly pos: SourcePos }
  | {
      readonly kind: "call";
      readonly fn: string;
      readonly args: readonly ModArg[];
      readonly text: string;
      readonly pos: SourcePos;
    };

const UNSUPPORTED_MODIFIERS: ReadonlySet<string> = new Set(["lower", "upper", "prior", "efa", "rv"]);

function argText(a: ModArg): string {
  return a.kind === "num" ? String(a.value) : a.kind === "na" ? "NA" : JSON.stringify(a.value);
}

/** Parses the (flattened) arguments of a modifier call, after its `(`. */
function parseArgs(ts: TokenStream, out: ModArg[]): void {
  if (ts.atPunct(")")) return;
  for (let first = true; ; first = false) {
    const t = ts.next();
    if (t.kind === "number") out.push({ kind: "num", value: t.value });
    else if ((t.text === "-" || t.text === "+") && t.kind === "punct" && ts.peek().kind === "number") {
      const u = ts.next();
      out.push({ kind: "num", value: t.text === "-" ? -u.value : u.value });
    } else if (t.kind === "ident" && t.text === "NA") out.push({ kind: "na" });
    else if (t.kind === "ident" && t.text === "c" && ts.atPunct("(")) {
      const open = ts.next();
      ts.enter(open);
      parseArgs(ts, out);
      closeParen(ts, open, true);
      ts.leave(1);
    } else if (t.kind === "ident" || t.kind === "string") out.push({ kind: "text", value: t.text });
    else if (t.kind === "punct" && t.text === ")") syntaxError(t.line, t.col, message.syntaxUnexpectedCloseParen);
    else syntaxError(t.line, t.col, message.syntaxExpectedExpressionAfter(first ? "(" : ","));
    if (!ts.atPunct(",")) return;
    ts.next();
  }
}

function parseFactor(ts: TokenStream, after: string, modifier: Factor | null): Factor {
  const t = ts.peek();
  if (t.kind === "punct" && (t.text === "-" || t.text === "+") && ts.peekAt(1).kind === "number") {
    ts.next();
    const u = ts.next();
    const value = t.text === "-" ? -u.value : u.value;
    return { kind: "num", value, text: t.text === "-" ? `-${u.text}` : u.text, pos: posOf(t) };
  }
  if (t.kind === "number") {
    ts.next();
    return { kind: "num", value: t.value, text: t.text, pos: posOf(t) };
  }
  if (t.kind === "string") {
    ts.next();
    return { kind: "string", value: t.text, text: JSON.stringify(t.text), pos: posOf(t) };
  }
  if (t.kind === "ident") {
    ts.next();
    if (!ts.atPunct("(")) return { kind: "ident", name: t.text, text: t.text, pos: posOf(t) };
    const open = ts.next();
    const args: ModArg[] = [];
    parseArgs(ts, args);
    closeParen(ts, open, true);
    return { kind: "call", fn: t.text, args, text: `${t.text}(${args.map(argText).join(", ")})`, pos: posOf(t) };
  }
  if (modifier !== null) syntaxError(t.line, t.col, message.syntaxModifierWithoutVariable(modifier.text));
  if (t.kind === "punct" && t.text === ")") syntaxError(t.line, t.col, message.syntaxUnexpectedCloseParen);
  return syntaxError(t.line, t.col, message.syntaxExpectedVariableAfter(after));
}

function toModifier(f: Factor): Modifier {
  switch (f.kind) {
    case "num":
      return { kind: "fixed", values: [f.value], pos: f.pos };
    case "ident":
      return f.name === "NA"
        ? { kind: "fixed", values: [null], pos: f.pos }
        : { kind: "label", values: [f.name], pos: f.pos };
    case "string":
      return { kind: "label", values: [f.value], pos: f.pos };
    case "call":
      return callModifier(f);
  }
}

function callModifier(f: Extract<Factor, { kind: "call" }>): Modifier {
  const { fn, args, pos } = f;
  const bad = (expected: string): never => syntaxError(pos.line, pos.col, message.syntaxModifierArgs(fn, expected));
  if (fn === "start") {
    if (args.length === 0 || args.some((a) => a.kind !== "num")) bad("one or more numbers");
    return { kind: "start", values: args.map((a) => (a as { value: number }).value), pos };
  }
  if (fn === "label" || fn === "equal") {
    if (args.length === 0 || args.some((a) => a.kind === "num")) bad("one or more labels in quotes");
    return { kind: "label", values: args.map((a) => (a.kind === "text" ? a.value : "")), pos };
  }
  if (fn === "c") {
    if (args.length === 0) bad("one or more values");
    const hasNum = args.some((a) => a.kind === "num");
    const hasText = args.some((a) => a.kind === "text");
    if (hasNum && hasText) syntaxError(pos.line, pos.col, message.syntaxMixedVector);
    if (hasText) return { kind: "label", values: args.map((a) => (a.kind === "text" ? a.value : "")), pos };
    return { kind: "fixed", values: args.map((a) => (a.kind === "num" ? a.value : null)), pos };
  }
  if (UNSUPPORTED_MODIFIERS.has(fn)) syntaxError(pos.line, pos.col, message.syntaxUnsupportedModifier(fn));
  return syntaxError(pos.line, pos.col, message.syntaxUnknownModifier(fn));
}

const KIND_WORD: Readonly<Record<Modifier["kind"], string>> = { fixed: "fixed-value", start: "start", label: "label" };

/**
 * Parses one term at the cursor.
 *
 * @param ts - Token cursor on the first token of the term.
 * @param op - The statement's operator (the intercept `1` is only valid after `~`).
 * @param after - Text of the token before the term, for error messages.
 * @returns The term with its modifiers.
 * @throws ModelSyntaxError (with line and col) for a missing variable, a modifier without a
 *   variable, a bad or unknown modifier, or two modifiers of the same kind.
 * @example
 * parseTerm(new TokenStream(tokenize("a*x1")), "=~", "=~").name; // "x1"
 */
export function parseTerm(ts: TokenStream, op: RelationOp, after: string): Term {
  const factors: Factor[] = [];
  let last = parseFactor(ts, after, null);
  while (ts.atPunct("*")) {
    ts.next();
    ts.continueAfter(message.syntaxModifierWithoutVariable(last.text));
    factors.push(last);
    last = parseFactor(ts, "*", last);
  }
  const modifiers = factors.map(toModifier);
  for (let i = 1; i < modifiers.length; i++) {
    const m = modifiers[i]!;
    if (modifiers.slice(0, i).some((p) => p.kind === m.kind)) {
      syntaxError(m.pos.line, m.pos.col, message.syntaxDuplicateModifier(KIND_WORD[m.kind]));
    }
  }
  if (last.kind === "ident") {
    if (last.name === "NA") syntaxError(last.pos.line, last.pos.col, message.syntaxNaNotVariable);
    return { modifiers, name: last.name, pos: last.pos };
  }
  if (last.kind === "num" && last.text === "1") {
    if (op !== "~") syntaxError(last.pos.line, last.pos.col, message.syntaxInterceptOnlyAfterTilde(op));
    return { modifiers, name: "", pos: last.pos };
  }
  if (last.kind === "num" && last.text === "0" && op === "~" && factors.length === 0) {
    // lavaan: `y ~ 0` is the intercept fixed at zero
    return { modifiers: [{ kind: "fixed", values: [0], pos: last.pos }], name: "", pos: last.pos };
  }
  if (factors.length > 0) {
    const t = last;
    syntaxError(t.pos.line, t.pos.col, message.syntaxExpectedVariableAfter("*"));
  }
  return syntaxError(last.pos.line, last.pos.col, message.syntaxModifierNeedsStar(last.text));
}
