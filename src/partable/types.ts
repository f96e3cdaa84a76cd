/**
 * The parameter table: one row per model parameter, with lavaan's columns.
 * This is the contract between `partable/` (which builds it from the parsed
 * syntax and options) and `representation/` (which maps it onto LISREL matrices).
 */
import type { ConstraintOp, Expr, SourcePos } from "../syntax/types.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** Operators that appear in a parameter table. */
export type ParOp = "=~" | "~" | "~~" | "~1" | "|" | "~*~" | "<~" | ":=" | "==" | "<" | ">";

export interface ParRow {
  /** 1-based row id. */
  readonly id: number;
  readonly lhs: string;
  readonly op: ParOp;
  readonly rhs: string;
  /** 1 = written by the user, 0 = added by default, 2 = added for `:=`/constraints bookkeeping,
   *  7 = fixed to identify an ESEM block before rotation (lavaan's echelon zeros and factor covariances). */
  readonly user: 0 | 1 | 2 | 7;
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
  /** ESEM block of a loading (lavaan's `efa` column), when the factor has one. */
  readonly efa?: string;
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
  /** `:=` definitions, ordered so that each uses only labels and earlier definitions (added). */
  readonly definitions?: readonly ParDefinition[];
  /** Constraints (`==`, `<`, `>`) still to impose; `label == label` is absorbed into `free` (added). */
  readonly constraints?: readonly ParConstraint[];
  /** lavaan's count of free rows before equality constraints (max(partable$free) when labels
   *  are imposed through `==` rows, as lavaan 0.6 reports `npar` in parTable) (added). */
  readonly nfreeRows?: number;
  /** lavaan's variable classes (added). */
  readonly classes?: ParVariableClasses;
  /** Non-fatal remarks (e.g. duplicated or odd syntax) (added). */
  readonly warnings?: readonly string[];
}

// ---- added by partable/ (additive; existing fields above are unchanged) ----

/** A `:=` definition in evaluation order (a definition may use labels and earlier definitions). */
export interface ParDefinition {
  readonly name: string;
  readonly expr: Expr;
  readonly pos: SourcePos;
}

/** A `==`, `<` or `>` constraint that was not absorbed into shared free indices. */
export interface ParConstraint {
  readonly op: ConstraintOp;
  readonly lhs: Expr;
  readonly rhs: Expr;
  readonly pos: SourcePos;
}

/** lavaan's variable classes (`lavNames(fit, type)`), in lavaan's order. */
export interface ParVariableClasses {
  /** Observed indicators of latent variables (`ov.ind`). */
  readonly ovInd: readonly string[];
  /** Exogenous observed covariates handled by fixed.x (`ov.x`). */
  readonly ovX: readonly string[];
  /** Observed variables without `ov.x` (`ov.nox`). */
  readonly ovNox: readonly string[];
  /** Pure dependent observed variables (`ov.y`). */
  readonly ovY: readonly string[];
  /** Ordinal observed variables: those with thresholds `|` (`ov.ord`). */
  readonly ovOrd: readonly string[];
  /** Exogenous latent variables (`lv.x`). */
  readonly lvX: readonly string[];
  /** Pure dependent latent variables (`lv.y`). */
  readonly lvY: readonly string[];
  /** Factors of ESEM blocks, by block name in order of appearance (`lv.efa`); absent when there are none. */
  readonly lvEfa?: ReadonlyMap<string, readonly string[]>;
  /** Formative composites, lhs of `<~` (`lv.formative`); absent when there are none. */
  readonly lvFormative?: readonly string[];
}

/** What `buildParTable` needs besides the syntax (lavaan's cfa()/sem() options). */
export interface ParTableSpec {
  /** "cfa" or "sem" (same defaults in lavaan). Default "sem". */
  readonly model?: "cfa" | "sem";
  /** Column names of the data (to tell observed from latent variables). */
  readonly ovNames: readonly string[];
  /** Group labels in data order; default [""] (one group). */
  readonly groups?: readonly string[];
  /** Model means/intercepts. Default false (forced true when the syntax has `~ 1`). */
  readonly meanstructure?: boolean;
  /** Fix latent variances to 1 instead of the first loading. Default false. */
  readonly stdLv?: boolean;
  /** Exogenous observed covariates fixed at their sample values. Default true. */
  readonly fixedX?: boolean;
  /** Latent covariances fixed to zero. Default false. */
  readonly orthogonal?: boolean;
  /** Observed intercepts free (lavaan `int.ov.free`). Default true; `growth()` sets false (fixed at 0). */
  readonly intOvFree?: boolean;
  /** Latent intercepts free (lavaan `int.lv.free`). Default false; `growth()` sets true. */
  readonly intLvFree?: boolean;
  /** ESEM blocks are rotated orthogonally (lavaan `rotation.args$orthogonal`, true for varimax). Default false. */
  readonly orthogonalEfa?: boolean;
  /** Parameter types equal across groups: "loadings", "intercepts", "residuals", "residual.covariances",
   *  "lv.variances", "lv.covariances", "regressions", "means", "thresholds". */
  readonly groupEqual?: readonly string[];
  /** Exceptions to groupEqual, in lavaan's form: "visual=~x2", "x1~1", "x1~~x1". */
  readonly groupPartial?: readonly string[];
  /** Ordinal variables with their number of thresholds (levels − 1), as lavaan's `ordered =`
   *  with the data's varTable; thresholds `x | t1 + ...` written in the syntax are ordinal too. */
  readonly ordered?: ReadonlyMap<string, number>;
}

/** The accepted keys of a `ParTableSpec` (buildParTable). */
export const PARTABLE_SPEC_KEYS = optionKeys<ParTableSpec>({
  model: true, ovNames: true, groups: true, meanstructure: true, stdLv: true, fixedX: true, orthogonal: true,
  groupEqual: true, groupPartial: true, ordered: true, intOvFree: true, intLvFree: true, orthogonalEfa: true,
});
