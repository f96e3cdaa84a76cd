import type { DataInput } from "../data/toDataset.ts";
import type { Dataset } from "../data/types.ts";
import type { SemOptions } from "./types.ts";
import { toDataset } from "../data/toDataset.ts";
import { reverseCode } from "../data/reverseCode.ts";

/**
 * The data stage of `sem()`: read any accepted input into a Dataset, with the extra missing-value codes
 * (`missingCodes`) turned into missing values, then reverse-code the `reverse` items on `scale`.
 * @param data CSV text, row objects, an object of columns, a Dataset, or a DataFrame-like object
 * @param options missingCodes, reverse and scale (as `sem()` and the analyses take them)
 * @returns the data set the model is fitted to
 * @throws DataError for unreadable data or a reversed value outside the scale
 * @example
 * prepareDataset("a,b\n1,2\n3,-99", { missingCodes: ["-99"] }).columns.get("b");
 */
export function prepareDataset(data: DataInput, options: Pick<SemOptions, "missingCodes" | "reverse" | "scale">): Dataset {
  const ds = toDataset(data, options.missingCodes === undefined ? {} : { missing: options.missingCodes });
  return options.reverse !== undefined && options.reverse.length > 0 ? reverseCode(ds, options.reverse, options.scale) : ds;
}
