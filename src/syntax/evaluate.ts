/**
 * Evaluation of `:=` / constraint expressions.
 */
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { EXPR_FUNCTIONS } from "./functions.ts";
import type { BinaryOp, Expr } from "./types.ts";
import { checkArg } from "../options/checkArg.ts";

/** Values of the identifiers (labels, `:=` names) an expression may use. */
export type ExprEnv = ReadonlyMap<string, number> | ((name: string) => number | undefined);

/**
 * Evaluates an expression tree with R's arithmetic (`^` is `Math.pow`, `/` by zero gives ±Infinity/NaN).
 *
 * @param expr - Expression from `parseModel` (a `:=` right-hand side or a constraint side).
 * @param env - Values of the identifiers: a Map, or a function returning `undefined` for unknown names.
 * @returns The value.
 * @throws ModelSpecificationError when an identifier has no value, or a function is unknown (with the line and col
 *   of that token when the expression was parsed); OptionError when
 *   expr is not an expression object or env is neither a Map nor a function.
 * @example
 * const ast = parseModel("ind := a*b");
 * const def = ast.statements[0] as DefinitionStatement;
 * evaluate(def.expr, new Map([["a", 0.5], ["b", 0.4]])); // 0.2
 */
export function evaluate(expr: Expr, env: ExprEnv): number {
  checkArg("evaluate", "expr", expr, "object");
  switch (expr.kind) {
    case "num":
      return expr.value;
    case "ident": {
      if (typeof env !== "function" && !(env instanceof Map)) checkArg("evaluate", "env", env, "function");
      const v = typeof env === "function" ? env(expr.name) : env.get(expr.name);
      if (v === undefined) throw new ModelSpecificationError(message.syntaxUnknownIdentifier(expr.name), expr.pos);
      return v;
    }
    case "neg":
      return -evaluate(expr.arg, env);
    case "binary":
      return applyBinary(expr.op, evaluate(expr.left, env), evaluate(expr.right, env));
    case "call": {
      const f = EXPR_FUNCTIONS.get(expr.fn);
      if (f === undefined) {
        throw new ModelSpecificationError(message.syntaxUnknownFunction(expr.fn, [...EXPR_FUNCTIONS.keys()]), expr.pos);
      }
      return f.fn(evaluate(expr.args[0]!, env));
    }
  }
}

function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "^":
      return Math.pow(a, b);
  }
}

/**
 * The identifiers an expression refers to, in order of first appearance.
 *
 * @param expr - An expression tree.
 * @returns Distinct identifier names.
 * @throws OptionError when expr is not an expression object.
 * @example
 * exprIdentifiers(parseExpr("c + a*b")); // ["c", "a", "b"]
 */
export function exprIdentifiers(expr: Expr): string[] {
  checkArg("exprIdentifiers", "expr", expr, "object");
  const out: string[] = [];
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case "ident":
        if (!out.includes(e.name)) out.push(e.name);
        return;
      case "neg":
        walk(e.arg);
        return;
      case "binary":
        walk(e.left);
        walk(e.right);
        return;
      case "call":
        e.args.forEach(walk);
        return;
      default:
        return;
    }
  };
  walk(expr);
  return out;
}
