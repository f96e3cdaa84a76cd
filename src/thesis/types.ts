import type { Lang } from "../i18n/labels.ts";
import { optionKeys } from "../options/optionKeys.ts";

/** A display name in each report language; a plain string is used for every language. */
export type LocalizedText = string | Readonly<Partial<Record<Lang, string>>>;

/** One construct (latent variable) and its items. */
export interface ConstructConfig {
  readonly name: string;
  readonly label?: LocalizedText;
  readonly items: readonly string[];
}

/** Expected sign of an effect. */
export type Sign = "+" | "-";

/** A hypothesis: a direct path, an indirect effect through mediators, or a moderation (interaction). */
export type HypothesisConfig =
  | { readonly id: string; readonly type?: "path"; readonly from: string; readonly to: string; readonly sign?: Sign }
  | { readonly id: string; readonly type: "indirect"; readonly from: string; readonly through: readonly string[]; readonly to: string; readonly sign?: Sign }
  | { readonly id: string; readonly type: "moderation"; readonly from: string; readonly moderator: string; readonly to: string; readonly sign?: Sign };

/** Estimation settings of a model step. */
export interface EstimationConfig {
  /** "ML" or "MLR" (default "MLR"). */
  readonly estimator: "ML" | "MLR";
  /** "fiml" (full-information ML, default) or "listwise". */
  readonly missing: "fiml" | "ml.x" | "listwise";
}

/**
 * The analysis configuration (what `data/loyalty_analysis.json` holds): constructs, items, reverse-coded items,
 * response scale, background variables, grouping variable, hypotheses and the settings of each step.
 */
export interface ThesisConfig {
  readonly title?: LocalizedText;
  readonly constructs: readonly ConstructConfig[];
  /** Items to reverse-code as min + max − x before every analysis. */
  readonly reverse: readonly string[];
  /** Likert response scale, e.g. { min: 1, max: 5 }. */
  readonly scale: { readonly min: number; readonly max: number };
  /** True when the analysis config declared no scale: `thesisAnalysis` then uses the items' observed range. */
  readonly scaleInferred?: boolean;
  /** Labels of the response categories, lowest first. */
  readonly scaleLabels?: Readonly<Partial<Record<Lang, readonly string[]>>>;
  /** Background variables of the sample profile (text or numeric columns). */
  readonly demographics: readonly string[];
  /** Grouping variable for measurement invariance (omit to skip). */
  readonly group?: string;
  /** Extra missing-value codes in the data file. */
  readonly missingCodes?: readonly string[];
  /** Hypotheses; the structural paths are the "path" hypotheses plus `paths`. */
  readonly hypotheses: readonly HypothesisConfig[];
  /** Further structural paths (outcome ~ predictor) that are not hypotheses. */
  readonly paths?: readonly { readonly from: string; readonly to: string }[];
  /** A full lavaan model; when given, the measurement and structural models are taken from it. */
  readonly model?: string;
  readonly estimation: EstimationConfig;
  /** Invariance-step estimation (default: as `estimation`). */
  readonly invarianceEstimation?: EstimationConfig;
  readonly efa: { readonly fm: "minres" | "pa" | "ml"; readonly rotate: "oblimin" | "promax" | "varimax" | "geominQ" | "quartimax" | "none"; readonly nfactors?: number };
  readonly parallel: { readonly iterations: number; readonly seed: number };
  readonly bootstrap: { readonly draws: number; readonly seed: number; readonly type: "percentile" | "bc" | "bca" };
  /** Significance level of the hypothesis decisions (default .05). */
  readonly alpha: number;
  /** "cbsem" (default): the lavaan-style models only; "pls": also a PLS-SEM section (SmartPLS-style tables). */
  readonly method?: "cbsem" | "pls";
}

const ESTIMATION_KEYS = optionKeys<EstimationConfig>({ estimator: true, missing: true });

/** The accepted fields of an analysis configuration (`parseThesisConfig`, `thesisAnalysis`), nested objects included. */
export const THESIS_CONFIG_KEYS = optionKeys<ThesisConfig>({
  title: true, constructs: true, reverse: true, scale: optionKeys<ThesisConfig["scale"]>({ min: true, max: true }), scaleInferred: true, method: true,
  scaleLabels: true, demographics: true, group: true, missingCodes: true, hypotheses: true, paths: true, model: true,
  estimation: ESTIMATION_KEYS, invarianceEstimation: ESTIMATION_KEYS,
  efa: optionKeys<ThesisConfig["efa"]>({ fm: true, rotate: true, nfactors: true }),
  parallel: optionKeys<ThesisConfig["parallel"]>({ iterations: true, seed: true }),
  bootstrap: optionKeys<ThesisConfig["bootstrap"]>({ draws: true, seed: true, type: true }),
  alpha: true,
});

/** The accepted fields of one construct of an analysis configuration. */
export const CONSTRUCT_CONFIG_KEYS = optionKeys<ConstructConfig>({ name: true, label: true, items: true });

/** The accepted fields of one hypothesis of an analysis configuration (of any type). */
export const HYPOTHESIS_CONFIG_KEYS = { names: ["id", "type", "from", "to", "through", "moderator", "sign"], nested: {} } as const;
