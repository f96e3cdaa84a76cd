import { chisqCdf } from "../distributions/chisqCdf.ts";
import { cfi } from "./cfi.ts";
import { tli } from "./tli.ts";
import { rfi } from "./rfi.ts";
import { nfi } from "./nfi.ts";
import { pnfi } from "./pnfi.ts";
import { ifi } from "./ifi.ts";
import { rni } from "./rni.ts";
import { rmsea } from "./rmsea.ts";
import { rmseaCi } from "./rmseaCi.ts";
import { rmseaCloseFit } from "./rmseaCloseFit.ts";
import { rmseaNotCloseFit } from "./rmseaNotCloseFit.ts";
import { cfiRobust } from "./cfiRobust.ts";
import { tliRobust } from "./tliRobust.ts";
import { rniRobust } from "./rniRobust.ts";
import { rmseaRobust } from "./rmseaRobust.ts";
import { rmseaCiRobust } from "./rmseaCiRobust.ts";
import { rmseaCloseFitRobust } from "./rmseaCloseFitRobust.ts";
import { rmseaNotCloseFitRobust } from "./rmseaNotCloseFitRobust.ts";
import { checkFields } from "../options/checkArg.ts";

/** A scaled (mean-adjusted) test: Satorra–Bentler or Yuan–Bentler, of the model and of the baseline model. */
export interface ScaledTestInput {
  /** Scaled model statistic χ²/c. */
  readonly chisq: number;
  /** Its degrees of freedom (the model df for a mean-adjusted test). */
  readonly df: number;
  /** Model scaling factor c. */
  readonly scalingFactor: number;
  /** tr(UΓ) of the model (= c·df); the df of lavaan's rmsea.scaled. */
  readonly traceUGamma: number;
  /** Scaled baseline statistic χ²₀/c₀. */
  readonly baselineChisq: number;
  readonly baselineDf: number;
  /** Baseline scaling factor c₀. */
  readonly baselineScalingFactor: number;
}

/**
 * The statistics of the robust (Brosseau-Liard–Savalei) indices: for complete data the unscaled
 * χ², df and scaling factors of the scaled tests; for FIML the corrected statistics of
 * `fimlCorrected` (lavaan's XX3, df3, c.hat3, XX3.scaled, XX3.null, c.hat3.null).
 */
export interface RobustTestInput {
  readonly chisq: number;
  readonly df: number;
  readonly cHat: number;
  /** chisq / cHat. */
  readonly chisqScaled: number;
  readonly baselineChisq: number;
  readonly cHatNull: number;
}

/** Everything `robustFitMeasures` needs. */
export interface RobustFitInput {
  /** Unscaled model χ² and df. */
  readonly chisq: number;
  readonly df: number;
  /** Unscaled baseline χ²₀ and df₀. */
  readonly baselineChisq: number;
  readonly baselineDf: number;
  /** Total sample size N. */
  readonly n: number;
  /** Number of groups G. */
  readonly groups: number;
  /** The scaled test (lavaan's scaled.flag); absent for plain ML/FIML. */
  readonly scaled?: ScaledTestInput;
  /** The robust statistics (lavaan's robust.flag); absent when there are none. */
  readonly robust?: RobustTestInput;
  /** RMSEA confidence level (default 0.90) and H₀ values of the close / not-close tests (0.05, 0.08). */
  readonly ciLevel?: number;
  readonly closeH0?: number;
  readonly notCloseH0?: number;
}

/**
 * lavaan's scaled and robust fit measures from test statistics: baseline.chisq.scaled, .df.scaled,
 * .pvalue.scaled, .chisq.scaling.factor; cfi/tli/nnfi/rfi/nfi/pnfi/ifi/rni.scaled (the ordinary
 * formulas on the scaled statistics); cfi/tli/nnfi/rni.robust (ĉ-corrected non-centralities);
 * rmsea.scaled with its CI and p-values (the unscaled χ² on df = tr(UΓ)); rmsea.robust with its CI
 * and p-values (ĉ-corrected). Keys that do not apply (no scaled or no robust test) are omitted.
 * Source: Brosseau-Liard, Savalei & Li (2012); Brosseau-Liard & Savalei (2014); Savalei (2018);
 * lavaan 0.6-14 R/lav_fit_cfi.R (lav_fit_cfi_lavobject) and R/lav_fit_rmsea.R (lav_fit_rmsea_lavobject).
 * @param input test statistics
 * @returns the fit measures under lavaan's names
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers) (undefined values are NaN)
 * @example
 * robustFitMeasures({ chisq: 85.306, df: 24, baselineChisq: 918.85, baselineDf: 36, n: 301, groups: 1,
 *   scaled: { chisq: 87.13, df: 24, scalingFactor: 0.979, traceUGamma: 23.497, baselineChisq: 880.08, baselineDf: 36, baselineScalingFactor: 1.044 },
 *   robust: { chisq: 85.306, df: 24, cHat: 0.979, chisqScaled: 87.13, baselineChisq: 918.85, cHatNull: 1.044 } })["cfi.robust"]; // ≈ 0.9299
 */
