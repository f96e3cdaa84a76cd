import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { alphaFromMatrix } from "./alphaFromMatrix.ts";
import { itemMatrix } from "../data/itemMatrix.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import type { ItemSelection, ReliabilityInput } from "../data/itemMatrix.ts";
import type { AlphaResult } from "./types.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { checkSeed } from "../random/checkSeed.ts";
import { describeValue } from "../text/describeValue.ts";

/** Options of {@link alpha}. */
export interface AlphaOptions extends ItemSelection {
  /**
   * Reverse items that load negatively on the first principal component (psych `check.keys`);
   * the result's `reversed` and `warnings` say which. Default false: such items are only reported.
   */
  readonly checkKeys?: boolean;
  /** Bootstrap resamples for a percentile CI of α (default 0 = none). */
  readonly nBoot?: number;
  /** Seed of the bootstrap (default 1). */
  readonly seed?: number;
}

/** The accepted keys of `alpha()` options. */
export const ALPHA_OPTION_KEYS = optionKeys<AlphaOptions>({
  items: true, reverse: true, scale: SCALE_OPTION_KEYS, missing: true, checkKeys: true, nBoot: true, seed: true,
});

/**
 * Cronbach's α with psych's full item analysis, matching psych 2.2.9 `alpha()` with its default
 * pairwise handling of missing values: totals (raw and standardized α, Guttman's λ6(smc), average
 * and median inter-item r, S/N, asymptotic SE, score mean and SD), α if each item is dropped,
 * item statistics (n, raw.r, std.r, r.cor, r.drop, mean, sd), Feldt's 95% CI and, on request, a
 * seeded percentile bootstrap CI.
 * Formulas: Cronbach (1951, eq. 2); Guttman (1945) λ6; Duhachek & Iacobucci (2004) SE;
 * Feldt, Woodruff & Salih (1987) CI; psych `alpha` (Revelle 2022) for the item statistics.
 *
 * @param input a Dataset, CSV text, row objects, columns, danfo/arquero table, or a numeric matrix
 *   (`{ data, n, p, names? }` row-major with NaN for missing, or an array of rows)
 * @param options `items` (names or patterns like `"sq*"`), `reverse`, `scale`, `checkKeys`, `nBoot`, `seed`, `missing`
 * @returns the full result; `warnings` names items that correlate negatively with the first component
 * @throws UnknownColumnError for an unknown item; DataError for text items or fewer than 2 items with
 *   variance; OptionError for bad `nBoot`, `scale` or `reverse`
 * @example
 * const res = alpha(csvText, { items: "tru*", reverse: ["tru4"], scale: { min: 1, max: 5 } });
 * res.total.rawAlpha; // 0.809 for the loyalty survey
 */
export function alpha(input: ReliabilityInput, options: AlphaOptions = {}): AlphaResult {
  checkOptionsObject("alpha", options);
  options = checkOptionKeys("alpha", options, ALPHA_OPTION_KEYS);
  if (options.seed !== undefined) checkSeed("alpha", options.seed);
  if (options.checkKeys !== undefined && typeof options.checkKeys !== "boolean") {
    throw new OptionError(message.optionType("checkKeys", "true or false", describeValue(options.checkKeys)));
  }
  const nBoot = options.nBoot ?? 0;
  if (!Number.isInteger(nBoot) || nBoot < 0) throw new OptionError(message.alphaBadBoot(nBoot));
  const m = itemMatrix(input, options);
  const result = alphaFromMatrix(m.data, m.n, m.p, m.names, {
    checkKeys: options.checkKeys === true,
    ...(options.scale !== undefined ? { scale: options.scale } : {}),
    reversed: m.reversed,
    nBoot,
    seed: options.seed ?? 1,
  });
  return m.warnings.length === 0 ? result : { ...result, warnings: [...m.warnings, ...result.warnings] };
}
