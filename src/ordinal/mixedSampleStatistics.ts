import { DataError, OptionError } from "../errors.ts";
import { checkArg } from "../options/checkArg.ts";
import { describeValue } from "../text/describeValue.ts";
import { message } from "../messages.ts";
import { ordinalLevels } from "./ordinalLevels.ts";
import { mixedGroupStatistics, type MixedGroupStatistics } from "./mixedGroupStatistics.ts";
import type { OrdinalGroups, OrdinalSampleStatistics } from "./types.ts";

/** Two-step statistics of ordinal and continuous variables in every group (top level: the first group). */
export interface MixedSampleStatistics extends OrdinalSampleStatistics, MixedGroupStatistics {
  /** 1 for a continuous variable, 0 for an ordinal one */
  readonly numeric: Uint8Array;
  /** number of continuous variables (their variances follow the nth thresholds and −means in wlsObs) */
  readonly nnum: number;
  readonly groups: MixedGroupStatistics[];
}

/**
 * Sample statistics for WLSMV when some indicators are ordinal and some continuous, as lavaan 0.6-14 computes
 * them for `sem(..., ordered = c(...), estimator = "WLSMV")` without covariates: per group, thresholds of the
 * ordinal variables and means and variances of the continuous ones, polychoric / polyserial / Pearson
 * correlations (two-step), and lavaan's WLS.obs = (thresholds and −means in variable order, variances of the
 * continuous variables, covariances ρ_ij σ_i σ_j in vech order without the diagonal) with its NACOV Γ
 * (Muthén 1984) and DWLS weights 1/diag(Γ). Categories of an ordinal variable are its sorted distinct values
 * over all rows; every category must occur in every group. `nth` counts the thresholds and means together
 * (lavaan's th.idx, 0 for a continuous variable), and `thresholdNames` names a mean by its variable.
 *
 * Source: Muthén (1984), Psychometrika 49, 115–132; Olsson, Drasgow & Dorans (1982), Psychometrika 47,
 * 337–347 (polyserial); lavaan 0.6-14 (Rosseel 2012) lav_samplestats_from_data, muthen1984().
 * @param data row-major n×p values; complete (no NaN)
 * @param n rows
 * @param p variables
 * @param names variable names
 * @param numeric 1 for each continuous variable, 0 for each ordinal one
 * @param groups optional group membership (0-based index per row) and the group labels
 * @returns statistics per group and warnings
 * @throws OptionError for arguments of the wrong type; DataError for a missing or infinite value of an ordinal variable (column, row), an ordinal variable
 *   with one category or more than 15, a category empty in one group, a group with fewer than 2 rows,
 *   or bad dimensions
 * @example
 * const s = mixedSampleStatistics(x, 430, 7, names, Uint8Array.of(0, 0, 0, 0, 1, 1, 1));
 * s.wlsObs; // 16 thresholds and 3 −means, 3 variances, 21 covariances
 */
