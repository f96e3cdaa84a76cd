import type { OrdinalSolution } from "./ordinalSolution.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { cfi } from "../fit/cfi.ts";
import { tli } from "../fit/tli.ts";
import { nfi } from "../fit/nfi.ts";
import { rfi } from "../fit/rfi.ts";
import { ifi } from "../fit/ifi.ts";
import { pnfi } from "../fit/pnfi.ts";
import { rni } from "../fit/rni.ts";
import { rmsea } from "../fit/rmsea.ts";
import { rmseaCi } from "../fit/rmseaCi.ts";
import { rmseaCloseFit } from "../fit/rmseaCloseFit.ts";
import { rmseaNotCloseFit } from "../fit/rmseaNotCloseFit.ts";
import { hoelterCn } from "../fit/hoelterCn.ts";
import { mfi } from "../fit/mfi.ts";

/**
 * The fit measures that WLSMV fits with all-ordinal and with mixed indicators share (lavaan's fitMeasures()):
 * the DWLS χ² (Σ (N_g − 1)F_g) and its scaled-shifted version (a = √(df / tr((UΓ)²)),
 * χ²_scaled = a·χ² + df − a·tr(UΓ)); the baseline model in closed form, in which the first `first` statistics
 * of every group (thresholds, and for mixed data −means and variances) fit exactly and the covariances are 0,
 * so U = W on that block: χ²₀ = Σ_g (N_g − 1) Σ_{j ≥ first} w_j s_j², tr(UΓ) = Σ w_j Γ_jj,
 * tr((UΓ)²) = Σ w_j Γ_ji w_i Γ_ij, df₀ = Σ_g (n_g − first); incremental indices, RMSEA (standard and scaled),
 * Hoelter's CN, MFI, GFI-type indices with the DWLS weights (groups weighted by N_g),
 * WRMR = √(χ²/number of statistics of the first group). N − G is the sample size of RMSEA, CN and MFI.
 * Source: lavaan 0.6-14 lav_fit_measures, lav_test_satorra_bentler (scaled.shifted), lav_fit_gfi, lav_fit_wrmr,
 * lav_utils_get_ntotal (N − G for DWLS).
 * @param o the DWLS solution (ordinal or mixed)
 * @param first number of leading statistics of each group that the baseline model fits exactly
 * @param extra measures only one path has (robust indices, residual indices), given df₀ and N − G;
 *   they stand after the scaled RMSEA in the result
 * @returns fit measures with lavaan's names
 * @throws never
 * @example
 * wlsmvFitMeasures(o, o.ordinal.nth, () => ({}))["chisq.scaled"];
 */
