import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import type { ValidityOptions, ValidityResult } from "./types.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { momentsOf } from "../data/sampleStatistics.ts";
import { groupLabels } from "../sem/sampleFromData.ts";
import { cfa } from "../sem/sem.ts";
import { solutionFromFit } from "../bootstrap/solutionFromFit.ts";
import { measurementBlocks } from "./measurementBlocks.ts";
import { groupIndex, validityOfSolution } from "./validityOfSolution.ts";
import { withFitWarnings } from "./withFitWarnings.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { mergeOptionKeys, pickOptionKeys } from "../options/optionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";
import { VALIDITY_OPTION_KEYS } from "./types.ts";
import { prepareDataset } from "../sem/prepareDataset.ts";

/** `constructValidity`'s result: the validity tables and the fitted CFA they come from. */
export interface ConstructValidityResult extends ValidityResult {
  readonly fit: SemFit;
}

/** The accepted keys of `constructValidity()` options: those of `sem()` and of `validity()`. */
export const CONSTRUCT_VALIDITY_OPTION_KEYS = mergeOptionKeys(SEM_OPTION_KEYS, VALIDITY_OPTION_KEYS);

/**
 * Fit a CFA and report its construct validity in one call (see `validity`). HTMT is computed from the
 * raw data as `semTools::htmt(model, data)` does: Pearson correlations of the indicators with listwise
 * deletion over the indicators only (`lavCor(missing = "listwise")`), within the reported group.
 * @param model lavaan measurement model, e.g. "SAT =~ sat1 + sat2 + sat3\nLOY =~ loy1 + loy2 + loy3"
 * @param data data in any form `sem()` accepts
 * @param options `cfa()` options (reverse, scale, group, …) and validity options (forGroup, obsVar, htmt2, absolute)
 * @returns validity tables, flags, warnings and the fit
 * @throws as `cfa`, and as `validity`; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const v = constructValidity(model, csv, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
 * v.htmt.matrix;
 */
export function constructValidity(model: string, data: DataInput, options: SemOptions & ValidityOptions = {}): ConstructValidityResult {
  checkOptionsObject("constructValidity", options);
  options = checkOptionKeys("constructValidity", options, CONSTRUCT_VALIDITY_OPTION_KEYS);
  const ds = prepareDataset(data, options);
  const { reverse: _r, missingCodes: _m, ...rest } = options;
  const fit = cfa(model, ds, pickOptionKeys(rest, SEM_OPTION_KEYS));
  const sol = solutionFromFit(fit);
  const g = groupIndex(sol.stats.groups, options.forGroup);
  const blocks = measurementBlocks(sol, g);
  const names = [...new Set(blocks.items.flat().map((a) => sol.rep.ovNames[a]!))];
  const p = names.length;
  const X = numericMatrix(ds, names, { missing: "listwise" });
  const rowGroup = groupLabels(ds, options.group).rowGroup;
  const rows = new Float64Array(X.n * p);
  let n = 0;
  for (let r = 0; r < X.n; r++) {
    if (rowGroup[X.rows[r]!] !== g) continue;
    rows.set(X.data.subarray(r * p, (r + 1) * p), n * p);
    n++;
  }
  const S = momentsOf(rows, n, p).cov;
  const R = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) R[a * p + b] = S[a * p + b]! / Math.sqrt(S[a * p + a]! * S[b * p + b]!);
  return { ...withFitWarnings(validityOfSolution(sol, options, { names, R }), fit), fit };
}
