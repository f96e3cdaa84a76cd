/** Shared types of the exploratory factor analysis module. */
import type { FaFit } from "./faFitStatistics.ts";
import type { BartlettResult } from "./bartlett.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** Factor extraction methods (psych::fa `fm`; "pca" = principal components as psych::principal). */
export type ExtractionMethod = "minres" | "pa" | "ml" | "pca";

/** Rotations (psych::fa `rotate`). */
export type RotationMethod = "none" | "varimax" | "quartimax" | "promax" | "oblimin" | "geominQ" | "geominT";

/** Unrotated solution from an extraction method. Matrices are row-major Float64Array. */
export interface Extraction {
  /** p×m unrotated loadings. */
  readonly loadings: Float64Array;
  /** Uniquenesses Ψ at which the optimiser stopped (minres / ml), else null. */
  readonly psi: Float64Array | null;
  /** Indices of variables whose uniqueness sits at the optimiser's lower bound (Heywood cases). */
  readonly atBound: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
}

/** An extraction method: correlation matrix R (p×p), p, number of factors m. */
export type Extractor = (R: Float64Array, p: number, m: number) => Extraction;

/**
 * A rotation criterion Q(L) for the gradient-projection engine: returns Q at the p×m loadings L
 * and writes dQ/dL (p×m) into `gradient` (GPArotation's vgQ.* functions).
 */
export type RotationCriterion = (L: Float64Array, p: number, m: number, gradient: Float64Array) => number;

/** A rotated solution. */
export interface Rotation {
  /** p×m rotated pattern loadings. */
  readonly loadings: Float64Array;
  /** m×m factor correlations for oblique rotations, null for orthogonal ones. */
  readonly phi: Float64Array | null;
  readonly iterations: number;
  readonly converged: boolean;
}

/** A rotation method on p×m loadings. */
export type Rotator = (L: Float64Array, p: number, m: number) => Rotation;

/** Variance accounted for by each factor (psych `Vaccounted`). */
export interface VarianceAccounted {
  /** SS loadings: column sums of squares, or diag(Φ ΛᵀΛ) for oblique factors. */
  readonly ss: number[];
  /** ss / p. */
  readonly proportion: number[];
  readonly cumulative: number[];
  /** ss / Σ ss. */
  readonly proportionExplained: number[];
  readonly cumulativeProportion: number[];
}

/** Options of the correlation-matrix EFA kernel. */
export interface EfaCoreOptions {
  readonly nfactors: number;
  readonly fm: ExtractionMethod;
  readonly rotate: RotationMethod;
}

/** The accepted keys of `efaFromCorrelation()` options. */
export const EFA_CORE_OPTION_KEYS = optionKeys<EfaCoreOptions>({ nfactors: true, fm: true, rotate: true });

/** A complete exploratory factor analysis solution (plain arrays, JSON-friendly). */
export interface EfaResult {
  /** Item names, in the row order of every item-indexed array. */
  readonly items: string[];
  /** Number of observations (complete cases), or null when unknown. */
  readonly nobs: number | null;
  readonly nfactors: number;
  readonly fm: ExtractionMethod;
  readonly rotate: RotationMethod;
  /** Pattern loadings, items × factors. */
  readonly loadings: number[][];
  /** Structure coefficients ΛΦ (= loadings for orthogonal factors). */
  readonly structure: number[][];
  /** Communalities h² (row sums of squared unrotated loadings). */
  readonly communalities: number[];
  /** Uniquenesses 1 − h². */
  readonly uniquenesses: number[];
  /** Factor correlations for oblique rotations, else null. */
  readonly phi: number[][] | null;
  /** Eigenvalues of the correlation matrix, largest first. */
  readonly eigenvalues: number[];
  /** Eigenvalues of the correlation matrix with communalities on the diagonal (psych `values`). */
  readonly commonEigenvalues: number[];
  /** Hofmann's item complexity (Σλ²)²/Σλ⁴ of the pattern rows (psych `complexity`). */
  readonly complexity: number[];
  readonly variance: VarianceAccounted;
  readonly fit: FaFit;
  /** KMO measure of sampling adequacy: overall and per item (aligned with `items`). */
  readonly kmo: { readonly overall: number; readonly items: number[] };
  readonly bartlett: BartlettResult;
  readonly extraction: { readonly iterations: number; readonly converged: boolean };
  readonly rotation: { readonly iterations: number; readonly converged: boolean };
  readonly warnings: string[];
}
