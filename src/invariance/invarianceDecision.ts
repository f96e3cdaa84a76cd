import { checkShape } from "../options/checkArg.ts";
/** Cut-offs of Chen (2007) for the change in fit when constraints are added (n > 300, equal group sizes). */
export interface InvarianceCutoffs {
  /** Largest allowed drop in CFI (ΔCFI ≥ −cfi). */
  readonly cfi: number;
  /** Largest allowed rise in RMSEA. */
  readonly rmsea: number;
  /** Largest allowed rise in SRMR. */
  readonly srmr: number;
}

/**
 * Chen's (2007) cut-offs for one step: loadings (metric) ΔCFI ≥ −.010, ΔRMSEA ≤ .015, ΔSRMR ≤ .030;
 * intercepts (scalar) and residuals (strict) ΔCFI ≥ −.010, ΔRMSEA ≤ .015, ΔSRMR ≤ .010.
 * Source: Chen (2007), Structural Equation Modeling 14(3), p. 501.
 * @param level the invariance level being tested
 * @returns the cut-offs
 * @example
 * chenCutoffs("metric").srmr; // 0.03
 */
export function chenCutoffs(level: "metric" | "scalar" | "strict"): InvarianceCutoffs {
  return { cfi: 0.01, rmsea: 0.015, srmr: level === "metric" ? 0.03 : 0.01 };
}

/** Outcome of one comparison with the previous (less constrained) model. */
export interface InvarianceDecision {
  readonly cfiOk: boolean;
  readonly rmseaOk: boolean;
  readonly srmrOk: boolean;
  /** Chen (2007): non-invariance when CFI drops by ≥ .010 together with an RMSEA rise ≥ .015 or an SRMR rise ≥ the cut-off. */
  readonly holds: boolean;
}

/**
 * Decide whether a level of measurement invariance holds from the change in fit (Chen 2007): the
 * constraints are rejected only when CFI falls by at least the cut-off *and* RMSEA or SRMR rise by at least theirs.
 * @param deltaCfi CFI(constrained) − CFI(previous)
 * @param deltaRmsea RMSEA(constrained) − RMSEA(previous)
 * @param deltaSrmr SRMR(constrained) − SRMR(previous)
 * @param cut cut-offs
 * @returns per-index checks and the combined decision
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * invarianceDecision(-0.002, 0.004, 0.004, chenCutoffs("metric")).holds; // true
 */
export function invarianceDecision(deltaCfi: number, deltaRmsea: number, deltaSrmr: number, cut: InvarianceCutoffs): InvarianceDecision {
  checkShape("invarianceDecision", "cut", cut, { cfi: "number", rmsea: "number", srmr: "number" });
  const cfiOk = deltaCfi > -cut.cfi, rmseaOk = deltaRmsea < cut.rmsea, srmrOk = deltaSrmr < cut.srmr;
  return { cfiOk, rmseaOk, srmrOk, holds: cfiOk || (rmseaOk && srmrOk) };
}
