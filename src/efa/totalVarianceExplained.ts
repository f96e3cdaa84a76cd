import type { EfaResult } from "./types.ts";
import type { EfaInput } from "./efaInput.ts";
import { efa, type EfaOptions, EFA_OPTION_KEYS } from "./efa.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Total, % of variance and cumulative % of one component or factor (one cell group of SPSS's table). */
export interface VarianceCells {
  readonly total: number;
  /** Percent of the items' total variance (100 · total / p). */
  readonly percent: number;
  readonly cumulative: number;
}

/** SPSS's "Total Variance Explained" table of an EFA. */
export interface TotalVarianceExplained {
  readonly items: string[];
  /** Initial eigenvalues of the correlation matrix, one row per component (p rows). */
  readonly initial: VarianceCells[];
  /** Extraction sums of squared loadings: the unrotated solution's factors (nfactors rows). */
  readonly extraction: VarianceCells[];
  /**
   * Rotation sums of squared loadings (nfactors rows); for an oblique rotation the factors are correlated and the
   * sums overlap, so SPSS prints the totals only: `percent` and `cumulative` are then NaN.
   */
  readonly rotation: VarianceCells[];
  readonly oblique: boolean;
}

const cells = (totals: readonly number[], p: number, withPercent = true): VarianceCells[] => {
  let cum = 0;
  return totals.map((total) => {
    const percent = withPercent ? (100 * total) / p : Number.NaN;
    cum += percent;
    return { total, percent, cumulative: withPercent ? cum : Number.NaN };
  });
};

/**
 * SPSS's "Total Variance Explained" table: initial eigenvalues of the item correlation matrix with % of variance
 * and cumulative %, the extraction sums of squared loadings of the unrotated factors (for PCA, the first
 * eigenvalues), and the rotation sums of squared loadings (totals only for an oblique rotation, as SPSS).
 * Source: psych 2.2.9 `fa(..., rotate = "none")$Vaccounted` (extraction) and `fa(...)$Vaccounted` (rotation),
 * `fa()$e.values` (initial); IBM SPSS Statistics FACTOR output.
 * @param data the survey data
 * @param options the EFA options (nfactors, fm, rotate, items, reverse, scale, …)
 * @param fitted the rotated solution when it has been computed already (avoids a second fit)
 * @returns the three groups of columns
 * @throws as `efa`
 * @example totalVarianceExplained(ds, { items: "sq*", nfactors: 2 }).extraction[0].percent;
 */
export function totalVarianceExplained(data: EfaInput, options: EfaOptions, fitted?: EfaResult): TotalVarianceExplained {
  checkOptionsObject("totalVarianceExplained", options);
  options = checkOptionKeys("totalVarianceExplained", options, EFA_OPTION_KEYS);
  const rotated = fitted ?? efa(data, options);
  const unrotated = rotated.rotate === "none" ? rotated : efa(data, { ...options, rotate: "none" });
  const p = rotated.items.length;
  const oblique = rotated.phi !== null;
  return {
    items: rotated.items,
    initial: cells(rotated.eigenvalues, p),
    extraction: cells(unrotated.variance.ss, p),
    rotation: cells(rotated.variance.ss, p, !oblique),
    oblique,
  };
}
