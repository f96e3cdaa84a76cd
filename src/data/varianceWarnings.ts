import type { NumericMatrix } from "./numericMatrix.ts";
import { message } from "../messages.ts";

/**
 * lavaan's two variance checks on the observed variables (`lav_data_full`, lavaan 0.6-14): a warning when the
 * largest variance is more than 1000 times the smallest, and one when a variance exceeds 1 000 000. Both usually
 * mean a missing-value code (−99, 999), a typo (`1e3` for 1) or variables on very different scales, which slow or
 * stop the optimizer. Variances are R's `var(x, na.rm = TRUE)` (denominator n − 1) over every row with a value,
 * as lavaan's `varTable()` computes them; columns with fewer than two values are skipped.
 * @param X - the observed variables, missing values as NaN
 * @param columns - the columns to check (default all); lavaan leaves the exogenous covariates out
 * @returns zero, one or two warnings; the ratio warning names both columns, their variances and the ratio
 * @example
 * varianceWarnings(numericMatrix(ds, ["income", "sat1"])) // ["some observed variances are (at least) a factor 1000 …"]
 */
export function varianceWarnings(X: NumericMatrix, columns?: readonly number[]): string[] {
  const { n, p, data } = X;
  // two passes over the rows (means, then squared deviations), every column at once
  const count = new Float64Array(p), sum = new Float64Array(p), ss = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let j = 0; j < p; j++) { const x = data[row + j]!; if (x === x) { count[j]!++; sum[j]! += x; } }
  }
  for (let j = 0; j < p; j++) sum[j] = sum[j]! / count[j]!;
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let j = 0; j < p; j++) { const d = data[row + j]! - sum[j]!; if (d === d) ss[j]! += d * d; }
  }
  let big = -1, small = -1, bigVar = -Infinity, smallVar = Infinity;
  for (let k = 0, m = columns?.length ?? p; k < m; k++) {
    const j = columns === undefined ? k : columns[k]!;
    if (count[j]! < 2) continue;
    const v = ss[j]! / (count[j]! - 1);
    if (v > bigVar) { bigVar = v; big = j; }
    if (v < smallVar) { smallVar = v; small = j; }
  }
  const out: string[] = [];
  if (big < 0) return out;
  if (bigVar / smallVar > 1000) out.push(message.dataVarianceRatio(X.names[big]!, bigVar, X.names[small]!, smallVar));
  if (bigVar > 1e6) out.push(message.dataLargeVariance(X.names[big]!, bigVar));
  return out;
}
