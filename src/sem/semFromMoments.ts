import type { SampleStatistics } from "../data/sampleStatistics.ts";
import { parseModel } from "../syntax/parse.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import { DataError, ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkSemOptions } from "./checkSemOptions.ts";
import { checkSupported } from "./checkSupported.ts";
import { inequalityConstraints } from "../partable/inequalityConstraints.ts";
import { fitInequality } from "./fitInequality.ts";
import { estimateModel } from "../estimate/estimateModel.ts";
import { fittedModel } from "./fittedModel.ts";
import { leastSquaresFit } from "./leastSquaresFit.ts";
import { sampleSizeWarnings } from "./sampleSizeWarnings.ts";
import type { SemFit, SemOptions } from "./types.ts";
import { mergeOptionKeys, optionKeys } from "../options/optionKeys.ts";

/** Options of {@link semFromMoments}: the model options of `sem()` that do not need raw rows. */
export type MomentsFitOptions = Pick<
  SemOptions, "estimator" | "stdLv" | "meanstructure" | "groupEqual" | "groupPartial" | "fixedX" | "orthogonal" | "intOvFree" | "intLvFree"
>;

/** The accepted keys of `semFromMoments()` options. */
export const MOMENTS_FIT_OPTION_KEYS = optionKeys<MomentsFitOptions>({
  estimator: true, stdLv: true, meanstructure: true, groupEqual: true, groupPartial: true, fixedX: true,
  orthogonal: true, intOvFree: true, intLvFree: true,
});

/** sem() options that act on the rows themselves, so they cannot apply to moments. */
const NEEDS_ROWS = ["group", "missing", "se", "bootstrap", "seed", "bootstrapCi", "ordered", "missingCodes", "reverse", "scale", "stdOv"] as const;

/**
 * Fit a structural equation model from sample statistics instead of raw data, as lavaan's
 * `sem(model, sample.cov = S, sample.mean = m, sample.nobs = N)`: the same stages as `sem()` — parseModel,
 * buildParTable (observed names = `stats.names`, groups = `stats.groups`), estimateModel and fittedModel — on
 * the moments put in the model's variable order. The covariances must have the N denominator (semkit's
 * `SampleStatistics`, e.g. from `streamCsvMoments`); lavaan's `sample.cov` argument is taken as unbiased (N − 1)
 * and rescaled by (N − 1)/N, which gives the same matrix. Normal-theory ML (Jöreskog, 1969; Bollen, 1989,
 * eq. 4.67: F = log|Σ(θ)| + tr(SΣ(θ)⁻¹) − log|S| − p, plus the mean part with a mean structure) depends on the
 * data only through N, the means and the covariances, so estimates, standard errors and fit measures equal
 * those of `sem()` on the rows. GLS and ULS (Browne, 1974) likewise; MLR/MLM (casewise scores), FIML and
 * WLSMV need the rows and are rejected.
 * The mean structure is on by default with more than one group, as `sem()` with `group`.
 * @param model lavaan model syntax
 * @param stats sample statistics per group (N-denominator covariances, means, cases); variables not in the model are ignored
 * @param options estimator ("ML" default, "GLS", "ULS"), stdLv, meanstructure, groupEqual, groupPartial, fixedX, orthogonal,
 *   intOvFree, intLvFree (inequality constraints a > 0.5, a > b with ML)
 * @returns the fitted model (same object as `sem()` returns; `nobs`/`ntotal` are `stats.nobs`/`stats.ntotal`)
 * @throws ModelSyntaxError, ModelSpecificationError (e.g. a model variable missing from `stats.names`, df < 0),
 *   DataError for malformed statistics or a group with fewer than 2 cases, OptionError for an option that needs rows
 * @example
 * const stats = streamCsvMoments("survey.csv", { columns: ["x1", "x2", "x3", "x4", "x5", "x6"] });
 * const fit = semFromMoments("f1 =~ x1 + x2 + x3\nf2 =~ x4 + x5 + x6", stats);
 * fit.fitMeasures().cfi;
 */
