import type { Dataset } from "../data/types.ts";
import type { SemOptions } from "../sem/types.ts";
import { sem } from "../sem/sem.ts";
import { validity } from "../validity/validity.ts";
import { htmt } from "../validity/htmt.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { correlation } from "../data/correlation.ts";
import type { ValidityResult } from "../validity/types.ts";
import { withEffectDefinitions } from "./effectDefinitions.ts";
import { measurementModel, structuralModel } from "./thesisModels.ts";
import type { CfaStep, StructuralStep } from "./result.ts";
import type { EstimationConfig, ThesisConfig } from "./types.ts";

/**
 * `sem()` options of an estimation setting: MLR or ML, with FIML (`missing: "ml"`) or listwise deletion.
 * @param e estimator and missing-data handling
 * @returns the options
 * @throws never
 * @example semOptionsOf({ estimator: "MLR", missing: "fiml" }); // { estimator: "MLR", missing: "ml" }
 */
export function semOptionsOf(e: EstimationConfig): SemOptions {
  return { estimator: e.estimator, missing: e.missing === "fiml" ? "ml" : e.missing === "ml.x" ? "ml.x" : "listwise" };
}

/**
 * The CFA of the measurement model with the configured estimator, and its construct validity (composite
 * reliability, AVE, latent correlations and the Fornell–Larcker table from the fit; HTMT2 from the Pearson
 * correlations of the complete cases on the indicators, as semTools 0.5-6 `htmt(model, data)` computes it,
 * also when the CFA used FIML).
 * Source: Fornell & Larcker (1981); Henseler, Ringle & Sarstedt (2015); semTools compRelSEM/AVE/htmt.
 * @param ds the data with reverse-coded items already recoded
 * @param config constructs (or model) and estimation
 * @returns the model text, the fit and the validity tables (or why they are missing)
 * @throws as `sem`
 * @example cfaStep(dsRecoded, config).fit.fitMeasures().cfi;
 */
export function cfaStep(ds: Dataset, config: ThesisConfig): CfaStep {
  const model = measurementModel(config);
  const fit = sem(model, ds, semOptionsOf(config.estimation));
  let v: CfaStep["validity"];
  try {
    v = { available: true, result: withListwiseHtmt(validity(fit), ds) };
  } catch (e) {
    v = { available: false, reason: (e as Error).message };
  }
  return { model, fit, validity: v };
}

/**
 * The structural model with every regression labelled and its indirect and total effects defined with `:=`,
 * fitted with the configured estimator (so effects get the estimator's own delta-method SEs).
 * @param ds the data with reverse-coded items already recoded
 * @param config constructs, hypotheses/paths (or model) and estimation
 * @returns the augmented model text, the fit and the effect definitions
 * @throws as `sem`
 * @example structuralStep(dsRecoded, config).effects[0].name; // "ind_SQ_SAT_TRU"
 */
export function structuralStep(ds: Dataset, config: ThesisConfig): StructuralStep {
  const { model, effects } = withEffectDefinitions(structuralModel(config));
  return { model, fit: sem(model, ds, semOptionsOf(config.estimation)), effects };
}

/** Replace the HTMT matrix with semTools' own: HTMT2 from the listwise Pearson correlations of the indicators. */
function withListwiseHtmt(v: ValidityResult, ds: Dataset): ValidityResult {
  const items = [...new Set(v.constructs.flatMap((c) => v.indicators[c] ?? []))];
  const X = numericMatrix(ds, items, { missing: "listwise" });
  const R = correlation(X.data, X.n, X.p);
  const H = htmt(R, X.p, v.constructs.map((c) => (v.indicators[c] ?? []).map((i) => items.indexOf(i))));
  const k = v.constructs.length;
  return { ...v, htmt: { names: v.htmt.names, matrix: Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => H[a * k + b]!)) } };
}
