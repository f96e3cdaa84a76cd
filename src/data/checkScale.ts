import type { NumericMatrix } from "./numericMatrix.ts";
import type { Scale } from "./reverseCode.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * Checks that every observed value lies on the declared response scale (e.g. 1–5), whether or not the items are
 * reverse-coded: a typo such as 55, or a missing-value code such as −99 left in an item, would otherwise flow
 * into the analysis as a number. Missing values (NaN) are skipped.
 * @param X - the items (missing values as NaN); `X.rows` gives the 1-based data rows in messages
 * @param scale - the declared scale, finite min < max (checked by the caller)
 * @throws DataError naming the first offending column, row and value, how many more values in that column lie
 *   outside the scale, and (for a negative or all-nines value) the `missingCodes` option
 * @example
 * checkScale(numericMatrix(ds, ["sat1", "sat2"]), { min: 1, max: 5 }); // throws for a 55 in sat2
 */
export function checkScale(X: NumericMatrix, scale: Scale): void {
  for (let j = 0; j < X.p; j++) {
    let first = -1, more = 0;
    for (let i = 0; i < X.n; i++) {
      const x = X.data[i * X.p + j]!;
      if (x < scale.min || x > scale.max) {
        if (first < 0) first = i;
        else more++;
      }
    }
    if (first < 0) continue;
    const column = X.names[j]!;
    const value = X.data[first * X.p + j]!;
    const row = X.rows[first]! + 1;
    let text = message.dataOutOfScale(column, row, value, scale.min, scale.max);
    if (value < 0 || /^9+$/.test(String(Math.abs(value)))) text += message.dataOutOfScaleHint(value);
    if (more > 0) text += `; ${message.dataMoreOutOfScale(column, more)}`;
    throw new DataError(text, { column, row });
  }
}