export function semFromMoments(model: string, stats: SampleStatistics, options: MomentsFitOptions = {}): SemFit {
  options = checkSemOptions(options, "semFromMoments", mergeOptionKeys(MOMENTS_FIT_OPTION_KEYS, { names: NEEDS_ROWS, nested: {} }));
  const given = options as Record<string, unknown>;
  for (const name of NEEDS_ROWS) if (given[name] !== undefined) throw new OptionError(message.momentsOptionNeedsData(name));
  const estimator = options.estimator ?? "ML";
  if (estimator !== "ML" && estimator !== "GLS" && estimator !== "ULS") throw new OptionError(message.momentsEstimatorNeedsData(estimator));
  checkStats(stats);
  const syntax = parseModel(model);
  const pt = buildParTable(syntax, {
    ovNames: stats.names,
    groups: stats.groups,
    meanstructure: options.meanstructure ?? stats.groups.length > 1,
    stdLv: options.stdLv ?? false,
    fixedX: options.fixedX ?? !(estimator === "GLS" || estimator === "ULS"),
    orthogonal: options.orthogonal ?? false,
    intOvFree: options.intOvFree ?? true,
    intLvFree: options.intLvFree ?? false,
    groupEqual: options.groupEqual ?? [],
    groupPartial: options.groupPartial ?? [],
  });
  const ineq = inequalityConstraints(pt);
  checkSupported(syntax, ineq.inequalities.length > 0 ? { ...pt, constraints: ineq.others } : pt);
  const sub = selectMoments(stats, pt.ov);
  sub.nobs.forEach((n, g) => { if (n < 2) throw new DataError(message.tooFewCases(sub.groups[g]!, n)); });
  const warnings = sampleSizeWarnings(sub, pt.npar);
  if (ineq.inequalities.length > 0) {
    if (estimator !== "ML") throw new ModelSpecificationError(message.inequalityEstimator(`estimator "${estimator}"`));
    return fitInequality(pt, sub, ineq.inequalities, warnings);
  }
  if (estimator === "GLS" || estimator === "ULS") return leastSquaresFit(pt, sub, estimator, warnings);
  return fittedModel(estimateModel(pt, sub), "ML", warnings);
}

/**
 * The moments of `ov` (in that order) cut from `stats`; raw rows are not carried over.
 * @param stats sample statistics
 * @param ov wanted variables, all in `stats.names`
 * @returns the statistics restricted and reordered
 * @example selectMoments(stats, ["x3", "x1"]).cov[0] // 2×2
 */
function selectMoments(stats: SampleStatistics, ov: readonly string[]): SampleStatistics {
  const P = stats.names.length, p = ov.length;
  const idx = ov.map((v) => stats.names.indexOf(v));
  const cov = stats.cov.map((S) => {
    const out = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) out[a * p + b] = S[idx[a]! * P + idx[b]!]!;
    return out;
  });
  const mean = stats.mean.map((m) => Float64Array.from(idx, (i) => m[i]!));
  return { names: ov, groups: stats.groups, nobs: stats.nobs, ntotal: stats.ntotal, cov, mean };
}

/** Shape checks for statistics that may come from user code rather than semkit. */
function checkStats(stats: SampleStatistics): void {
  const fail = (text: string): never => { throw new DataError(text); };
  if (stats === null || typeof stats !== "object") fail(message.momentsBadStats);
  const { names, groups, nobs, cov, mean } = stats;
  const perGroup = (a: unknown): boolean => Array.isArray(a) && a.length === groups.length;
  if (!Array.isArray(names) || names.some((n) => typeof n !== "string") || new Set(names).size !== names.length
    || !Array.isArray(groups) || groups.length === 0 || !perGroup(nobs) || !perGroup(cov) || !perGroup(mean)) fail(message.momentsBadStats);
  const p = names.length;
  let total = 0;
  groups.forEach((label, g) => {
    const n = nobs[g], S = cov[g], m = mean[g];
    if (!Number.isInteger(n) || n! < 0) fail(message.momentsBadNobs(label, n));
    total += n!;
    if (!(S instanceof Float64Array) || S.length !== p * p || !S.every(Number.isFinite)) fail(message.momentsBadLength(label, "cov", p * p));
    if (!(m instanceof Float64Array) || m.length !== p || !m.every(Number.isFinite)) fail(message.momentsBadLength(label, "mean", p));
  });
  if (stats.ntotal !== total) fail(message.momentsBadTotal(stats.ntotal, total));
}
