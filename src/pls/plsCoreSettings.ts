import type { PlsSpec } from "./types.ts";
import type { PlsLayout } from "./plsLayout.ts";
import type { PlsCoreSettings } from "./plsCore.ts";
import type { PlsSettings } from "./plsSettings.ts";

/**
 * The per-estimation settings of {@link plsCore}: scheme and stop rule, the constructs PLSc treats as common
 * factors (the `=~` constructs that are not interactions), and, for seminr's raw interaction scaling, the score
 * scale of an interaction: Σ sd(item)·|λ| / Σ|λ| over its raw product indicator(s).
 * Source: seminr 2.3.2 `R/library.R` (`adjust_interaction`), `R/feature_consistent.R`.
 * @param spec - the model
 * @param layout - its layout
 * @param settings - the model's settings
 * @param n - sample size
 * @param itemSd - raw SD of every item (layout order); only read for raw-scaled interactions
 * @returns the core settings
 * @throws nothing
 * @example
 * plsCore(r, layout, plsCoreSettings(spec, layout, settings, n, sd));
 */
export function plsCoreSettings(spec: PlsSpec, layout: PlsLayout, settings: PlsSettings, n: number, itemSd: Float64Array | null): PlsCoreSettings {
  const isInteraction = spec.constructs.map((c) => c.interaction !== undefined);
  const raw = settings.interactionScale === "raw" && isInteraction.some((v) => v) && itemSd !== null;
  return {
    scheme: settings.scheme,
    maxIt: settings.maxIt,
    stopCriterion: settings.stopCriterion,
    n,
    consistent: settings.consistent ? spec.constructs.map((c, k) => c.mode === "A" && !(isInteraction[k] as boolean)) : [],
    ...(raw
      ? {
          scoreScale: (loadings: Float64Array, k: number): number => {
            if (!(isInteraction[k] as boolean)) return 1;
            let num = 0, den = 0;
            for (let a = layout.blockStart[k] as number; a < (layout.blockStart[k + 1] as number); a++) {
              num += (itemSd[a] as number) * Math.abs(loadings[a] as number);
              den += Math.abs(loadings[a] as number);
            }
            return num / den;
          },
        }
      : {}),
  };
}
