/** Ordinal (two-step, WLSMV) sample statistics of one group. */
export interface OrdinalGroupStatistics {
  /** group label ("" without groups) */
  readonly label: string;
  /** number of rows in the group */
  readonly nobs: number;
  /** sample thresholds of each variable (K−1 values each) */
  readonly thresholds: Float64Array[];
  /** polychoric (tetrachoric for binary pairs) correlation matrix, row-major p×p, unit diagonal */
  readonly correlation: Float64Array;
  /** lavaan's WLS.obs: every threshold (variable by variable), then the correlations in vech order
   *  (lower triangle column by column, without the diagonal) */
  readonly wlsObs: Float64Array;
  /** lavaan's NACOV (Γ) of wlsObs, row-major q×q; Var(wlsObs) ≈ Γ / nobs */
  readonly gamma: Float64Array;
  /** DWLS weights (lavaan's WLS.VD): 1 / diag(Γ) */
  readonly wlsVdiag: Float64Array;
  /** pairs whose contingency table has empty cells (lavaan's zero.cell.tables) */
  readonly emptyCellPairs: [string, string][];
  /** distinct response patterns in the group */
  readonly patterns: number;
}

/** Ordinal sample statistics of all groups; the top-level statistics are those of the first (or only) group. */
export interface OrdinalSampleStatistics extends OrdinalGroupStatistics {
  /** variable names */
  readonly names: string[];
  /** sorted category values of each variable (the same in every group) */
  readonly levels: Float64Array[];
  /** number of categories of each variable */
  readonly ncat: Int32Array;
  /** threshold names as lavaan writes them: "sat1|t1", "sat1|t2", … */
  readonly thresholdNames: string[];
  /** names of the wlsObs entries: threshold names, then "sat2~~sat1"-style names of the correlations */
  readonly wlsObsNames: string[];
  /** number of thresholds (the first nth entries of wlsObs) */
  readonly nth: number;
  /** group labels, in group order ([""] without groups) */
  readonly groupLabels: string[];
  /** statistics of every group */
  readonly groups: OrdinalGroupStatistics[];
  /** notes about the data and the estimates (near-±1 correlations, empty 2×2 cells, …) */
  readonly warnings: string[];
}

/** Group membership of the rows: a 0-based group index per row and the label of each group. */
export interface OrdinalGroups {
  readonly index: ArrayLike<number>;
  readonly labels: readonly string[];
}
