/**
 * LISREL ("all-y") representation of a parameter table.
 *
 *   η = B η + ζ,  y = ν + Λ η + ε,  Cov(ζ) = Ψ, Cov(ε) = Θ, E(ζ) = α
 *   Σ(θ) = Λ (I − B)⁻¹ Ψ (I − B)⁻ᵀ Λᵀ + Θ,   μ(θ) = ν + Λ (I − B)⁻¹ α
 *
 * Observed variables that take part in regressions (or covary with latent
 * variables) get a "phantom" latent variable with a unit loading and zero
 * residual variance, as lavaan does, so every model fits this one form.
 */

/** Which model matrix a parameter lives in. */
export const enum Mat { Lambda = 0, Theta = 1, Psi = 2, Beta = 3, Nu = 4, Alpha = 5 }

/** The six model matrices of one group (row-major Float64Arrays). */
export interface GroupMatrices {
  /** p×m loadings. */
  readonly lambda: Float64Array;
  /** p×p residual covariances of the observed variables. */
  readonly theta: Float64Array;
  /** m×m (residual) covariances of the latent variables. */
  readonly psi: Float64Array;
  /** m×m regressions among latent variables: row = outcome, column = predictor. */
  readonly beta: Float64Array;
  /** p observed intercepts. */
  readonly nu: Float64Array;
  /** m latent intercepts/means. */
  readonly alpha: Float64Array;
}

/** Where one parameter-table row lives in the matrices. */
export interface Slot {
  /** Index of the partable row. */
  readonly row: number;
  /** 0-based group. */
  readonly group: number;
  readonly mat: Mat;
  /** Row index in the matrix (for vectors: the element). */
  readonly i: number;
  /** Column index (0 for vectors). */
  readonly j: number;
  /** 0-based index into θ, or −1 when the row is fixed. */
  readonly free: number;
}

/** The compiled structure of a model: fixed by the parameter table, reused across fits (e.g. bootstrap draws). */
export interface Representation {
  /** Number of observed variables. */
  readonly p: number;
  /** Number of latent variables including phantoms. */
  readonly m: number;
  readonly ngroups: number;
  /** Observed variable names (rows of Λ). */
  readonly ovNames: readonly string[];
  /** Latent variable names (columns of Λ), phantoms named after their observed variable. */
  readonly etaNames: readonly string[];
  /** Whether each η is a phantom for an observed variable. */
  readonly phantom: readonly boolean[];
  /** Whether B has any non-zero (free or fixed) entry. */
  readonly hasBeta: boolean;
  /** Whether means are modelled. */
  readonly meanstructure: boolean;
  /** Matrices with every fixed value filled in, one per group. Free entries hold 0. */
  readonly template: readonly GroupMatrices[];
  /** One slot per partable row that maps to a matrix element (all of =~ ~ ~~ ~1 rows). */
  readonly slots: readonly Slot[];
  /** Number of free parameters. */
  readonly npar: number;
}
/** Model-implied moments of one group. */
export interface ImpliedMoments {
  readonly group: string;
  readonly names: readonly string[];
  /** p×p, as nested arrays. */
  readonly cov: number[][];
  /** p means, when the model has a mean structure. */
  readonly mean: number[] | null;
}
