import type { PlsResult } from "../pls/types.ts";
import type { PlsPredictResult } from "../pls/plsPredict.ts";
import type { TotalVarianceExplained } from "../efa/totalVarianceExplained.ts";
import type { CommonMethodBiasResult } from "../cmb/commonMethodBias.ts";
import type { DescribeResult } from "../data/describe.ts";
import type { ParallelResult } from "../efa/parallelAnalysis.ts";
import type { EfaResult } from "../efa/types.ts";
import type { SemFit } from "../sem/types.ts";
import type { ValidityResult } from "../validity/types.ts";
import type { ScaleReliability } from "../reliability/types.ts";
import type { ProfileVariable } from "./sampleProfile.ts";
import type { EffectDefinition } from "./effectDefinitions.ts";
import type { ThesisConfig, Sign } from "./types.ts";

/** A step that could not run: why (the error's message). */
export interface Unavailable { readonly available: false; readonly reason: string }

/** The result of one analysis step, or why it is missing. */
export type Step<T> = ({ readonly available: true } & T) | Unavailable;

/** The PLS-SEM step: the model in lavaan syntax, the bootstrapped PLS result and PLSpredict. */
export interface PlsStep {
  readonly model: string;
  readonly fit: PlsResult;
  readonly predict: PlsPredictResult | null;
}

/** One reverse-coded item before and after recoding. */
export interface ReverseCodingRow {
  readonly item: string;
  readonly construct: string;
  readonly meanBefore: number;
  readonly meanAfter: number;
  /** Corrected item–total correlation (psych r.drop) with the item as answered, and recoded. */
  readonly rDropBefore: number;
  readonly rDropAfter: number;
}

/** EFA step: parallel analysis, the solution, and which construct each factor stands for. */
export interface EfaStep {
  readonly parallel: ParallelResult;
  readonly efa: EfaResult;
  /** Construct whose items load highest on each factor (null when none is clear), in factor order. */
  readonly factorConstructs: readonly (string | null)[];
  /** SPSS's "Total Variance Explained" table of the solution (absent in results built by hand). */
  readonly totalVariance?: TotalVarianceExplained;
}

/** A fitted model and its text. */
export interface ModelStep {
  readonly model: string;
  readonly fit: SemFit;
}

/** CFA step: the measurement model and its construct validity. */
export interface CfaStep extends ModelStep {
  readonly validity: Step<{ readonly result: ValidityResult }>;
}

/** Structural step: the model with labelled paths and `:=` effect definitions. */
export interface StructuralStep extends ModelStep {
  readonly effects: readonly EffectDefinition[];
}

/** One direct/indirect/total effect with delta-method and bootstrap inference. */
export interface MediationRow extends EffectDefinition {
  readonly est: number;
  readonly se: number | null;
  readonly z: number | null;
  readonly pvalue: number | null;
  readonly std: number | null;
  /** Bootstrap interval of the configured type (null when the bootstrap did not run). */
  readonly bootLower: number | null;
  readonly bootUpper: number | null;
  readonly bootSe: number | null;
}

/** Mediation step. */
export interface MediationStep {
  readonly rows: readonly MediationRow[];
  readonly bootstrap: Step<{
    readonly draws: number; readonly used: number; readonly seed: number; readonly type: string; readonly nobs: number;
    /** Replicates of each indirect effect (by `:=` name), for the bootstrap chart. */
    readonly replicates: Readonly<Record<string, readonly number[]>>;
    /** Draws that did not converge, were inadmissible, or too few usable draws. */
    readonly warnings: readonly string[];
  }>;
}

/** A regression coefficient: B, SE, z (latent) or t (composite), p, and β when standardized values exist. */
export interface Coefficient {
  readonly term: string;
  readonly b: number;
  readonly se: number;
  readonly t: number;
  readonly pvalue: number;
  readonly std: number | null;
}

/** Moderation of from → to by moderator. */
export interface ModerationStep {
  readonly from: string;
  readonly moderator: string;
  readonly to: string;
  /** "latent": product-indicator latent interaction (`latentInteraction`); "composite": OLS on z-scored item means. */
  readonly method: "latent" | "composite";
  /** Cases used. */
  readonly n: number;
  /** The fitted model (latent method). */
  readonly model: string | null;
  /** Predictor, moderator and interaction (and the intercept for the composite method); the interaction is last. */
  readonly coefficients: readonly Coefficient[];
  /** R² of the outcome. */
  readonly r2: number | null;
  /** Simple slopes at −1, 0, +1 SD of the moderator (level in SD units). */
  readonly slopes: readonly { readonly level: number; readonly intercept: number; readonly slope: number; readonly se: number; readonly t: number; readonly pvalue: number }[];
  /** Johnson–Neyman boundaries in SD units of the moderator (latent method). */
  readonly johnsonNeyman: readonly number[];
  readonly warnings: readonly string[];
  /** Inadmissibility warnings of the latent interaction's fit (empty for the composite method). */
  readonly problems: readonly string[];
}

