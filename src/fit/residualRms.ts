import { rescaleLikeLavaan } from "./rescaleLikeLavaan.ts";
import { checkArg } from "../options/checkArg.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import type { ResidualRms } from "./types.ts";

/**
 * The metric of the residuals summarised by `residualRms`:
 * - "raw": s_ij − σ̂_ij and ȳ_i − μ̂_i (RMR);
 * - "bentler": both moments divided by the SAMPLE standard deviations (SRMR, Bentler 1995);
 * - "bollen": each matrix turned into correlations by its own standard deviations, means by the sample
 *   ones; the (zero) diagonal does not count in the denominator (CRMR, Bollen 1989);
 * - "mplus": correlation residuals off the diagonal, (s_ii − σ̂_ii)/s_ii on it, means each scaled by its
 *   own matrix's standard deviation (SRMR as Mplus defines it), no small-moment rule.
 */
export type ResidualMetric = "raw" | "bentler" | "bollen" | "mplus";

/**
 * The signature of the four residual fit kernels (rmr, srmrBentler, crmr, srmrMplus): p, S, ȳ, Σ̂ and μ̂ (omit
 * μ̂ without a mean structure, then total = nomean) to { total, nomean }.
 */
export type ResidualKernel = (
  p: number,
  sampleCov: Float64Array,
  sampleMean: Float64Array,
  impliedCov: Float64Array,
  impliedMean?: Float64Array,
) => ResidualRms;

/** Residual of covariance (i, j), i ≥ j, in each metric. */
const COV: Record<ResidualMetric, (S: Float64Array, V: Float64Array, p: number, i: number, j: number) => number> = {
  raw: (S, V, p, i, j) => S[i * p + j]! - V[i * p + j]!,
  bentler: (S, V, p, i, j) => {
    const div = Math.sqrt(S[i * p + i]! * S[j * p + j]!);
    return rescaleLikeLavaan(S[i * p + j]!, div) - rescaleLikeLavaan(V[i * p + j]!, div);
  },
  bollen: (S, V, p, i, j) =>
    rescaleLikeLavaan(S[i * p + j]!, Math.sqrt(S[i * p + i]! * S[j * p + j]!)) -
    rescaleLikeLavaan(V[i * p + j]!, Math.sqrt(V[i * p + i]! * V[j * p + j]!)),
  mplus: (S, V, p, i, j) => {
    const sjj = S[j * p + j]!, vjj = V[j * p + j]!;
    if (i === j) return (sjj - vjj) / sjj;
    return S[i * p + j]! / Math.sqrt(S[i * p + i]! * sjj) - V[i * p + j]! / Math.sqrt(V[i * p + i]! * vjj);
  },
};

/** Residual of mean i in each metric. */
const MEAN: Record<ResidualMetric, (S: Float64Array, V: Float64Array, m: Float64Array, mu: Float64Array, p: number, i: number) => number> = {
  raw: (_S, _V, m, mu, _p, i) => m[i]! - mu[i]!,
  bentler: (S, _V, m, mu, p, i) => {
    const div = Math.sqrt(S[i * p + i]!);
    return rescaleLikeLavaan(m[i]!, div) - rescaleLikeLavaan(mu[i]!, div);
  },
  bollen: (S, V, m, mu, p, i) => MEAN.bentler(S, V, m, mu, p, i),
  mplus: (S, V, m, mu, p, i) => m[i]! / Math.sqrt(S[i * p + i]!) - mu[i]! / Math.sqrt(V[i * p + i]!),
};

/**
 * Root mean square of one group's residuals, the kernel shared by rmr, srmrBentler, crmr and srmrMplus
 * (lavaan's lav_residuals_summary): the squared covariance residuals over i ≥ j in the given metric,
 * nomean = sqrt(Σ r² / d) with d = p(p+1)/2 (p(p−1)/2 for "bollen", whose diagonal is zero), and with a
 * mean structure total = sqrt((Σ r² + Σ mean r²) / (d + p)).
 * Source: lavaan 0.6-14 R/lav_residuals.R (lav_residuals_summary, types "raw", "cor.bentler",
 * "cor.bollen") and R/lav_fit_srmr.R (lav_fit_srmr_mplus); Jöreskog & Sörbom (1981), Bentler (1995),
 * Bollen (1989, p. 258), Muthén (1998–2004).
 * @param metric the residual metric (see ResidualMetric)
 * @param p number of variables
 * @param sampleCov S (row-major p×p)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit without a mean structure (then total = nomean)
 * @returns { total, nomean }
 * @throws OptionError for an unknown metric or arguments of the wrong type (JavaScript callers)
 * @example
 * residualRms("raw", 1, new Float64Array([2]), new Float64Array([0]), new Float64Array([1.5])); // { total: 0.5, nomean: 0.5 }
 */
export function residualRms(
  metric: ResidualMetric,
  p: number,
  sampleCov: Float64Array,
  sampleMean: Float64Array,
  impliedCov: Float64Array,
  impliedMean?: Float64Array,
): ResidualRms {
  checkArg("residualRms", "metric", metric, "string");
  if (!Object.hasOwn(COV, metric)) throw new OptionError(message.optionValue("metric", metric, Object.keys(COV)));
  checkArg("residualRms", "p", p, "number");
  for (const [name, v] of [["sampleCov", sampleCov], ["sampleMean", sampleMean], ["impliedCov", impliedCov]] as const) checkArg("residualRms", name, v, "float64");
  const cov = COV[metric];
  let ssCov = 0;
  for (let j = 0; j < p; j++) {
    for (let i = j; i < p; i++) {
      const r = cov(sampleCov, impliedCov, p, i, j);
      ssCov += r * r;
    }
  }
  const pstar = metric === "bollen" ? (p * (p - 1)) / 2 : (p * (p + 1)) / 2;
  const nomean = Math.sqrt(ssCov / pstar);
  if (impliedMean === undefined) return { total: nomean, nomean };
  const mean = MEAN[metric];
  let ssMean = 0;
  for (let i = 0; i < p; i++) {
    const r = mean(sampleCov, impliedCov, sampleMean, impliedMean, p, i);
    ssMean += r * r;
  }
  return { total: Math.sqrt((ssCov + ssMean) / (pstar + p)), nomean };
}
