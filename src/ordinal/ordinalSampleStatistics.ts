import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { ordinalLevels } from "./ordinalLevels.ts";
import { ordinalGroupStatistics } from "./ordinalGroupStatistics.ts";
import type { OrdinalGroups, OrdinalGroupStatistics, OrdinalSampleStatistics } from "./types.ts";

/**
 * Ordinal sample statistics for WLSMV, exactly as lavaan 0.6-14 computes them for
 * `sem(..., ordered = TRUE, estimator = "WLSMV")` without covariates: per group, the thresholds of every
 * variable (probit of the cumulative proportions), the polychoric correlations (two-step ML; tetrachoric for
 * binary pairs), lavaan's WLS.obs vector (thresholds, then correlations in vech order), its asymptotic
 * covariance Γ (NACOV, N-scaled) from Muthén's (1984) casewise scores, and the DWLS weights 1/diag(Γ).
 * Categories are the sorted distinct values of each variable over all rows; every category must occur in
 * every group.
 *
 * Source: Olsson (1979), Psychometrika 44, 443–460; Muthén (1984), Psychometrika 49, 115–132;
 * lavaan 0.6-14 (Rosseel 2012) lav_samplestats_from_data, muthen1984(): NACOV = N · WLS.W, WLS.VD = 1/diag(NACOV).
 * @param data row-major n×p values of the ordered variables; complete (no NaN)
 * @param n rows
 * @param p variables
 * @param names variable names (for threshold names and messages)
 * @param groups optional group membership: a 0-based group index per row and the group labels
 * @returns statistics per group (top-level fields are those of the first group) and warnings
 * @throws OptionError for arguments of the wrong type; DataError for a missing or infinite value (column, row),
 *   a variable with one category or more than 15, a category that is empty in one group (column), bad dimensions
 *   or a bad group index (row)
 * @example
 * const s = ordinalSampleStatistics(x, 386, 15, names);
 * s.wlsObs; // 60 thresholds, then 105 polychoric correlations
 * s.gamma;  // 165 × 165 NACOV; s.wlsVdiag = 1 / diag(gamma)
 */
export function ordinalSampleStatistics(
  data: Float64Array, n: number, p: number, names: readonly string[], groups?: OrdinalGroups,
): OrdinalSampleStatistics {
  checkArg("ordinalSampleStatistics", "data", data, "float64");
  checkArg("ordinalSampleStatistics", "n", n, "number");
  checkArg("ordinalSampleStatistics", "p", p, "number");
  checkArg("ordinalSampleStatistics", "names", names, "names");
  checkArg("ordinalSampleStatistics", "groups", groups, "object", true);
  if (data.length !== n * p) throw new DataError(message.dataBadDimensions(data.length, n, p));
  if (names.length !== p) throw new DataError(message.ordinalNamesLength(names.length, p));
  if (p < 2) throw new DataError(message.ordinalTooFewVariables(p));
  const warnings: string[] = [];
  const coding = ordinalLevels(data, n, p, names);
  if (coding.manyCategories.length > 0) warnings.push(message.ordinalManyCategories(coding.manyCategories));
  const labels = groups === undefined ? [""] : [...groups.labels];
  const G = labels.length;
  const rowsOf: number[][] = labels.map(() => []);
  if (groups === undefined) {
    for (let r = 0; r < n; r++) rowsOf[0]!.push(r);
  } else {
    if (groups.index.length !== n) throw new DataError(message.ordinalGroupsLength(groups.index.length, n));
    for (let r = 0; r < n; r++) {
      const g = groups.index[r]!;
      if (!(Number.isInteger(g) && g >= 0 && g < G)) throw new DataError(message.ordinalBadGroupIndex(r + 1, g, G), { row: r + 1 });
      rowsOf[g]!.push(r);
    }
  }
  const out: OrdinalGroupStatistics[] = [];
  for (let g = 0; g < G; g++) {
    const rows = rowsOf[g]!;
    const ng = rows.length;
    if (ng < 2) throw new DataError(message.ordinalTooFewRows(labels[g]!, ng));
    let codes = coding.codes;
    if (groups !== undefined) {
      codes = new Uint8Array(ng * p);
      for (let s = 0; s < ng; s++) codes.set(coding.codes.subarray(rows[s]! * p, rows[s]! * p + p), s * p);
      checkCategories(codes, ng, p, coding.ncat, coding.levels, names, labels[g]!);
    }
    out.push(ordinalGroupStatistics(codes, ng, p, coding.ncat, names, labels[g]!, warnings));
  }
  const thresholdNames: string[] = [];
  for (let v = 0; v < p; v++) for (let k = 1; k < coding.ncat[v]!; k++) thresholdNames.push(`${names[v]}|t${k}`);
  const wlsObsNames = [...thresholdNames];
  for (let j = 0; j < p - 1; j++) for (let i = j + 1; i < p; i++) wlsObsNames.push(`${names[i]}~~${names[j]}`);
  return {
    ...out[0]!,
    names: [...names], levels: coding.levels, ncat: coding.ncat, thresholdNames, wlsObsNames,
    nth: thresholdNames.length, groupLabels: labels, groups: out, warnings,
  };
}

/** Every category of every variable must occur in the group (lavaan: "some categories … are empty in group"). */
function checkCategories(
  codes: Uint8Array, n: number, p: number, ncat: Int32Array, levels: readonly Float64Array[],
  names: readonly string[], label: string,
): void {
  for (let v = 0; v < p; v++) {
    const counts = new Array<number>(ncat[v]!).fill(0);
    for (let r = 0; r < n; r++) counts[codes[r * p + v]!]!++;
    const empty: number[] = [];
    counts.forEach((c, k) => { if (c === 0) empty.push(levels[v]![k]!); });
    if (empty.length > 0) throw new DataError(message.ordinalEmptyCategory(names[v]!, label, empty, counts), { column: names[v]! });
  }
}
