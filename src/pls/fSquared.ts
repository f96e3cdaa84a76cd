import type { PlsSpec } from "./types.ts";
import type { PlsEstimate, PlsSettings } from "./estimatePls.ts";
import { estimatePls } from "./estimatePls.ts";
import { solveDense } from "./solveDense.ts";

/** f² of one path. */
export interface FSquaredRow {
  readonly from: string;
  readonly to: string;
  /** null where seminr leaves it undefined (components of an interaction in the re-estimation variant). */
  readonly f2: number | null;
}

/**
 * Cohen's f² of every path, (R²_included − R²_excluded) / (1 − R²_included).
 * - "reestimate" (seminr's default): R²_excluded comes from re-estimating the whole PLS model without the
 *   path (0 when the outcome then has no antecedent; in a two-construct model f² = R²/(1 − R²)); for an outcome
 *   with an interaction X:Z, the f² of X and Z is left undefined, as dropping them breaks the interaction.
 * - "fixedScores": R²_excluded from the full model's construct-score correlations without re-estimation.
 * Source: Cohen (1988), eq. 9.2.2; seminr 2.3.2 `R/evaluate_effects.R` (`fSquared`, `model_fsquares`).
 * @param full - the full-model estimate
 * @param x - raw item data (for re-estimation)
 * @param n - rows
 * @param baseItems - item names of x
 * @param spec - the model
 * @param settings - estimation settings
 * @param method - "reestimate" or "fixedScores"
 * @returns one row per path, in path order
 * @throws DataError only through re-estimation of degenerate data
 * @example
 * fSquared(est, x, n, items, spec, settings, "reestimate")[0].f2;
 */
export function fSquared(
  full: PlsEstimate, x: Float64Array, n: number, baseItems: readonly string[], spec: PlsSpec, settings: PlsSettings,
  method: "reestimate" | "fixedScores",
): FSquaredRow[] {
  const { layout, core } = full;
  const idx = new Map(layout.constructs.map((c, k) => [c, k]));
  return spec.paths.map((path) => {
    const to = idx.get(path.to) as number;
    const r2in = core.r2[to] as number;
    const others = spec.paths.filter((p) => p !== path);
    if (method === "fixedScores") {
      const pred = (layout.predecessors[to] as readonly number[]).filter((k) => k !== idx.get(path.from));
      const r2ex = pred.length === 0 ? 0 : corRsq(core.structCor, layout.m, pred, to);
      return { from: path.from, to: path.to, f2: (r2in - r2ex) / (1 - r2in) };
    }
    const components = new Set(spec.paths.filter((p) => p.to === path.to && p.from.includes(":")).flatMap((p) => p.from.split(":")));
    if (components.has(path.from)) return { from: path.from, to: path.to, f2: null };
    if (layout.m === 2) return { from: path.from, to: path.to, f2: r2in / (1 - r2in) };
    if (!others.some((p) => p.to === path.to)) return { from: path.from, to: path.to, f2: r2in / (1 - r2in) };
    const used = new Set(others.flatMap((p) => [p.from, p.to, ...p.from.split(":")]));
    const reduced: PlsSpec = { constructs: spec.constructs.filter((c) => used.has(c.name)), paths: others };
    const est = estimatePls(x, n, baseItems, reduced, settings);
    if (est === null) return { from: path.from, to: path.to, f2: Number.NaN };
    const k = est.layout.constructs.indexOf(path.to);
    const r2ex = est.core.r2[k] as number;
    return { from: path.from, to: path.to, f2: (r2in - r2ex) / (1 - r2in) };
  });
}

/** R² of construct k regressed on `pred`, from a correlation matrix. */
function corRsq(c: Float64Array, m: number, pred: readonly number[], k: number): number {
  const q = pred.length;
  const a = new Float64Array(q * q), b = new Float64Array(q);
  pred.forEach((pi, i) => {
    b[i] = c[pi * m + k] as number;
    pred.forEach((pj, j) => { a[i * q + j] = c[pi * m + pj] as number; });
  });
  const beta = solveDense(a, b, q);
  if (beta === null) return Number.NaN;
  let r2 = 0;
  for (let i = 0; i < q; i++) r2 += (beta[i] as number) * (b[i] as number);
  return r2;
}