/** One rung of the invariance ladder. */
export interface ThesisInvarianceRow {
  readonly step: "configural" | "metric" | "scalar" | "strict";
  readonly converged: boolean;
  /** False when the rung's fit is inadmissible or did not converge (see `ThesisInvariance.problems`). */
  readonly admissible: boolean;
  /** χ² (scaled under MLR), df, CFI and RMSEA (robust under MLR), SRMR. */
  readonly chisq: number;
  readonly df: number;
  readonly cfi: number;
  readonly rmsea: number;
  readonly srmr: number;
  /** Difference test against the previous rung (null for configural; Satorra–Bentler 2001 under MLR). */
  readonly deltaChisq: number | null;
  readonly deltaDf: number | null;
  readonly deltaP: number | null;
  readonly deltaCfi: number | null;
  readonly deltaRmsea: number | null;
  readonly deltaSrmr: number | null;
  /** Chen (2007) decision (null for configural, and when this or the previous rung is not admissible). */
  readonly invariant: boolean | null;
}

/** Invariance step. */
export interface ThesisInvariance {
  readonly group: string;
  readonly groups: readonly string[];
  readonly nobs: readonly number[];
  readonly estimator: string;
  /** Which χ² and indices the rows hold: "robust" (scaled χ², robust CFI/RMSEA) or "ML". */
  readonly statistics: "robust" | "ML";
  readonly rows: readonly ThesisInvarianceRow[];
  readonly fits: readonly SemFit[];
  readonly warnings: readonly string[];
  /** The fits' inadmissibility warnings, prefixed with the rung. */
  readonly problems: readonly string[];
}

/** One tested hypothesis. */
export interface HypothesisRow {
  readonly id: string;
  readonly type: "path" | "indirect" | "moderation";
  /** e.g. "SQ → SAT", "SAT → TRU → LOY", "SAT × ALT → LOY". */
  readonly path: string;
  readonly sign: Sign | null;
  /** Standardized estimate (β; std.all; for moderation the standardized interaction). */
  readonly beta: number | null;
  /** z (SEM) or t (regression) statistic. */
  readonly t: number | null;
  readonly pvalue: number | null;
  /** Bootstrap CI of indirect effects. */
  readonly ciLower: number | null;
  readonly ciUpper: number | null;
  /** null when the estimate is unavailable. */
  readonly supported: boolean | null;
  /**
   * Inadmissibility warnings of the fit the decision rests on (the structural model, or the moderation model),
   * prefixed with that model; a decision with problems must be reported together with them.
   */
  readonly problems: readonly string[];
}

/** Everything `thesisAnalysis` computes, in thesis order. */
export interface ThesisResult {
  readonly config: ThesisConfig;
  /** Rows in the data. */
  readonly n: number;
  /** Rows with every item observed. */
  readonly nComplete: number;
  readonly items: readonly string[];
  readonly sample: readonly ProfileVariable[];
  /** Item descriptives after reverse-coding. */
  readonly descriptives: DescribeResult;
  readonly reverseCoding: readonly ReverseCodingRow[];
  readonly reliability: readonly ScaleReliability[];
  readonly efa: Step<EfaStep>;
  readonly cfa: Step<CfaStep>;
  readonly structural: Step<StructuralStep>;
  /** Common-method bias (Harman; latent method factor) of the measurement model; absent in results built by hand. */
  readonly cmb?: Step<{ readonly result: CommonMethodBiasResult }>;
  readonly mediation: Step<MediationStep>;
  readonly moderation: readonly Step<ModerationStep>[];
  readonly invariance: Step<ThesisInvariance>;
  readonly hypotheses: readonly HypothesisRow[];
  /**
   * Inadmissibility warnings of every fit the analysis rests on (CFA, structural model, moderation, invariance),
   * prefixed with the step: negative variances, non-positive-definite matrices, non-convergence, too few cases.
   */
  readonly problems: readonly string[];
  /** PLS-SEM step (config.method "pls"). */
  readonly pls?: Step<PlsStep>;
  /** Milliseconds per step. */
  readonly timings: Readonly<Record<string, number>>;
}
