import { optionKeys } from "../options/optionKeys.ts";
/** A symmetric construct-by-construct table. */
export interface ConstructMatrix {
  readonly names: readonly string[];
  /** Full k×k matrix as nested arrays (row = construct in `names` order). */
  readonly matrix: readonly (readonly number[])[];
}

/** One threshold check of construct validity. */
export interface ValidityFlag {
  /** "CR" (≥ .70), "AVE" (≥ .50), "HTMT.85" and "HTMT.90" (<), "Fornell-Larcker" (√AVE > |r|). */
  readonly criterion: "CR" | "AVE" | "HTMT.85" | "HTMT.90" | "Fornell-Larcker";
  /** The construct, or the pair of constructs. */
  readonly constructs: readonly string[];
  readonly value: number;
  readonly threshold: number;
  readonly pass: boolean;
  /** One sentence saying what was checked and the outcome. */
  readonly message: string;
}

/** The Fornell–Larcker table: √AVE on the diagonal, latent correlations off the diagonal. */
export interface FornellLarcker extends ConstructMatrix {
  readonly sqrtAve: Readonly<Record<string, number>>;
  /** Whether √AVE of the construct exceeds the absolute value of each of its latent correlations. */
  readonly pass: Readonly<Record<string, boolean>>;
}

/** Construct validity of a measurement model (one group). */
export interface ValidityResult {
  /** Group label ("" for a single-group model). */
  readonly group: string;
  /** Constructs with at least two observed indicators, in model order. */
  readonly constructs: readonly string[];
  /** Indicators of each construct. */
  readonly indicators: Readonly<Record<string, readonly string[]>>;
  /** Composite reliability ω per construct (semTools::compRelSEM defaults). */
  readonly compositeReliability: Readonly<Record<string, number>>;
  /** Average variance extracted per construct (semTools::AVE defaults); NaN when an indicator cross-loads. */
  readonly ave: Readonly<Record<string, number>>;
  /** HTMT2 (geometric means of absolute correlations; semTools::htmt defaults) or HTMT when asked. */
  readonly htmt: ConstructMatrix;
  /** Model-implied latent correlations. */
  readonly latentCorrelations: ConstructMatrix;
  readonly fornellLarcker: FornellLarcker;
  readonly flags: readonly ValidityFlag[];
  /** The fit's warnings (prefixed "fit: ") followed by the validity warnings. */
  readonly warnings: readonly string[];
  /**
   * The fit's inadmissibility warnings (prefixed "fit: "): negative variances, non-positive-definite
   * matrices, non-convergence, too few cases. When not empty, the thresholds are computed from an
   * inadmissible or unreliable solution and no "met" verdict should be read without them.
   */
  readonly problems: readonly string[];
}

/** Options of `validity` and `constructValidity`. */
export interface ValidityOptions {
  /** Group to report (label or 1-based index) of a multiple-group model; default the first group. */
  readonly forGroup?: string | number;
  /** Total variances from the sample (true, semTools default) or from the model (false). */
  readonly obsVar?: boolean;
  /** HTMT2 with geometric means (true, semTools default) or the original arithmetic HTMT (false). */
  readonly htmt2?: boolean;
  /** Absolute correlations for HTMT (semTools default true; always on for HTMT2). */
  readonly absolute?: boolean;
}

/** The accepted keys of `validity()` options. */
export const VALIDITY_OPTION_KEYS = optionKeys<ValidityOptions>({
  forGroup: true, obsVar: true, htmt2: true, absolute: true,
});
