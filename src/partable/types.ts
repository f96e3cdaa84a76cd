/**
 * The parameter table: one row per model parameter, with lavaan's columns.
 * This is the contract between `partable/` (which builds it from the parsed
 * syntax and options) and `representation/` (which maps it onto LISREL matrices).
 */

/** Operators that appear in a parameter table. */
export type ParOp = "=~" | "~" | "~~" | "~1" | "|" | "~*~" | ":=" | "==" | "<" | ">";

export interface ParRow {
  /** 1-based row id. */
  readonly id: number;
  readonly lhs: string;
  readonly op: ParOp;
  readonly rhs: string;
  /** 1 = written by the user, 0 = added by default, 2 = added for `:=`/constraints bookkeeping. */
  readonly user: 0 | 1 | 2;
  /** 1-based block (= group for single-level models); 0 for `:=`, `==`, `<`, `>` rows. */
  readonly block: number;
  /** 1-based group; 0 for `:=`, `==`, `<`, `>` rows. */
  readonly group: number;
  /**
   * 0 when fixed; otherwise the 1-based index of the free parameter in θ.
   * Rows constrained equal (same label, or `a == b` between labels) share one index,
   * so equality constraints are handled exactly by reparameterisation.
   */
  readonly free: number;
  /** Value the user fixed or started it at (NaN when none). */
  readonly ustart: number;
  /** 1 when the row belongs to fixed.x exogenous covariates (fixed at sample values). */
  readonly exo: 0 | 1;
  /** The user's label, or "". */
  readonly label: string;
  /** lavaan's internal label: ".p<id>.". */
  readonly plabel: string;
  /** Starting value. */
  readonly start: number;
}

/** A parameter table with the facts the later stages need. */
export interface ParTable {
  readonly rows: readonly ParRow[];
  /** Number of free parameters (length of θ). */
  readonly npar: number;
  /** Group labels in lavaan order (order of first appearance in the data); [""] for one group. */
  readonly groups: readonly string[];
  /** Observed variable names, in lavaan's `lavNames(fit, "ov")` order. */
  readonly ov: readonly string[];
  /** Latent variable names, in order of appearance. */
  readonly lv: readonly string[];
  /** Whether means/intercepts are modelled. */
  readonly meanstructure: boolean;
}
