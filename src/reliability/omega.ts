import { covToCor } from "./kernels/covToCor.ts";
import { pairwiseCovariance } from "./kernels/pairwiseCovariance.ts";
import { ITEM_SELECTION_KEYS, itemMatrix } from "../data/itemMatrix.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import type { ItemSelection, ReliabilityInput } from "../data/itemMatrix.ts";
import { omegaFromCorrelation } from "./omegaFromCorrelation.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import type { OmegaResult } from "./types.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/**
 * McDonald's ω total of a scale: a one-factor minres (ULS) fit of the items' correlation matrix
 * (pairwise deletion, R = cov2cor(cov(x, pairwise)) as in psych `alpha`), then
 * ω_t = (Σλ)² / ((Σλ)² + Σψ) on the standardized scale (McDonald 1999, eq. 6.20b).
 *
 * @param input a Dataset, CSV text, row objects, columns, danfo/arquero table, or a numeric matrix
 * @param options `items`, `reverse`, `scale`, `missing` (as for `alpha`)
 * @returns ω, standardized loadings and uniquenesses, and warnings (non-convergence, Heywood cases)
 * @throws UnknownColumnError for an unknown item; DataError for text items, fewer than 2 items or a pair of
 *   items never observed together; OptionError for a bad `reverse` or `scale`
 * @example
 * omega(csvText, { items: "sq*" }).omega; // ≈ 0.82 for the loyalty survey
 */
export function omega(input: ReliabilityInput, options: ItemSelection = {}): OmegaResult {
  checkOptionsObject("omega", options);
  options = checkOptionKeys("omega", options, ITEM_SELECTION_KEYS);
  const m = itemMatrix(input, options);
  if (m.p < 2) throw new DataError(message.alphaTooFewItems(m.p), { column: m.names[0]! });
  const c = pairwiseCovariance(m.data, m.n, m.p);
  for (let a = 0; a < m.p; a++) for (let b = a + 1; b < m.p; b++) {
    if (!Number.isFinite(c[a * m.p + b]!)) throw new DataError(message.alphaNoPairs(m.names[a]!, m.names[b]!), { column: m.names[b]! });
  }
  return omegaFromCorrelation(covToCor(c, m.p), m.p, m.names);
}
