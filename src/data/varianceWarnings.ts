import type { Dataset } from "./types.ts";
import { numericColumn } from "./numericColumn.ts";
import { message } from "../messages.ts";

/**
 * lavaan's two variance checks on the observed variables (`lav_data_full`, lavaan 0.6-14): a warning when the
 * largest variance is more than 1000 times the smallest, and one when a variance exceeds 1 000 000. Both usually
 * mean a missing-value code (−99, 999), a typo (`1e3` for 1) or variables on very different scales, which slow or
 * stop the optimizer. Variances are R's `var(x, na.rm = TRUE)` (denominator n − 1) over every row with a value,
 * as lavaan's `varTable()` computes them; columns with fewer than two values are skipped.
 * @param ds - the data set
 * @param names - the observed variables to check (lavaan leaves the exogenous covariates out)
 * @returns zero, one or two warnings; the ratio warning names both columns, their variances and the ratio
 * @example
 * varianceWarnings(ds, ["income", "sat1"]) // ["some observed variances are (at least) a factor 1000 …"]
 */
export function varianceWarnings(ds: Dataset, names: readonly string[]): string[] {
  const p = names.length, n = ds.n;
  const count = new Float64Array(p), ss = new Float64Array(p);
  // one pass over each column, with sums shifted by its first value (which keeps the cancellation small)
  for (let j = 0; j < p; j++) {
    const column = numericColumn(ds, names[j]!);
    let k = 0, shift = NaN, s1 = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = column[i]!;
      if (x !== x) continue;
      if (k++ === 0) shift = x;
      const d = x - shift;
      s1 += d; s2 += d * d;
    }
    count[j] = k; ss[j] = k > 0 ? Math.max(0, s2 - (s1 * s1) / k) : 0;
  }
  let big = -1, small = -1, bigVar = -Infinity, smallVar = Infinity;
  for (let j = 0; j < p; j++) {
    if (count[j]! < 2) continue;
    const v = ss[j]! / (count[j]! - 1);
    if (v > bigVar) { bigVar = v; big = j; }
    if (v < smallVar) { smallVar = v; small = j; }
  }
  const out: string[] = [];
  if (big < 0) return out;
  if (bigVar / smallVar > 1000) out.push(message.dataVarianceRatio(names[big]!, bigVar, names[small]!, smallVar));
  if (bigVar > 1e6) out.push(message.dataLargeVariance(names[big]!, bigVar));
  return out;
}
