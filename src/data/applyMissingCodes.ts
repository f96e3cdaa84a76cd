import type { Column, Dataset } from "./types.ts";
import { makeMissingTest } from "./missingCodes.ts";

/**
 * Turn user missing-value codes into missing values in a data set that is already parsed: a numeric cell equal to
 * a numeric code (`-99`) becomes NaN, a text cell equal to a code (after trimming blanks), `""` or `"NA"` becomes
 * null. Columns without such cells are kept as they are (not copied).
 * @param ds the data set
 * @param codes the missing-value codes, as `missingCodes` / `--missing-codes` give them
 * @param decimal the decimal mark numeric codes are read with (default ".")
 * @returns the data set with the codes missing (the same object when there are no codes)
 * @throws never
 * @example
 * applyMissingCodes(toDataset({ a: [1, -99, 3] }), ["-99"]).columns.get("a"); // values [1, NaN, 3]
 */
export function applyMissingCodes(ds: Dataset, codes: readonly string[], decimal: "." | "," = "."): Dataset {
  if (codes.length === 0) return ds;
  const missing = makeMissingTest(codes, decimal);
  const columns = new Map<string, Column>();
  for (const [name, c] of ds.columns) {
    if (c.kind === "numeric") {
      const hit = c.values.some((x) => !Number.isNaN(x) && missing.number(x));
      columns.set(name, hit ? { kind: "numeric", values: c.values.map((x) => (missing.number(x) ? NaN : x)) } : c);
    } else {
      const hit = c.values.some((x) => x !== null && missing.text(x));
      columns.set(name, hit ? { ...c, values: c.values.map((x) => (x !== null && missing.text(x) ? null : x)) } : c);
    }
  }
  return { ...ds, columns };
}
