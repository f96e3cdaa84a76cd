import type { PlsOptions, PlsScheme } from "./types.ts";
import type { InnerScheme } from "./innerSchemes.ts";
import { INNER_SCHEMES } from "./innerSchemes.ts";

/** Settings shared by every estimation of one model (full sample, bootstrap draws, f² refits). */
export interface PlsSettings {
  readonly scheme: InnerScheme;
  readonly maxIt: number;
  readonly stopCriterion: number;
  readonly consistent: boolean;
  readonly interaction: "twoStage" | "productIndicator";
  readonly interactionScale: "standardized" | "raw";
}

/**
 * The estimation settings of a PLS analysis from its options (also rebuilt inside bootstrap workers, which
 * cannot receive the scheme function): scheme, seminr's stop rule defaults (maxIt 300, stopCriterion 7), PLSc and
 * the interaction approach and scaling.
 * @param schemeName - inner weighting scheme
 * @param options - the PLS options
 * @returns the settings
 * @throws nothing (options are checked by checkPlsOptions)
 * @example
 * plsSettings("path", {}).maxIt; // 300
 */
export function plsSettings(schemeName: PlsScheme, options: PlsOptions): PlsSettings {
  return {
    scheme: INNER_SCHEMES[schemeName],
    maxIt: options.maxIterations ?? 300,
    stopCriterion: options.stopCriterion ?? 7,
    consistent: options.consistent ?? false,
    interaction: options.interaction ?? "twoStage",
    interactionScale: options.interactionScale ?? "standardized",
  };
}
