import type { Dataset } from "../data/types.ts";
import { selectItems } from "../data/selectItems.ts";
import { checkArg } from "../options/checkArg.ts";

/** Frequencies of one background variable. */
export interface ProfileVariable {
  readonly name: string;
  /** Categories in natural order (numbers numerically, text alphabetically with digits compared as numbers). */
  readonly categories: readonly { readonly value: string; readonly n: number; readonly percent: number }[];
  /** Rows with no value. */
  readonly missing: number;
  /** All rows (the percentage base, as in a thesis sample table). */
  readonly total: number;
}

const collator = new Intl.Collator("en", { numeric: true });

/**
 * Frequencies and percentages of the background variables (gender, age group, platform, …) over all rows,
 * the sample-profile table of a thesis.
 * @param ds the data set
 * @param names background columns (text or numeric)
 * @returns one entry per column; percentages of all rows, missing counted separately
 * @throws UnknownColumnError for a column not in the data; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example sampleProfile(ds, ["gender"])[0].categories; // [{ value: "female", n: 240, percent: 50 }, …]
 */
export function sampleProfile(ds: Dataset, names: readonly string[]): ProfileVariable[] {
  checkArg("sampleProfile", "ds", ds, "dataset");
  checkArg("sampleProfile", "names", names, "names");
  if (names.length > 0) selectItems(ds, names);
  return names.map((name) => {
    const col = ds.columns.get(name)!;
    const counts = new Map<string, number>();
    let missing = 0;
    for (let i = 0; i < ds.n; i++) {
      const v = col.kind === "numeric" ? (Number.isNaN(col.values[i]!) ? null : String(col.values[i])) : col.values[i] ?? null;
      if (v === null || v === "") { missing++; continue; }
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const categories = [...counts].sort((a, b) => collator.compare(a[0], b[0]))
      .map(([value, n]) => ({ value, n, percent: (100 * n) / ds.n }));
    return { name, categories, missing, total: ds.n };
  });
}