export function wlsmvFitMeasures(
  o: OrdinalSolution, first: number, extra: (baselineDf: number, n: number) => Record<string, number>,
): Record<string, number> {
  const { sol, ordinal, inference, ev } = o;
  const og = ordinal.groups, G = og.length;
  const N = sol.stats.ntotal, nG = N - G, df = sol.df, chisq = sol.chisq;
  // model: scaled-shifted
  const a = Math.sqrt(df / inference.traceUGamma2);
  const chisqScaled = a * chisq + (df - a * inference.traceUGamma);
  // baseline: the first statistics fit exactly, covariances fixed at 0 → U = W on each covariance block
  let x0 = 0, tr1b = 0, tr2b = 0, df0 = 0, gfiSum = 0, nelAll = 0;
  og.forEach((g, k) => {
    const w = g.wlsVdiag, s = g.wlsObs, gamma = g.gamma, ns = s.length, sigma = ev.sigmas[k]!;
    for (let j = first; j < ns; j++) {
      x0 += (g.nobs - 1) * w[j]! * s[j]! * s[j]!;
      tr1b += w[j]! * gamma[j * ns + j]!;
      for (let i = first; i < ns; i++) tr2b += w[j]! * gamma[j * ns + i]! * w[i]! * gamma[i * ns + j]!;
    }
    df0 += ns - first;
    let num = 0, den = 0;
    for (let j = 0; j < ns; j++) { const r = s[j]! - sigma[j]!; num += w[j]! * r * r; den += w[j]! * s[j]! * s[j]!; }
    gfiSum += g.nobs * (1 - num / den);
    nelAll += ns;
  });
  const a0 = Math.sqrt(df0 / tr2b);
  const x0Scaled = a0 * x0 + (df0 - a0 * tr1b);
  const gfi = gfiSum / N;
  const more = extra(df0, nG);
  const [lo, hi] = rmseaCi(chisq, df, nG, G, 0.9);
  const [loS, hiS] = rmseaCi(chisqScaled, df, nG, G, 0.9);
  return {
    npar: sol.pt.npar,
    fmin: chisq / (2 * N),
    chisq, df, pvalue: chisqCdf(chisq, df, true),
    "chisq.scaled": chisqScaled, "df.scaled": df, "pvalue.scaled": chisqCdf(chisqScaled, df, true), "chisq.scaling.factor": 1 / a,
    "baseline.chisq": x0, "baseline.df": df0, "baseline.pvalue": chisqCdf(x0, df0, true),
    "baseline.chisq.scaled": x0Scaled, "baseline.df.scaled": df0, "baseline.pvalue.scaled": chisqCdf(x0Scaled, df0, true),
    "baseline.chisq.scaling.factor": 1 / a0,
    cfi: cfi(chisq, df, x0, df0), tli: tli(chisq, df, x0, df0),
    "cfi.scaled": cfi(chisqScaled, df, x0Scaled, df0), "tli.scaled": tli(chisqScaled, df, x0Scaled, df0),
    nnfi: tli(chisq, df, x0, df0), rfi: rfi(chisq, df, x0, df0), nfi: nfi(chisq, df, x0, df0), pnfi: pnfi(chisq, df, x0, df0),
    ifi: ifi(chisq, df, x0, df0), rni: rni(chisq, df, x0, df0),
    "nnfi.scaled": tli(chisqScaled, df, x0Scaled, df0), "rfi.scaled": rfi(chisqScaled, df, x0Scaled, df0),
    "nfi.scaled": nfi(chisqScaled, df, x0Scaled, df0), "pnfi.scaled": pnfi(chisqScaled, df, x0Scaled, df0),
    "ifi.scaled": ifi(chisqScaled, df, x0Scaled, df0), "rni.scaled": rni(chisqScaled, df, x0Scaled, df0),
    rmsea: rmsea(chisq, df, nG, G), "rmsea.ci.lower": lo, "rmsea.ci.upper": hi, "rmsea.ci.level": 0.9,
    "rmsea.pvalue": rmseaCloseFit(chisq, df, nG, G, 0.05), "rmsea.close.h0": 0.05,
    "rmsea.notclose.pvalue": rmseaNotCloseFit(chisq, df, nG, G, 0.08), "rmsea.notclose.h0": 0.08,
    "rmsea.scaled": rmsea(chisqScaled, df, nG, G), "rmsea.ci.lower.scaled": loS, "rmsea.ci.upper.scaled": hiS,
    "rmsea.pvalue.scaled": rmseaCloseFit(chisqScaled, df, nG, G, 0.05), "rmsea.notclose.pvalue.scaled": rmseaNotCloseFit(chisqScaled, df, nG, G, 0.08),
    ...more,
    cn_05: hoelterCn(chisq, df, nG, 0.05), cn_01: hoelterCn(chisq, df, nG, 0.01),
    gfi, agfi: 1 - (nelAll / df) * (1 - gfi), pgfi: (df / nelAll) * gfi, mfi: mfi(chisq, df, nG),
    wrmr: Math.sqrt(chisq / og[0]!.wlsObs.length),
    cmin_df: chisq / df,
  };
}
