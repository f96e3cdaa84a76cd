import type { DataInput } from "../data/toDataset.ts";
import type { PlsOptions } from "./types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { plsSetup } from "./plsSetup.ts";
import { estimatePls } from "./estimatePls.ts";
import { createRng } from "../random/rng.ts";
import { solveDense } from "./solveDense.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";

/** Options of {@link plsPredict}: PLS options plus the cross-validation design. */
export interface PlsPredictOptions extends Omit<PlsOptions, "bootstrap" | "seed" | "level" | "ci" | "fSquared"> {
  /** Number of folds (default 10); equal to the number of rows for leave-one-out. */
  readonly folds?: number;
  /** Seed of the random fold assignment (default 1; not used for leave-one-out). */
  readonly seed?: number;
}

/** The accepted keys of `plsPredict()` options. */
export const PLS_PREDICT_OPTION_KEYS = optionKeys<PlsPredictOptions>({
  reverse: true, scale: SCALE_OPTION_KEYS, missingCodes: true, missing: true, scheme: true, consistent: true,
  maxIterations: true, stopCriterion: true, interaction: true, interactionScale: true, folds: true, seed: true,
});

/** Out-of-sample prediction metrics of one indicator of an endogenous construct. */
export interface PlsPredictItem {
  readonly item: string;
  readonly construct: string;
  readonly rmse: { readonly pls: number; readonly lm: number };
  readonly mae: { readonly pls: number; readonly lm: number };
  /** 1 − SSE_PLS / SSE of the training-fold mean. */
  readonly q2predict: number;
}

/** Result of {@link plsPredict}. */
export interface PlsPredictResult {
  readonly folds: number;
  readonly nobs: number;
  readonly items: readonly PlsPredictItem[];
}

/**
 * PLSpredict (Shmueli et al. 2016, 2019): k-fold cross-validated predictions of the indicators of every
 * endogenous construct. In each fold the model is estimated on the training rows; the holdout items are
 * standardized with the training means and SDs, the construct scores formed with the training weights, the
 * endogenous scores predicted from their direct antecedents (seminr's `predict_DA`) and mapped back to the
 * items through the loadings. The linear-model benchmark regresses each endogenous construct's items on every
 * other indicator of the model (seminr's benchmark). Q²predict compares the PLS errors with those of the
 * training-fold mean.
 * Sources: Shmueli, Ray, Velasquez Estrada & Chatla (2016), J. Bus. Res. 69(10); Shmueli et al. (2019),
 * Eur. J. Mark. 53(11); seminr 2.3.2 `R/feature_plspredict.R`.
 * @param model - lavaan-style PLS model (no interaction terms)
 * @param data - any data input
 * @param options - PLS options, folds and seed
 * @returns RMSE and MAE (PLS and LM) and Q²predict for every endogenous indicator
 * @throws OptionError for bad folds or an interaction model; the errors of pls; EstimationError when a fold
 *   cannot be estimated
 * @example
 * plsPredict(model, csv, { folds: 10, seed: 1 }).items[0].q2predict;
 */
