import { normalCdf } from "../distributions/normalCdf.ts";
import { normalQuantile } from "../distributions/normalQuantile.ts";

/** z statistic, two-sided p-value and confidence interval of one estimate. */
export interface WaldRow {
  readonly z: number;
  readonly pvalue: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

/**
 * Wald z test and normal-theory confidence interval for one estimate.
 * z = est/se, p = 2(1 − Φ(|z|)), CI = est ± z_{1−α/2}·se.
 * Source: lavaan `parameterEstimates` (level = 0.95).
 * @param est estimate
 * @param se standard error (0 for fixed parameters, which give NaN z and p and a degenerate CI)
 * @param level confidence level
 * @returns z, p and CI bounds
 * @throws never
 * @example
 * waldTest(1.96, 1).pvalue; // ≈ 0.05
 */
export function waldTest(est: number, se: number, level = 0.95): WaldRow {
  const crit = normalQuantile(1 - (1 - level) / 2);
  if (!(se > 0)) return { z: NaN, pvalue: NaN, ciLower: est, ciUpper: est };
  const z = est / se;
  // lavaan computes 2 * (1 - pnorm(|z|)), which is 0 beyond |z| ≈ 8.3; the same sum gives the same p-values
  return { z, pvalue: 2 * (1 - normalCdf(Math.abs(z))), ciLower: est - crit * se, ciUpper: est + crit * se };
}
