import type { DataInput } from "../data/toDataset.ts";
import type { NamedMatrix, PlsOptions, PlsResult, PlsRow } from "./types.ts";
import type { PlsSettings } from "./estimatePls.ts";
import { EstimationError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkPlsOptions } from "./checkPlsOptions.ts";
import { parsePlsModel } from "./parsePlsModel.ts";
import { plsData } from "./plsData.ts";
import { estimatePls } from "./estimatePls.ts";
import { INNER_SCHEMES } from "./innerSchemes.ts";
import { plsQuality } from "./plsQuality.ts";
import { fSquared } from "./fSquared.ts";
import { totalEffects } from "./totalEffects.ts";
import { plsModelFit } from "./plsModelFit.ts";
import { plsBootstrap } from "./plsBootstrap.ts";
import { constructScores } from "./constructScores.ts";
import { attachIntervals } from "./attachIntervals.ts";

/**
 * PLS-SEM (partial least squares path modelling) in lavaan syntax, with seminr's algorithm and conventions:
 * `C =~ x1 + x2` is a mode A construct, `C <~ x1 + x2` a mode B one, `Y ~ X + Z` a path and `X:Z` an
 * interaction (two-stage by default). Indicators are standardized; the inner scheme is path weighting unless
 * `scheme` says otherwise; the algorithm stops when Σ|Δw| < 10^−7 or after 300 iterations; missing values are
 * replaced by item means unless `missing: "listwise"`. `consistent: true` gives PLSc for the `=~` constructs;
 * `bootstrap: N` adds seeded bootstrap SEs and percentile/BCa intervals.
 * Sources: Wold (1982); Lohmöller (1989); Dijkstra & Henseler (2015); seminr 2.3.2 (`estimate_pls`).
 * @param model - lavaan-style model syntax
 * @param data - CSV text, row objects, columns, a Dataset or a DataFrame-like object
 * @param options - see {@link PlsOptions}
 * @returns estimates, quality criteria, fit, scores and warnings
 * @throws ModelSyntaxError, ModelSpecificationError, DataError, OptionError; EstimationError when the model
 *   cannot be estimated (a singular regression)
 * @example
 * const fit = pls(`
 *   Image =~ IMAG1 + IMAG2 + IMAG3 + IMAG4 + IMAG5
 *   Satisfaction =~ CUSA1 + CUSA2 + CUSA3
 *   Loyalty =~ CUSL1 + CUSL2 + CUSL3
 *   Satisfaction ~ Image
 *   Loyalty ~ Image + Satisfaction`, mobiCsv);
 * fit.paths; // [{ lhs: "Satisfaction", op: "~", rhs: "Image", est: … }, …]
 */
export function pls(model: string, data: DataInput, options: PlsOptions = {}): PlsResult {
  checkArg("pls", "model", model, "string");
  checkPlsOptions(options);
  const spec = parsePlsModel(model, options.interaction ?? "twoStage");
  const baseItems = spec.constructs.filter((c) => c.interaction === undefined).flatMap((c) => c.items);
  const prepared = plsData(data, baseItems, {
    ...(options.reverse !== undefined ? { reverse: options.reverse } : {}),
    ...(options.scale !== undefined ? { scale: options.scale } : {}),
    ...(options.missingCodes !== undefined ? { missingCodes: options.missingCodes } : {}),
    ...(options.missing !== undefined ? { missing: options.missing } : {}),
  });
  const settings: PlsSettings = {
    scheme: INNER_SCHEMES[options.scheme ?? "path"],
    maxIt: options.maxIterations ?? 300,
    stopCriterion: options.stopCriterion ?? 7,
    consistent: options.consistent ?? false,
    interaction: options.interaction ?? "twoStage",
    interactionScale: options.interactionScale ?? "standardized",
  };
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
  // f² re-estimates the model once per path: computed on first access
  let f2: PlsRow[] | null = null;
  const getF2 = (): PlsRow[] => {
    f2 ??= fSquared(est, x, n, baseItems, spec, settings, options.fSquared ?? "reestimate")
      .map((r) => ({ lhs: r.to, rhs: r.from, est: r.f2 === null ? Number.NaN : r.f2 }));
    return f2;
  };
  const result: PlsResult = {
    spec, nobs: n, iterations: core.iterations, converged: core.converged, scheme: options.scheme ?? "path",
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
    fit: plsModelFit(est),
    scores: constructScores(est),
    warnings,
  };
  if ((options.bootstrap ?? 0) > 0) {
    const boot = plsBootstrap(x, n, baseItems, spec, settings, est, {
      draws: options.bootstrap as number, seed: options.seed ?? 1, level: options.level ?? 0.95,
    });
    if (boot.failed > 0) warnings.push(message.plsBootFailed(boot.failed, boot.draws));
    return attachIntervals(result, boot, options.ci ?? "percentile");
  }
  return result;
}
