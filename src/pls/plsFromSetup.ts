import type { NamedMatrix, PlsOptions, PlsResult, PlsRow } from "./types.ts";
import type { PlsEstimate } from "./estimatePls.ts";
import type { PlsSetup } from "./plsSetup.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";
import { estimatePls } from "./estimatePls.ts";
import { plsQuality } from "./plsQuality.ts";
import { fSquared } from "./fSquared.ts";
import { totalEffects } from "./totalEffects.ts";
import { plsModelFit } from "./plsModelFit.ts";
import { constructScores } from "./constructScores.ts";

/**
 * Estimate a prepared PLS problem and assemble the result: rows of paths, loadings and weights, R², effects,
 * quality criteria, overall fit, scores and warnings (f² is computed on first access, as it re-estimates the
 * model once per path).
 * @param setup - from plsSetup
 * @param options - the PLS options (f² variant)
 * @returns the result and the underlying estimate
 * @throws EstimationError when the algorithm meets a singular matrix
 * @example
 * const { fit } = plsFromSetup(plsSetup(model, csv), {});
 */
export function plsFromSetup(setup: PlsSetup, options: PlsOptions): { fit: PlsResult; estimate: PlsEstimate } {
  const { spec, baseItems, settings } = setup;
  const prepared = setup.data;
  const { x, n } = prepared;
  const est = estimatePls(x, n, baseItems, spec, settings);
  if (est === null) throw new EstimationError(message.plsSingular("a regression of the PLS algorithm"));
  const { layout, core } = est;
  const { m, constructs, items, owner, endogenous, predecessors } = layout;
  const warnings = [...prepared.warnings];
  if (!core.converged) warnings.push(message.plsNotConverged(settings.maxIt));
  const interaction = spec.constructs.map((c) => c.interaction !== undefined);
  if (settings.consistent) {
    constructs.forEach((c, k) => {
      const rho = core.rhoA[k] as number;
      if (!(rho > 0 && rho <= 1)) warnings.push(message.plsConsistentRhoA(c, rho));
    });
    for (let j = 0; j < m; j++) for (let k = 0; k < j; k++) {
      if (Math.abs(core.structCor[j * m + k] as number) > 1) warnings.push(message.plsConsistentInadmissible(`the correlation of ${constructs[k]} and ${constructs[j]}`));
    }
  }
  const quality = plsQuality(est, n, interaction);
  const paths: PlsRow[] = [];
  for (const k of endogenous) {
    for (const j of predecessors[k] as readonly number[]) paths.push({ lhs: constructs[k] as string, op: "~", rhs: constructs[j] as string, est: core.paths[j * m + k] as number });
  }
  const loadings: PlsRow[] = items.map((it, a) => ({ lhs: constructs[owner[a] as number] as string, op: "=~", rhs: it, est: core.loadings[a] as number }));
  const weights: PlsRow[] = items.map((it, a) => ({ lhs: constructs[owner[a] as number] as string, rhs: it, est: core.w[a] as number }));
  const r2: Record<string, number> = {}, r2adj: Record<string, number> = {};
  for (const k of endogenous) { r2[constructs[k] as string] = core.r2[k] as number; r2adj[constructs[k] as string] = core.r2adj[k] as number; }
  const total = totalEffects(core.paths, m);
  const named = (v: Float64Array): NamedMatrix => ({ rows: constructs, cols: constructs, values: constructs.map((_, j) => constructs.map((__, k) => v[j * m + k] as number)) });
  const indirect = total.map((t, i) => t - (core.paths[i] as number));
  let modelFit: ReturnType<typeof plsModelFit> | null = null;
  const fitOnce = (): ReturnType<typeof plsModelFit> => (modelFit ??= plsModelFit(est));
  let scores: Float64Array | null = null;
  const scoresOnce = (): Float64Array => (scores ??= constructScores(est));
  // f² re-estimates the model once per path: computed on first access
  let f2: PlsRow[] | null = null;
  const getF2 = (): PlsRow[] => {
    f2 ??= fSquared(est, x, n, baseItems, spec, settings, options.fSquared ?? "reestimate")
      .map((r) => ({ lhs: r.to, rhs: r.from, est: r.f2 === null ? Number.NaN : r.f2 }));
    return f2;
  };
  const result: PlsResult = {
    spec, nobs: n, iterations: core.iterations, converged: core.converged, scheme: setup.schemeName,
    consistent: settings.consistent,
    missing: { method: prepared.method, rowsDropped: prepared.rowsDropped, valuesReplaced: prepared.valuesReplaced },
    items, constructs, paths, loadings, weights, r2, r2adj,
    reliability: quality.reliability,
    htmt: { names: constructs, matrix: quality.htmt },
    fornellLarcker: quality.fornellLarcker,
    crossLoadings: quality.crossLoadings,
    constructCorrelations: quality.constructCorrelations,
    totalEffects: named(total),
    totalIndirectEffects: named(indirect),
    get f2() { return getF2(); },
    vifItems: quality.vifItems,
    vifAntecedents: quality.vifAntecedents,
    itCriteria: quality.itCriteria,
    // overall fit and scores on first access (an eigen-decomposition and an n × m product)
    get fit() { return fitOnce(); },
    get scores() { return scoresOnce(); },
    warnings,
  };
  return { fit: result, estimate: est };
}
