/**
 * Functions allowed in `:=` and constraint expressions. Add an entry here to
 * support a new function everywhere (parser validation, evaluation, derivatives).
 */

export interface ExprFunction {
  /** Number of arguments. */
  readonly arity: number;
  /** The function itself. */
  readonly fn: (x: number) => number;
  /** Its first derivative (for the delta method). */
  readonly derivative: (x: number) => number;
}

/**
 * The registry of expression functions, by name (a Map, so no prototype keys).
 *
 * @example
 * EXPR_FUNCTIONS.get("exp")!.fn(0); // 1
 */
export const EXPR_FUNCTIONS: ReadonlyMap<string, ExprFunction> = new Map<string, ExprFunction>([
  ["exp", { arity: 1, fn: Math.exp, derivative: Math.exp }],
  ["log", { arity: 1, fn: Math.log, derivative: (x) => 1 / x }],
  ["sqrt", { arity: 1, fn: Math.sqrt, derivative: (x) => 0.5 / Math.sqrt(x) }],
  ["abs", { arity: 1, fn: Math.abs, derivative: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0) }],
]);
