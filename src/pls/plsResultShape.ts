import type { Shape } from "../options/checkArg.ts";

/** What plsJson and plsPathDiagram read of a pls() result (checked for JavaScript callers; f² is left out, as reading
 * it re-estimates the model). */
export const PLS_RESULT_SHAPE: Shape = {
  iterations: "number",
  spec: { constructs: [{ name: "string", mode: "string" }] },
  paths: [{ lhs: "string", rhs: "string", est: "number" }],
  loadings: [{ lhs: "string", rhs: "string", est: "number" }],
  weights: [{ lhs: "string", rhs: "string", est: "number" }],
  r2: "object", r2adj: "object", reliability: "object",
  htmt: { names: "names", matrix: "array" },
  warnings: "names",
};
