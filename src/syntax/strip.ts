/**
 * Removes source positions from a parsed model, for structural comparison.
 */
import type { ModelSyntax } from "./types.ts";

/**
 * A deep copy of `ast` without any `pos` fields, so that two parses of differently
 * formatted but equivalent syntax compare equal (e.g. `parse(print(parse(x)))` vs `parse(x)`).
 *
 * @param ast - A model (or any node) from `parseModel`.
 * @returns Plain data without positions.
 * @example
 * stripPositions(parseModel("f =~ x1")) // { statements: [{ kind: "relation", op: "=~", lhs: [{ name: "f" }], ... }] }
 */
export function stripPositions(ast: ModelSyntax | object): unknown {
  const go = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(go);
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (k !== "pos") out[k] = go(x);
      return out;
    }
    return v;
  };
  return go(ast);
}
