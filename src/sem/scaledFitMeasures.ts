import type { MlSolution } from "../estimate/estimateModel.ts";
import type { Estimator } from "./types.ts";
import { h1Information } from "../inference/h1Information.ts";
import { linearModelTraceH0 } from "../inference/linearModelTraceH0.ts";
import { satorraBentler } from "../inference/satorraBentler.ts";
import { fimlCorrected } from "../inference/fimlCorrected.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { robustFitMeasures, type RobustTestInput, type ScaledTestInput } from "../fit/robustFitMeasures.ts";

/** A scaled test of the model or of the baseline: its scaling factor and h1/h0 parts. */
export interface ScaledTest {
  readonly scalingFactor: number;
  readonly scalingFactorH1?: number;
  readonly scalingFactorH0?: number;
}

/** Inputs of `scaledFitMeasures`. */
export interface ScaledFitInput {
  readonly sol: MlSolution;
  readonly estimator: Estimator;
  /** The standard (unscaled) fit measures, in lavaan's order (chisq, df, baseline.chisq, baseline.df are read). */
  readonly fit: Readonly<Record<string, number>>;
  /** The model's scaled test (MLR: Yuan–Bentler–Mplus; MLM: Satorra–Bentler), or null for ML. */
  readonly test: ScaledTest | null;
  /** The baseline model's solution (fitted the same way), or null when it was not fitted. */
  readonly baseline: MlSolution | null;
  /** Scaled test of the baseline model; when absent: MLR from the shared h1 trace, MLM by `satorraBentler`. */
  readonly baselineTest?: ScaledTest | null;
}

// lavaan's fitMeasures() order: each group of scaled/robust names follows its anchor
const AFTER: Readonly<Record<string, readonly string[]>> = {
  pvalue: ["chisq.scaled", "df.scaled", "pvalue.scaled", "chisq.scaling.factor"],
  "baseline.pvalue": ["baseline.chisq.scaled", "baseline.df.scaled", "baseline.pvalue.scaled", "baseline.chisq.scaling.factor"],
  tli: ["cfi.scaled", "tli.scaled", "cfi.robust", "tli.robust"],
  rni: ["nnfi.scaled", "rfi.scaled", "nfi.scaled", "pnfi.scaled", "ifi.scaled", "rni.scaled", "nnfi.robust", "rni.robust"],
  bic2: ["scaling.factor.h1", "scaling.factor.h0"],
  "rmsea.notclose.h0": [
    "rmsea.scaled", "rmsea.ci.lower.scaled", "rmsea.ci.upper.scaled", "rmsea.pvalue.scaled", "rmsea.notclose.pvalue.scaled",
    "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.ci.upper.robust", "rmsea.pvalue.robust", "rmsea.notclose.pvalue.robust",
  ],
};

/**
 * All fit measures of a robust or FIML fit in lavaan's order: the standard ones plus, as lavaan
 * reports them, the scaled test (chisq.scaled, df.scaled, pvalue.scaled, chisq.scaling.factor,
 * scaling.factor.h1/.h0), the scaled baseline test, the scaled incremental indices and RMSEA
 * (`.scaled`) and the robust ones (`.robust`: ĉ-corrected for complete data, Savalei's
 * FIML-corrected statistics — version V3 with a scaled test, V6 without — under missing = "ml").
 * Source: lavaan 0.6-14 `lav_fit_measures`, `lav_fit_cfi_lavobject`, `lav_fit_rmsea_lavobject`,
 * `lav_fit_fiml_corrected`; formulas on each kernel in src/fit/.
 * @param input solution, estimator, standard fit measures, scaled tests and the baseline solution
 * @returns a new record: the standard measures with the scaled and robust ones inserted
 * @throws never (undefined values are NaN)
 * @example
 * const all = scaledFitMeasures({ sol, estimator: "MLR", fit, test: yuanBentlerTest(sol), baseline });
 */
export function scaledFitMeasures(input: ScaledFitInput): Record<string, number> {
  const { sol, estimator, fit, test, baseline } = input;
  const chisq = fit["chisq"]!, df = fit["df"]!, x0 = fit["baseline.chisq"]!, df0 = fit["baseline.df"]!;
  const n = sol.stats.ntotal, G = sol.stats.groups.length;
  const extra: Record<string, number> = {};
  let scaled: ScaledTestInput | undefined;
  let baseTest: ScaledTest | null = null;
  if (test !== null) {
    const c = test.scalingFactor;
    const xs = chisq / c;
    extra["chisq.scaled"] = xs;
    extra["df.scaled"] = df;
    extra["pvalue.scaled"] = df > 0 ? chisqCdf(xs, df, true) : NaN;
    extra["chisq.scaling.factor"] = c;
    if (test.scalingFactorH1 !== undefined) extra["scaling.factor.h1"] = test.scalingFactorH1;
    // lavaan divides tr(A₀⁻¹B₀) by nx.free, the free rows before equality constraints (group.equal, labels)
    if (test.scalingFactorH0 !== undefined) extra["scaling.factor.h0"] = test.scalingFactorH0 * sol.pt.npar / (sol.pt.nfreeRows ?? sol.pt.npar);
    baseTest = input.baselineTest ?? (baseline === null ? null
      : estimator === "MLR" ? { scalingFactor: (h1Information(sol).traceAinvB - linearModelTraceH0(baseline)) / baseline.df }
      : estimator === "MLM" ? satorraBentler(baseline) : null);
    const c0 = baseTest?.scalingFactor ?? NaN;
    scaled = { chisq: xs, df, scalingFactor: c, traceUGamma: c * df, baselineChisq: x0 / c0, baselineDf: df0, baselineScalingFactor: c0 };
  }
  let robust: RobustTestInput | undefined;
  if (sol.fiml) {
    const fc = fimlCorrected(sol, baseline, test !== null ? "V3" : "V6");
    robust = { chisq: fc.chisq, df: fc.df, cHat: fc.cHat, chisqScaled: fc.chisqScaled, baselineChisq: fc.baselineChisq, cHatNull: fc.cHatNull };
  } else if (test !== null) {
    const c = test.scalingFactor;
    robust = { chisq, df, cHat: c, chisqScaled: chisq / c, baselineChisq: x0, cHatNull: baseTest?.scalingFactor ?? NaN };
  }
  Object.assign(extra, robustFitMeasures({
    chisq, df, baselineChisq: x0, baselineDf: df0, n, groups: G,
    ...(scaled !== undefined ? { scaled } : {}), ...(robust !== undefined ? { robust } : {}),
    ciLevel: fit["rmsea.ci.level"] ?? 0.9, closeH0: fit["rmsea.close.h0"] ?? 0.05, notCloseH0: fit["rmsea.notclose.h0"] ?? 0.08,
  }));
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(fit)) {
    out[k] = v;
    for (const e of AFTER[k] ?? []) if (e in extra) out[e] = extra[e]!;
  }
  return out;
}
