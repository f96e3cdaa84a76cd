import type { Dataset } from "../data/types.ts";
import { latentInteraction } from "../moderation/latentInteraction.ts";
import type { ModerationStep } from "./result.ts";
import type { EstimationConfig } from "./types.ts";

/**
 * Latent moderation of X → Y by W for the report: the measurement model of the three constructs with
 * `Y ~ X + W + X:W`, fitted by `latentInteraction` (double-mean-centred matched-pair product indicators, Lin et al.
 * 2010; Marsh, Wen & Hau 2004) on the complete cases of their items with the configured estimator; the
 * coefficients of X, W and X×W with β (std.all), R² of Y, simple slopes at −1/0/+1 SD of W and the Johnson–Neyman
 * boundaries in SD units.
 * Source: Lin, Wen, Marsh & Lin (2010); Aiken & West (1991); Bauer & Curran (2005).
 * @param ds the data with reverse-coded items already recoded
 * @param x predictor construct and its items
 * @param w moderator construct and its items
 * @param y outcome construct and its items
 * @param estimation estimator (product indicators need complete rows, so missing values are deleted listwise)
 * @returns the moderation step
 * @throws as `latentInteraction`
 * @example latentModeration(ds, sat, alt, loy, { estimator: "MLR", missing: "fiml" }).coefficients[2].b;
 */
export function latentModeration(
  ds: Dataset, x: { readonly name: string; readonly items: readonly string[] }, w: { readonly name: string; readonly items: readonly string[] },
  y: { readonly name: string; readonly items: readonly string[] }, estimation: EstimationConfig,
): ModerationStep {
  const model = [x, w, y].map((c) => `${c.name} =~ ${c.items.join(" + ")}`).join("\n") + `\n${y.name} ~ ${x.name} + ${w.name} + ${x.name}:${w.name}`;
  const r = latentInteraction(model, ds, { estimator: estimation.estimator });
  const e = r.effects.find((k) => k.outcome === y.name)!;
  const pe = r.fit.parameterEstimates();
  const row = (rhs: string) => pe.find((p) => p.op === "~" && p.lhs === y.name && p.rhs === rhs && p.group <= 1)!;
  const coefficients = [row(x.name), row(w.name), e.interaction].map((p, j) => ({
    term: j === 2 ? `${x.name} × ${w.name}` : p.rhs, b: p.est, se: p.se ?? Number.NaN, t: p.z ?? Number.NaN, pvalue: p.pvalue ?? Number.NaN, std: p["std.all"],
  }));
  const b2 = row(w.name).est, sd = e.moderatorSd;
  const r2 = pe.find((p) => p.op === "r2" && p.lhs === y.name && p.group <= 1)?.est ?? null;
  return {
    from: x.name, moderator: w.name, to: y.name, method: "latent", n: r.fit.ntotal, model: r.model, coefficients, r2,
    slopes: e.simpleSlopes.map((s) => ({ level: sd > 0 ? s.at / sd : 0, intercept: b2 * s.at, slope: s.slope, se: s.se, t: s.z, pvalue: s.pvalue })),
    johnsonNeyman: e.johnsonNeyman.map((v) => v / sd), warnings: r.warnings, problems: r.problems,
  };
}
