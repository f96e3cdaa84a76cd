import type { ParTable } from "../partable/types.ts";
import type { ModelSyntax } from "../syntax/types.ts";
import { printExpr, printStatement } from "../syntax/print.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Rejects model parts that the ML estimator for continuous data would otherwise ignore silently,
 * returning numbers that look fine but do not respect the model: constraints in `pt.constraints`
 * (`a == 2*b`, `a + b > 1`, which lavaan imposes through constrained optimisation, Rosseel 2012, §6;
 * `sem()` passes simple inequalities such as `a > 0` to `fitInequality` and only the rest here) and,
 * for continuous data, thresholds or scale factors (`x | t1`, `x ~*~ x`).
 * @param syntax the parsed model (for positions)
 * @param pt its parameter table (constraints left after absorbing `label == label`)
 * @param ordinal whether the model is fitted to ordered data (then thresholds and scales are allowed)
 * @throws ModelSpecificationError naming the statement, its line and col
 * @example
 * checkSupported(parseModel("f =~ x1 + a*x2 + x3\na > 0"), pt); // throws: constraint "a > 0" (line 2, col 3) …
 */
export function checkSupported(syntax: ModelSyntax, pt: ParTable, ordinal = false): void {
  for (const c of pt.constraints ?? []) {
    const text = `${printExpr(c.lhs)} ${c.op} ${printExpr(c.rhs)}`;
    throw new ModelSpecificationError(message.semConstraintUnsupported(text, message.partableAt(c.pos.line, c.pos.col)));
  }
  for (const s of syntax.statements) {
    if (!ordinal && s.kind === "relation" && (s.op === "|" || s.op === "~*~")) {
      throw new ModelSpecificationError(message.semOrdinalUnsupported(printStatement(s), message.partableAt(s.pos.line, s.pos.col)));
    }
  }
}
