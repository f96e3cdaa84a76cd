/**
 * Input types of the ML fit-measure kernels (lavaan's fitMeasures() for estimator = "ML").
 */
import type { GfiPattern } from "./gfiGroupML.ts";

/** One group's sample and model-implied moments. Matrices are row-major p×p. */
export interface FitGroupInput {
  /** Number of observations N_g used in the group. */
  readonly nobs: number;
  /** Sample covariance S_g with denominator N_g (the ML estimate). */
  readonly sampleCov: Float64Array;
  /** Sample mean vector ȳ_g (length p). */
  readonly sampleMean: Float64Array;
  /** Model-implied covariance Σ̂_g. */
  readonly impliedCov: Float64Array;
  /**
   * Model-implied mean μ̂_g. Required when `meanstructure` is true; ignored otherwise
   * (without a mean structure the means are saturated, μ̂_g = ȳ_g).
   */
  readonly impliedMean?: Float64Array;
  /**
   * FIML only, for GFI as lavaan computes it: the group's missing-data patterns (the weight matrix is
   * their expected information) and lavaan's WLS.obs under missing = "ml", the available-case means and
   * pairwise covariances (see `pairwiseMoments`). Omitted for complete data.
   */
  readonly missingData?: { readonly patterns: readonly GfiPattern[]; readonly cov: Float64Array; readonly mean: Float64Array };
}

/** Everything fitMeasuresML needs: model test, baseline test and per-group moments. */
export interface FitInput {
  /** Number of observed variables p (same in every group). */
  readonly p: number;
  /** Groups in data order. */
  readonly groups: readonly FitGroupInput[];
  /** Number of free parameters after equality constraints (lavaan's `npar`). */
  readonly npar: number;
  /** Model likelihood-ratio χ² (= 2·N·F_ML). */
  readonly chisq: number;
  /** Model degrees of freedom. */
  readonly df: number;
  /** Whether the model has a mean structure (means/intercepts modelled). */
  readonly meanstructure: boolean;
  /** Baseline (independence) model χ²₀. */
  readonly baselineChisq: number;
  /** Baseline model degrees of freedom df₀. */
  readonly baselineDf: number;
  /**
   * Log-likelihoods of the model (h0) and the unrestricted model (h1) when they are not the
   * complete-data normal ones computed from the moments (FIML: casewise likelihoods).
   */
  readonly logLikelihood?: { readonly h0: number; readonly h1: number };
  /**
   * 0-based indices of fixed exogenous covariates (lavaan's fixed.x): the log-likelihoods are conditional
   * on them (the marginal normal log-likelihood of the x at their sample moments is subtracted) and GFI
   * gives their own moments zero weight, as lavaan.
   */
  readonly exogenous?: readonly number[];
  /** RMSEA confidence level (default 0.90). */
  readonly rmseaCiLevel?: number;
  /** RMSEA under H₀ of the close-fit test (default 0.05). */
  readonly rmseaCloseH0?: number;
  /** RMSEA under H₀ of the not-close-fit test (default 0.08). */
  readonly rmseaNotCloseH0?: number;
}

/** A residual-based root mean square for one group, with and without the mean residuals. */
export interface ResidualRms {
  /** Over covariances and (with a mean structure) means; equals `nomean` without one. */
  readonly total: number;
  /** Over the covariance part only. */
  readonly nomean: number;
}

/** Baseline (independence) model test statistic. */
export interface BaselineChisq {
  readonly chisq: number;
  readonly df: number;
}
