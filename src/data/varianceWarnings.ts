import type { NumericMatrix } from "./numericMatrix.ts";
import { message } from "../messages.ts";

/**
 * lavaan's two variance checks on the observed variables (`lav_data_full`, lavaan 0.6-14): a warning when the
 * largest variance is more than 1000 times the smallest, and one when a variance exceeds 1 000 000. Both usually
 * mean a missing-value code (−99, 999), a typo (`1e3` for 1) or variables on very different scales, which slow or
 * stop the optimizer. Variances are R's `var(x, na.rm = TRUE)` (denominator n − 1) over every row with a value,
 * as lavaan's `varTable()` computes them; columns with fewer than two values are skipped.
 * @param X - the observed variables (exogenous covariates left out, as lavaan does), missing values as NaN
 * @returns zero, one or two warnings; the ratio warning names both columns, their variances and the ratio
 * @example
 * varianceWarnings(numericMatrix(ds, ["income", "sat1"])) // ["some observed variances are (at least) a factor 1000 …"]
 */
export function varianceWarnings(X: NumericMatrix): string[] {
  let big = -1, small = -1, bigVar = -Infinity, smallVar = Infinity;
  for (let j = 0; j < X.p; j++) {
    let n = 0, mean = 0, m2 = 0;
    for (let i = 0; i < X.n; i++) {
      const x = X.data[i * X.p + j]!;
      if (Number.isNaN(x)) continue;
      n++;
      const d = x - mean; // Welford (1962)
      mean += d / n;
      m2 += d * (x - mean);
    }
    if (n < 2) continue;
    const v = m2 / (n - 1);
    if (v > bigVar) { bigVar = v; big = j; }
    if (v < smallVar) { smallVar = v; small = j; }
  }
  const out: string[] = [];
  if (big < 0) return out;
  if (bigVar / smallVar > 1000) out.push(message.dataVarianceRatio(X.names[big]!, bigVar, X.names[small]!, smallVar));
  if (bigVar > 1e6) out.push(message.dataLargeVariance(X.names[big]!, bigVar));
  return out;
}
