import type { PlsResult, PlsRow } from "./types.ts";
import { checkShape } from "../options/checkArg.ts";
import { PLS_RESULT_SHAPE } from "./plsResultShape.ts";

/** JSON-ready number: NaN and ±Infinity become null. */
const num = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

/** The CLI/JSON form of a PLS result. */
export interface PlsJson {
  iterations: number;
  paths: Record<string, unknown>[];
  loadings: Record<string, unknown>[];
  weights: Record<string, unknown>[];
  r2: Record<string, number | null>;
  r2adj: Record<string, number | null>;
  reliability: Record<string, { alpha: number | null; rhoC: number | null; rhoA: number | null; AVE: number | null }>;
  htmt: { names: readonly string[]; matrix: (number | null)[][] };
  f2: Record<string, unknown>[];
  warnings: readonly string[];
}

/**
 * The documented JSON shape of a PLS result (as `semkit pls --json` prints it): iterations, paths
 * `{lhs, op: "~", rhs, est}`, loadings `{lhs, op: "=~", rhs, est}`, weights `{lhs, rhs, est}`, r2, r2adj,
 * reliability `{construct: {alpha, rhoC, rhoA, AVE}}`, htmt `{names, matrix}`, f2 `{lhs, rhs, est}` and warnings;
 * rows carry `se`, `ci.lower`, `ci.upper` after a bootstrap. Undefined values are null.
 * @param fit - a PLS result
 * @returns a plain object for JSON.stringify
 * @throws OptionError when fit is not a pls() result (JavaScript callers)
 * @example
 * JSON.stringify(plsJson(pls(model, data)));
 */
export function plsJson(fit: PlsResult): PlsJson {
  checkShape("plsJson", "fit", fit, PLS_RESULT_SHAPE);
  const row = (r: PlsRow, withOp: boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = { lhs: r.lhs };
    if (withOp && r.op !== undefined) out["op"] = r.op;
    out["rhs"] = r.rhs;
    out["est"] = num(r.est);
    if (r.se !== undefined) { out["se"] = num(r.se); out["ci.lower"] = num(r["ci.lower"]); out["ci.upper"] = num(r["ci.upper"]); }
    return out;
  };
  const rec = (o: Readonly<Record<string, number>>): Record<string, number | null> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, num(v)]));
  return {
    iterations: fit.iterations,
    paths: fit.paths.map((r) => row(r, true)),
    loadings: fit.loadings.map((r) => row(r, true)),
    weights: fit.weights.map((r) => row(r, false)),
    r2: rec(fit.r2),
    r2adj: rec(fit.r2adj),
    reliability: Object.fromEntries(Object.entries(fit.reliability).map(([k, r]) => [k, { alpha: num(r.alpha), rhoC: num(r.rhoC), rhoA: num(r.rhoA), AVE: num(r.AVE) }])),
    htmt: { names: fit.htmt.names, matrix: fit.htmt.matrix.map((r) => r.map((v) => num(v))) },
    f2: fit.f2.map((r) => row(r, false)),
    warnings: fit.warnings,
  };
}
