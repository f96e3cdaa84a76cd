/**
 * One block of sample moments the ML discrepancy sums over: a whole group (complete data) or
 * one missing-data pattern of a group (FIML). Its contribution is
 *   w · [ log|Σ_o| + tr(Σ_o⁻¹ (S + (m − μ_o)(m − μ_o)ᵀ)) − c ]
 * where Σ_o, μ_o are the implied moments of the observed variables of the block.
 */
export interface MomentBlock {
  /** 0-based group. */
  readonly group: number;
  /** Weight n_block / N. */
  readonly weight: number;
  /** Cases in the block. */
  readonly n: number;
  /** 0-based indices of the observed variables (in model order), or null for all. */
  readonly observed: Int32Array | null;
  /** Covariance of the block about its own mean (N denominator), p_o × p_o. */
  readonly cov: Float64Array;
  /** Means of the block, p_o. */
  readonly mean: Float64Array;
  /** Constant subtracted: log|S| + p for complete data (so that F = 0 at a saturated fit), 0 for FIML. */
  readonly constant: number;
}