export function plsPredict(model: string, data: DataInput, options: PlsPredictOptions = {}): PlsPredictResult {
  checkOptionsObject("plsPredict", options);
  options = checkOptionKeys("plsPredict", options, PLS_PREDICT_OPTION_KEYS);
  const { folds: k0, seed, ...plsOptions } = options;
  const setup = plsSetup(model, data, plsOptions);
  const { spec, baseItems, settings } = setup;
  if (spec.constructs.some((c) => c.interaction !== undefined)) throw new OptionError(message.plsUnsupportedStatement("an interaction term in PLSpredict"));
  const { x, n } = setup.data;
  const q = baseItems.length;
  const folds = k0 ?? 10;
  if (!(Number.isInteger(folds) && folds >= 2 && folds <= n)) throw new OptionError(message.plsFolds(folds, n));
  // fold of each row: a seeded permutation cut into equal parts (leave-one-out: row i is fold i)
  const order = Int32Array.from({ length: n }, (_, i) => i);
  if (folds < n) {
    const rng = createRng(seed ?? 1, 0);
    for (let i = n - 1; i > 0; i--) { const j = rng.int(i + 1); const t = order[i] as number; order[i] = order[j] as number; order[j] = t; }
  }
  const fold = new Int32Array(n);
  order.forEach((row, pos) => { fold[row] = Math.floor((pos * folds) / n); });
  const names = spec.constructs.map((c) => c.name);
  const targets = [...new Set(spec.paths.map((p) => p.to))];
  const targetItems = targets.flatMap((t) => (spec.constructs.find((c) => c.name === t)?.items ?? []).map((it) => ({ item: it, construct: t })));
  const col = new Map(baseItems.map((it, j) => [it, j]));
  const predPls = new Float64Array(n * targetItems.length), predLm = new Float64Array(n * targetItems.length), predMean = new Float64Array(n * targetItems.length);
  for (let f = 0; f < folds; f++) {
    const train: number[] = [], test: number[] = [];
    for (let i = 0; i < n; i++) (fold[i] === f ? test : train).push(i);
    if (test.length === 0) continue;
    const nt = train.length;
    const xt = new Float64Array(nt * q);
    train.forEach((row, r) => xt.set(x.subarray(row * q, (row + 1) * q), r * q));
    const est = estimatePls(xt, nt, baseItems, spec, settings);
    if (est === null) throw new OptionError(message.plsSingular(`the training sample of fold ${f + 1}`));
    const { layout, core } = est;
    const mean = new Float64Array(q), sd = est.data.sd;
    for (let j = 0; j < q; j++) { let s = 0; for (let r = 0; r < nt; r++) s += xt[r * q + j] as number; mean[j] = s / nt; }
    const m = layout.m;
    for (const row of test) {
      const scores = new Float64Array(m);
      for (let k = 0; k < m; k++) {
        let v = 0;
        for (let a = layout.blockStart[k] as number; a < (layout.blockStart[k + 1] as number); a++) {
          const j = col.get(layout.items[a] as string) as number;
          v += (((x[row * q + j] as number) - (mean[j] as number)) / (sd[j] as number)) * (core.w[a] as number);
        }
        scores[k] = v;
      }
      targetItems.forEach((t, ti) => {
        const k = names.indexOf(t.construct);
        let pk = 0;
        for (const j of layout.predecessors[k] as readonly number[]) pk += (scores[j] as number) * (core.paths[j * m + k] as number);
        const a = layout.items.indexOf(t.item);
        const j = col.get(t.item) as number;
        predPls[row * targetItems.length + ti] = pk * (core.loadings[a] as number) * (sd[j] as number) + (mean[j] as number);
        predMean[row * targetItems.length + ti] = mean[j] as number;
      });
    }
    // linear-model benchmark: each target construct's items on every other indicator (with intercept)
    for (const t of targets) {
      const own = new Set(spec.constructs.find((c) => c.name === t)?.items ?? []);
      const preds = baseItems.map((_, j) => j).filter((j) => !own.has(baseItems[j] as string));
      const d = preds.length + 1;
      const xtx = new Float64Array(d * d);
      for (const row of train) {
        for (let u = 0; u < d; u++) {
          const vu = u === 0 ? 1 : (x[row * q + (preds[u - 1] as number)] as number);
          for (let v = 0; v < d; v++) xtx[u * d + v] = (xtx[u * d + v] as number) + vu * (v === 0 ? 1 : (x[row * q + (preds[v - 1] as number)] as number));
        }
      }
      targetItems.forEach((ti, idx) => {
        if (ti.construct !== t) return;
        const jy = col.get(ti.item) as number;
        const xty = new Float64Array(d);
        for (const row of train) for (let u = 0; u < d; u++) xty[u] = (xty[u] as number) + (u === 0 ? 1 : (x[row * q + (preds[u - 1] as number)] as number)) * (x[row * q + jy] as number);
        const beta = solveDense(xtx, xty, d);
        if (beta === null) throw new OptionError(message.plsSingular(`the linear benchmark of ${ti.item} in fold ${f + 1}`));
        for (const row of test) {
          let v = beta[0] as number;
          for (let u = 1; u < d; u++) v += (beta[u] as number) * (x[row * q + (preds[u - 1] as number)] as number);
          predLm[row * targetItems.length + idx] = v;
        }
      });
    }
  }
  const items = targetItems.map((t, ti) => {
    const j = col.get(t.item) as number;
    let sePls = 0, seLm = 0, aePls = 0, aeLm = 0, seMean = 0;
    for (let i = 0; i < n; i++) {
      const y = x[i * q + j] as number;
      const ep = y - (predPls[i * targetItems.length + ti] as number), el = y - (predLm[i * targetItems.length + ti] as number);
      const em = y - (predMean[i * targetItems.length + ti] as number);
      sePls += ep * ep; seLm += el * el; aePls += Math.abs(ep); aeLm += Math.abs(el); seMean += em * em;
    }
    return {
      item: t.item, construct: t.construct,
      rmse: { pls: Math.sqrt(sePls / n), lm: Math.sqrt(seLm / n) },
      mae: { pls: aePls / n, lm: aeLm / n },
      q2predict: 1 - sePls / seMean,
    };
  });
  return { folds, nobs: n, items };
}