export function robustFitMeasures(input: RobustFitInput): Record<string, number> {
  checkFields("robustFitMeasures", "input", input, { chisq: "number", df: "number", baselineChisq: "number", baselineDf: "number", n: "number", groups: "number" });
  const { chisq, df, baselineChisq: x0, baselineDf: df0, n, groups: G, scaled: s, robust: r } = input;
  const level = input.ciLevel ?? 0.9, closeH0 = input.closeH0 ?? 0.05, notCloseH0 = input.notCloseH0 ?? 0.08;
  const out: Record<string, number> = {};
  if (s !== undefined) {
    out["baseline.chisq.scaled"] = s.baselineChisq;
    out["baseline.df.scaled"] = s.baselineDf;
    out["baseline.pvalue.scaled"] = s.baselineDf > 0 ? chisqCdf(s.baselineChisq, s.baselineDf, true) : Number.NaN;
    out["baseline.chisq.scaling.factor"] = s.baselineScalingFactor;
    out["cfi.scaled"] = cfi(s.chisq, s.df, s.baselineChisq, s.baselineDf);
    out["tli.scaled"] = tli(s.chisq, s.df, s.baselineChisq, s.baselineDf);
  }
  if (r !== undefined) {
    out["cfi.robust"] = cfiRobust(r.chisq, df, r.baselineChisq, df0, r.cHat, r.cHatNull);
    out["tli.robust"] = tliRobust(r.chisq, df, r.baselineChisq, df0, r.cHat, r.cHatNull);
  }
  if (s !== undefined) {
    const [a, b, c, d] = [s.chisq, s.df, s.baselineChisq, s.baselineDf];
    out["nnfi.scaled"] = tli(a, b, c, d);
    out["rfi.scaled"] = rfi(a, b, c, d);
    out["nfi.scaled"] = nfi(a, b, c, d);
    out["pnfi.scaled"] = pnfi(a, b, c, d);
    out["ifi.scaled"] = ifi(a, b, c, d);
    out["rni.scaled"] = rni(a, b, c, d);
  }
  if (r !== undefined) {
    out["nnfi.robust"] = out["tli.robust"]!;
    out["rni.robust"] = rniRobust(r.chisq, df, r.baselineChisq, df0, r.cHat, r.cHatNull);
  }
  if (s !== undefined) {
    // lavaan: the unscaled χ² on df2 = tr(UΓ); NaN when tr(UΓ) is 0 or not finite
    const df2 = Number.isFinite(s.traceUGamma) && s.traceUGamma !== 0 ? s.traceUGamma : Number.NaN;
    const [lo, hi] = Number.isNaN(df2) ? [Number.NaN, Number.NaN] : rmseaCi(chisq, df2, n, G, level);
    out["rmsea.scaled"] = rmsea(chisq, df2, n, G);
    out["rmsea.ci.lower.scaled"] = lo;
    out["rmsea.ci.upper.scaled"] = hi;
    out["rmsea.pvalue.scaled"] = rmseaCloseFit(chisq, df2, n, G, closeH0);
    out["rmsea.notclose.pvalue.scaled"] = rmseaNotCloseFit(chisq, df2, n, G, notCloseH0);
  }
  if (r !== undefined) {
    const [lo, hi] = rmseaCiRobust(r.chisqScaled, r.df, n, r.cHat, G, level);
    out["rmsea.robust"] = rmseaRobust(r.chisq, r.df, n, r.cHat, G);
    out["rmsea.ci.lower.robust"] = lo;
    out["rmsea.ci.upper.robust"] = hi;
    out["rmsea.pvalue.robust"] = rmseaCloseFitRobust(r.chisqScaled, r.df, n, r.cHat, G, closeH0);
    out["rmsea.notclose.pvalue.robust"] = rmseaNotCloseFitRobust(r.chisqScaled, r.df, n, r.cHat, G, notCloseH0);
  }
  return out;
}
