/**
 * Prints a model AST back to lavaan syntax, so that
 * `parseModel(printModel(ast))` equals `ast` (ignoring source positions).
 */
import type { Expr, Modifier, ModelSyntax, Statement, Term } from "./types.ts";
import { checkArg, checkFields } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of `printExpr`. */
export interface PrintExprOptions {
  /** No spaces at all (lavaan's parameter-table style, e.g. `c+a*b`). Default false (`c + a*b`). */
  readonly compact?: boolean;
}

/** The accepted keys of `printExpr()` options. */
export const PRINT_EXPR_OPTION_KEYS = optionKeys<PrintExprOptions>({ compact: true });

function precedence(e: Expr): number {
  switch (e.kind) {
    case "binary":
      return e.op === "+" || e.op === "-" ? 1 : e.op === "^" ? 4 : 2;
    case "neg":
      return 3;
    default:
      return 5;
  }
}

/** Shortest text that parses back to the same number (String() drops the sign of -0, e.g. in `-0*x1`). */
function formatNumber(v: number): string {
  return Object.is(v, -0) ? "-0" : String(v);
}

/**
 * Prints an expression with the fewest parentheses that keep its meaning.
 *
 * @param expr - Expression tree.
 * @param options - `compact: true` prints without spaces.
 * @returns The expression text.
 * @throws OptionError when expr is not an expression object or options not an object.
 * @example
 * printExpr(parseExpr("(c) + (a*b)")); // "c + a*b"
 */
export function printExpr(expr: Expr, options: PrintExprOptions = {}): string {
  checkArg("printExpr", "expr", expr, "object");
  checkOptionsObject("printExpr", options);
  options = checkOptionKeys("printExpr", options, PRINT_EXPR_OPTION_KEYS);
  const sp = options.compact === true ? "" : " ";
  const wrap = (e: Expr, min: number): string => {
    const s = go(e);
    return precedence(e) < min ? `(${s})` : s;
  };
  const go = (e: Expr): string => {
    switch (e.kind) {
      case "num":
        return formatNumber(e.value);
      case "ident":
        return e.name;
      case "neg":
        return `-${wrap(e.arg, 3)}`;
      case "call":
        return `${e.fn}(${e.args.map((a) => go(a)).join(`,${sp}`)})`;
      case "binary": {
        const p = precedence(e);
        if (e.op === "^") return `${wrap(e.left, 5)}^${wrap(e.right, 3)}`;
        const s = p === 1 ? sp : "";
        return `${wrap(e.left, p)}${s}${e.op}${s}${wrap(e.right, p + 1)}`;
      }
    }
  };
  return go(expr);
}

const NAME_START = /^[A-Za-z._\u0080-\uffff][A-Za-z0-9._\u0080-\uffff]*$/;

function isBareLabel(s: string): boolean {
  return s !== "NA" && NAME_START.test(s) && !/^\.[0-9]/.test(s);
}

function quote(s: string): string {
  return s.includes('"') ? `'${s}'` : `"${s}"`;
}

function printModifier(m: Modifier): string {
  switch (m.kind) {
    case "fixed": {
      const vals = m.values.map((v) => (v === null ? "NA" : formatNumber(v)));
      return vals.length === 1 ? vals[0]! : `c(${vals.join(", ")})`;
    }
    case "start":
      return m.values.length === 1 ? `start(${formatNumber(m.values[0]!)})` : `start(c(${m.values.map(formatNumber).join(", ")}))`;
    case "label": {
      if (m.values.length === 1) {
        const v = m.values[0]!;
        return isBareLabel(v) ? v : `label(${quote(v)})`;
      }
      return `c(${m.values.map((v) => (isBareLabel(v) ? v : quote(v))).join(", ")})`;
    }
  }
}

function printTerm(t: Term): string {
  const name = t.name === "" ? "1" : t.name;
  return [...t.modifiers.map(printModifier), name].join("*");
}

/**
 * Prints one statement as a line of lavaan syntax.
 *
 * @param s - A statement from `parseModel`.
 * @returns The statement text (no trailing newline).
 * @throws OptionError when the statement is not an object with a kind.
 * @example
 * printStatement(parseModel("f=~a*x1+x2").statements[0]); // "f =~ a*x1 + x2"
 */
export function printStatement(s: Statement): string {
  checkFields("printStatement", "statement", s, { kind: "string" });
  switch (s.kind) {
    case "relation":
      return `${s.lhs.map((l) => (l.efa === undefined ? l.name : `efa(${JSON.stringify(l.efa)})*${l.name}`)).join(" + ")} ${s.op} ${s.rhs.map(printTerm).join(" + ")}`;
    case "definition":
      return `${s.name} := ${printExpr(s.expr)}`;
    case "constraint":
      return `${printExpr(s.lhs)} ${s.op} ${printExpr(s.rhs)}`;
  }
}

/**
 * Prints a parsed model back to lavaan syntax, one statement per line.
 *
 * @param ast - A model from `parseModel`.
 * @returns Syntax text such that `parseModel(printModel(ast))` equals `ast` up to positions.
 * @throws OptionError when ast is not an object with a statements array (e.g. `printModel(undefined)`).
 * @example
 * printModel(parseModel("f =~ x1 + 0.5*x2; y ~ f")); // "f =~ x1 + 0.5*x2\ny ~ f"
 */
export function printModel(ast: ModelSyntax): string {
  checkFields("printModel", "ast", ast, { statements: "array" });
  return ast.statements.map(printStatement).join("\n");
}
