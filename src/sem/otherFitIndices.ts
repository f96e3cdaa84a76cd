/** The AMOS-style indices of the "Other Fit Indices" block: fitMeasures() key and lavaan's printed name. */
const OTHER: readonly (readonly [string, string])[] = [
  ["cmin_df", "Chi-square / df (CMIN/DF)"],
  ["gfi", "Goodness of Fit Index (GFI)"],
  ["agfi", "Adjusted Goodness of Fit Index (AGFI)"],
  ["pgfi", "Parsimony Goodness of Fit Index (PGFI)"],
  ["nfi", "Bentler-Bonett Normed Fit Index (NFI)"],
  ["ifi", "Bollen's Incremental Fit Index (IFI)"],
  ["pnfi", "Parsimony Normed Fit Index (PNFI)"],
];

/**
 * The "Other Fit Indices" block of the text summary: χ²/df (AMOS's CMIN/DF), GFI, AGFI, PGFI, NFI, IFI and
 * PNFI with lavaan's names for them (`summary(fit, fit.measures = "all")`), so that every index AMOS users report
 * is in the text output (CFI, TLI, RMSEA with its CI and SRMR stand in lavaan's blocks above it). With a mean
 * structure lavaan's GFI, AGFI and PGFI count the means among the sample moments; a note says so.
 * Source: lavaan 0.6-14 lav_fit_gfi.R and lav_fit_other.R; Arbuckle, IBM SPSS Amos User's Guide (CMIN/DF).
 * @param fm the fitMeasures() record
 * @param meanStructure whether the model has a mean structure (means and intercepts)
 * @returns the block's lines (empty when no index is finite)
 * @throws never
 * @example otherFitIndices(fit.fitMeasures(), false).join("\n");
 */
export function otherFitIndices(fm: Readonly<Record<string, number>>, meanStructure: boolean): string[] {
  const rows = OTHER.filter(([k]) => Number.isFinite(fm[k])).map(([k, name]) => `  ${name.padEnd(40)}${fm[k]!.toFixed(3).padStart(12)}`);
  if (rows.length === 0) return [];
  const gfi = Number.isFinite(fm["gfi"]);
  return ["Other Fit Indices:", "", ...rows, ...(meanStructure && gfi ? ["", "  GFI, AGFI and PGFI include the means (mean structure), as lavaan computes them"] : [])];
}
