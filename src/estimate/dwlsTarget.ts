/** Ordinal sample statistics and model bookkeeping of one group as the DWLS discrepancy consumes them. */
export interface DwlsTarget {
  /** lavaan's WLS.obs: thresholds (variable by variable), then polychoric correlations in vech order without the diagonal. */
  readonly wlsObs: Float64Array;
  /** Diagonal weights 1/diag(Γ). */
  readonly weights: Float64Array;
  /** Number of thresholds at the start of wlsObs. */
  readonly nth: number;
  /** For each threshold position, its variable (row of Λ). */
  readonly thresholdVar: Int32Array;
  /** For each threshold position, its θ index, or −1 when the threshold is fixed. */
  readonly thresholdFree: Int32Array;
  /** For each threshold position, its fixed value (read when not free). */
  readonly thresholdFixed: Float64Array;
  /** For each variable, the θ index of its scale factor `~*~`, or −1 when fixed. */
  readonly deltaFree: Int32Array;
  /** For each variable, its fixed scale factor (1 unless set). */
  readonly deltaFixed: Float64Array;
  /** Weight of the group in the objective: (N_g − 1)/(N − G) (lavaan's DWLS fx with group weights). */
  readonly scale: number;
}