export function mixedSampleStatistics(
  data: Float64Array, n: number, p: number, names: readonly string[], numeric: Uint8Array, groups?: OrdinalGroups,
): MixedSampleStatistics {
  checkArg("mixedSampleStatistics", "data", data, "float64");
  checkArg("mixedSampleStatistics", "n", n, "number");
  checkArg("mixedSampleStatistics", "p", p, "number");
  checkArg("mixedSampleStatistics", "names", names, "names");
  if (!(numeric instanceof Uint8Array)) {
    throw new OptionError(message.argType("mixedSampleStatistics", "numeric", "a Uint8Array (1 continuous, 0 ordinal)", describeValue(numeric)));
  }
  checkArg("mixedSampleStatistics", "groups", groups, "object", true);
  if (data.length !== n * p) throw new DataError(message.dataBadDimensions(data.length, n, p));
  if (numeric.length !== p) throw new DataError(message.mixedNumericLength(numeric.length, p));
  if (names.length !== p) throw new DataError(message.ordinalNamesLength(names.length, p));
  if (p < 2) throw new DataError(message.ordinalTooFewVariables(p));
  const warnings: string[] = [];
  const ordIdx: number[] = [];
  for (let v = 0; v < p; v++) if (!numeric[v]) ordIdx.push(v);
  const po = ordIdx.length;
  const sub = new Float64Array(n * po);
  for (let r = 0; r < n; r++) for (let k = 0; k < po; k++) sub[r * po + k] = data[r * p + ordIdx[k]!]!;
  const coding = ordinalLevels(sub, n, po, ordIdx.map((v) => names[v]!));
  if (coding.manyCategories.length > 0) warnings.push(message.ordinalManyCategories(coding.manyCategories));
  const codes = new Uint8Array(n * p), ncat = new Int32Array(p);
  const levels: Float64Array[] = Array.from({ length: p }, () => new Float64Array(0));
  ordIdx.forEach((v, k) => {
    ncat[v] = coding.ncat[k]!; levels[v] = coding.levels[k]!;
    for (let r = 0; r < n; r++) codes[r * p + v] = coding.codes[r * po + k]!;
  });
  const labels = groups === undefined ? [""] : [...groups.labels];
  const G = labels.length;
  const rowsOf: number[][] = labels.map(() => []);
  if (groups === undefined) for (let r = 0; r < n; r++) rowsOf[0]!.push(r);
  else {
    if (groups.index.length !== n) throw new DataError(message.ordinalGroupsLength(groups.index.length, n));
    for (let r = 0; r < n; r++) {
      const g = groups.index[r]!;
      if (!(Number.isInteger(g) && g >= 0 && g < G)) throw new DataError(message.ordinalBadGroupIndex(r + 1, g, G), { row: r + 1 });
      rowsOf[g]!.push(r);
    }
  }
  const out: MixedGroupStatistics[] = [];
  for (let g = 0; g < G; g++) {
    const rows = rowsOf[g]!, ng = rows.length;
    if (ng < 2) throw new DataError(message.ordinalTooFewRows(labels[g]!, ng));
    let values = data, gcodes = codes;
    if (groups !== undefined) {
      values = new Float64Array(ng * p); gcodes = new Uint8Array(ng * p);
      rows.forEach((r, s) => { values.set(data.subarray(r * p, r * p + p), s * p); gcodes.set(codes.subarray(r * p, r * p + p), s * p); });
      for (const v of ordIdx) {
        const counts = new Array<number>(ncat[v]!).fill(0);
        for (let s = 0; s < ng; s++) counts[gcodes[s * p + v]!]!++;
        const empty = levels[v]!.filter((_, k) => counts[k] === 0);
        if (empty.length > 0) throw new DataError(message.ordinalEmptyCategory(names[v]!, labels[g]!, Array.from(empty), counts), { column: names[v]! });
      }
    }
    out.push(mixedGroupStatistics({ n: ng, p, values, codes: gcodes, numeric, ncat }, names, labels[g]!, warnings));
  }
  const thresholdNames: string[] = [];
  const wlsObsNames: string[] = [];
  for (let v = 0; v < p; v++) {
    if (numeric[v]) { thresholdNames.push(names[v]!); wlsObsNames.push(`${names[v]}~1`); continue; }
    for (let k = 1; k < ncat[v]!; k++) { thresholdNames.push(`${names[v]}|t${k}`); wlsObsNames.push(`${names[v]}|t${k}`); }
  }
  let nnum = 0;
  for (let v = 0; v < p; v++) if (numeric[v]) { nnum++; wlsObsNames.push(`${names[v]}~~${names[v]}`); }
  for (let j = 0; j < p - 1; j++) for (let i = j + 1; i < p; i++) wlsObsNames.push(`${names[i]}~~${names[j]}`);
  return {
    ...out[0]!,
    names: [...names], levels, ncat, thresholdNames, wlsObsNames, nth: thresholdNames.length,
    groupLabels: labels, groups: out, warnings, numeric, nnum,
  };
}
