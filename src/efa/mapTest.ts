import type { EfaInput, EfaItemOptions } from "./efaInput.ts";
import { resolveEfaInput } from "./efaInput.ts";
import { velicerMap } from "./velicerMap.ts";
import type { VelicerMapResult } from "./velicerMap.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of {@link mapTest}. */
export interface MapTestOptions extends EfaItemOptions {
  /** Largest number of components to remove (default min(8, p − 1), as psych::vss). */
  readonly maxFactors?: number;
}

/** The accepted keys of `mapTest()` options. */
export const MAP_TEST_OPTION_KEYS = optionKeys<MapTestOptions>({
  maxFactors: true, items: true, reverse: true, scale: SCALE_OPTION_KEYS, missing: true, n: true,
});

/**
 * Velicer's MAP test on data or a correlation matrix: resolves the items (selection, reverse
 * coding, complete cases) and runs {@link velicerMap}.
 *
 * Source: Velicer (1976), Psychometrika 41; Velicer, Eaton & Fava (2000); psych::vss (Revelle 2022).
 * @param input data (any supported shape) or `{ R, n?, names? }`
 * @param options item selection and maxFactors
 * @returns the MAP sequences and suggested numbers, with the item names
 * @throws DataError / UnknownColumnError for bad data; OptionError for a bad maxFactors; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * mapTest(ds, { items: "sq*,pv*,sat*" }).nfactors;
 */
export function mapTest(input: EfaInput, options: MapTestOptions = {}): VelicerMapResult & { readonly items: string[] } {
  checkOptionsObject("mapTest", options);
  options = checkOptionKeys("mapTest", options, MAP_TEST_OPTION_KEYS);
  const d = resolveEfaInput(input, options);
  return { items: d.names, ...velicerMap(d.R, d.p, options.maxFactors ?? Math.min(8, d.p - 1)) };
}
