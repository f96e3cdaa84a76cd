import type { OrdinalSolution } from "./ordinalSolution.ts";
import type { ParTable } from "../partable/types.ts";
import { catmlDwls, type CatmlStatistics } from "../inference/catmlDwls.ts";
import { cfiRobust } from "../fit/cfiRobust.ts";
import { tliRobust } from "../fit/tliRobust.ts";
import { rniRobust } from "../fit/rniRobust.ts";
import { rmseaRobust } from "../fit/rmseaRobust.ts";
import { rmseaCiRobust } from "../fit/rmseaCiRobust.ts";
import { rmseaCloseFitRobust } from "../fit/rmseaCloseFitRobust.ts";
import { rmseaNotCloseFitRobust } from "../fit/rmseaNotCloseFitRobust.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";
import type { OrdinalSampleStatistics } from "../ordinal/types.ts";
import { message } from "../messages.ts";

/**
 * lavaan's catML statistics of a WLSMV fit (see `catmlDwls`): the DWLS estimates re-evaluated as an ML
 * correlation-structure model whose parameter table has the thresholds and intercepts/means removed.
 * NaN statistics where lavaan 0.6-14 reports NA: a polychoric matrix that is not positive definite, no
 * DWLS information, or a free threshold or intercept/mean constrained equal to another parameter (lavaan's
 * catML parameter table then keeps `==` rows on removed parameters and its fit fails).
 * Source: lavaan 0.6-14 `lav_fit_catml_dwls`, `lav_object_catml`.
 * @param o the ordinal solution
 * @returns the catML statistics (notPositiveDefinite: group index or −1; constrained: the lavaan failure above)
 * @throws never
 * @example
 * ordinalCatml(fitOrdinal(pt, ds)).cHat3; // 1.656 (lavaan, loyalty core WLSMV)
 */
export function ordinalCatml(o: OrdinalSolution): CatmlStatistics & { readonly constrained: boolean } {
  const { sol, ordinal, inference, ev } = o;
  const p = sol.rep.p, nth = ordinal.nth;
  const npairTotal = ordinal.groups.length * (p * (p - 1)) / 2;
  const df3 = npairTotal - catmlFreeParameters(sol.pt);
  const constrained = thresholdsConstrained(sol.pt);
  if (constrained || inference.informationInverse === null) {
    return { XX3: NaN, df3, cHat3: NaN, XX3scaled: NaN, XX3null: NaN, df3null: NaN, cHat3null: NaN, notPositiveDefinite: -1, constrained };
  }
  const groups = ordinal.groups.map((g, k) => {
    const sigma = ev.sigmas[k]!, P = new Float64Array(p * p);
    for (let b = 0, j = nth; b < p; b++) {
      P[b * p + b] = 1;
      for (let a = b + 1; a < p; a++, j++) { P[a * p + b] = sigma[j]!; P[b * p + a] = sigma[j]!; }
    }
    return { p, nobs: g.nobs, sampleCor: g.correlation, impliedCor: P, nth, jacobian: ev.jacobians[k]!, weights: g.wlsVdiag, gamma: g.gamma };
  });
  return { ...catmlDwls(groups, inference.informationInverse, sol.pt.npar, df3), constrained };
}

/**
 * The robust (catML-corrected) incremental indices and RMSEA of a WLSMV fit, as lavaan 0.6-14:
 * cfi/tli/nnfi/rni.robust from XX3, the model df, XX3.null, the baseline df and c.hat3, c.hat3.null;
 * rmsea.robust from XX3, df3 and c.hat3, its CI and close/not-close p-values from XX3.scaled.
 * Source: Savalei (2021); lavaan 0.6-14 `lav_fit_cfi_lavobject`, `lav_fit_rmsea_lavobject` (categorical branch).
 * @param o the ordinal solution
 * @param sizes the DWLS model df, the baseline df and the sample size N − G
 * @returns the robust measures under lavaan's names (NaN where lavaan reports NA)
 * @throws never
 * @example
 * ordinalRobustFitMeasures(o, { df: 85, baselineDf: 105, n: 385 })["cfi.robust"]; // 0.9913 (lavaan)
 */
export function ordinalRobustFitMeasures(o: OrdinalSolution, sizes: { df: number; baselineDf: number; n: number }): Record<string, number> {
  const c = ordinalCatml(o);
  const G = o.ordinal.groups.length, { df, baselineDf: df0, n } = sizes;
  const tliR = tliRobust(c.XX3, df, c.XX3null, df0, c.cHat3, c.cHat3null);
  const [lo, hi] = rmseaCiRobust(c.XX3scaled, c.df3, n, c.cHat3, G, 0.9);
  return {
    "cfi.robust": cfiRobust(c.XX3, df, c.XX3null, df0, c.cHat3, c.cHat3null),
    "tli.robust": tliR, "nnfi.robust": tliR,
    "rni.robust": rniRobust(c.XX3, df, c.XX3null, df0, c.cHat3, c.cHat3null),
    "rmsea.robust": rmseaRobust(c.XX3, c.df3, n, c.cHat3, G),
    "rmsea.ci.lower.robust": lo, "rmsea.ci.upper.robust": hi,
    "rmsea.pvalue.robust": rmseaCloseFitRobust(c.XX3scaled, c.df3, n, c.cHat3, G, 0.05),
    "rmsea.notclose.pvalue.robust": rmseaNotCloseFitRobust(c.XX3scaled, c.df3, n, c.cHat3, G, 0.08),
  };
}

/**
 * Notes for the fit's warnings when lavaan's catML statistics, and so the robust CFI/TLI/RNI/RMSEA of a
 * WLSMV fit, are not available: constrained thresholds or intercepts (lavaan 0.6-14's catML fit fails),
 * or a polychoric matrix with an eigenvalue below √ε (lavaan's check.pd).
 * Source: lavaan 0.6-14 `lav_fit_catml_dwls`, `lav_object_catml`.
 * @param pt parameter table of the DWLS fit
 * @param ordinal its ordinal sample statistics
 * @returns zero or more notes
 * @throws never
 * @example
 * catmlNotes(pt, ordinal); // [] for the loyalty core model
 */
export function catmlNotes(pt: ParTable, ordinal: OrdinalSampleStatistics): string[] {
  if (thresholdsConstrained(pt)) return [message.wlsmvRobustConstrainedThresholds];
  const p = pt.ov.length;
  const bad = ordinal.groups.findIndex((g) => symmetricEigenvalues(g.correlation, p).some((x) => x < Math.sqrt(Number.EPSILON)));
  return bad < 0 ? [] : [message.wlsmvRobustNotPositiveDefinite(ordinal.groups[bad]!.label)];
}

/** Free parameters of lavaan's catML table: distinct θ indices outside threshold and intercept/mean rows. */
function catmlFreeParameters(pt: ParTable): number {
  const free = new Set<number>();
  for (const r of pt.rows) if (r.free > 0 && r.op !== "|" && r.op !== "~1") free.add(r.free);
  return free.size;
}

/** Whether a free threshold or intercept/mean shares its θ index with another row (an equality constraint). */
function thresholdsConstrained(pt: ParTable): boolean {
  const count = new Map<number, number>();
  for (const r of pt.rows) if (r.free > 0) count.set(r.free, (count.get(r.free) ?? 0) + 1);
  return pt.rows.some((r) => r.free > 0 && (r.op === "|" || r.op === "~1") && count.get(r.free)! > 1);
}
