/**
 * Every user-facing message of semkit lives here, so that wording stays consistent
 * and tests can assert on the same text the library produces.
 * Each module keeps its messages in its own section below.
 */

const q = (s: string): string => JSON.stringify(s);

export const message = {
  // ---- data input -------------------------------------------------------
  // ---- reliability ------------------------------------------------------
  alphaNegativeItems: (items: readonly string[]): string =>
    `Some items (${items.join(" ")}) were negatively correlated with the first principal component and probably ` +
    `should be reversed. To do this, run again with checkKeys: true`,
  alphaItemsReversed: (items: readonly string[]): string =>
    `Some items (${items.join(" ")}) were negatively correlated with the first principal component and were ` +
    `automatically reversed (checkKeys: true)`,
  alphaNoVariance: (item: string): string => `item ${q(item)} has no variance and was left out of the analysis`,
  alphaTooFewItems: (count: number): string =>
    `reliability needs at least 2 items with variance, got ${count}`,
  alphaNoPairs: (a: string, b: string): string =>
    `items ${q(a)} and ${q(b)} are observed together in fewer than 2 rows, so their covariance cannot be computed`,
  alphaReverseNotItem: (name: string): string =>
    `reverse: ${q(name)} is not one of the analysed items`,
  alphaBadBoot: (nBoot: number): string => `nBoot must be a non-negative integer, got ${nBoot}`,
  alphaNoItems: "alpha needs items: give `items` (names or patterns such as \"sq*\") with a data set, or a numeric matrix",
  omegaNotConverged: (iterations: number): string =>
    `the one-factor fit for omega did not converge in ${iterations} iterations; omega may be inaccurate`,
  omegaHeywood: (items: readonly string[]): string =>
    `Heywood case in the one-factor fit for omega: items ${items.join(", ")} have uniqueness at the 0.005 bound`,
  // ---- syntax -----------------------------------------------------------
  // ---- partable / specification ----------------------------------------
  // ---- estimation / inference / fit ------------------------------------
  // ---- efa --------------------------------------------------------------
  // ---- options / cli ----------------------------------------------------
} as const;

export { q as quote };
