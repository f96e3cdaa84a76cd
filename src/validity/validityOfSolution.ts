import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ConstructMatrix, ValidityOptions, ValidityResult } from "./types.ts";
import { measurementBlocks } from "./measurementBlocks.ts";
import { compositeReliability } from "./compositeReliability.ts";
import { averageVarianceExtracted } from "./averageVarianceExtracted.ts";
import { htmt } from "./htmt.ts";
import { validityFlags } from "./validityFlags.ts";
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/** Item correlations for HTMT: a p×p matrix over `names` (e.g. from the raw data, listwise on the items). */
export interface ItemCorrelations {
  readonly names: readonly string[];
  readonly R: Float64Array;
}

const nested = (a: Float64Array, k: number): number[][] => Array.from({ length: k }, (_, i) => Array.from(a.subarray(i * k, (i + 1) * k)));

/**
 * Resolve a group option (label or 1-based index) to a 0-based group.
 * @param groups group labels
 * @param group label, 1-based index or undefined (first group)
 * @returns 0-based group
 * @throws OptionError for an unknown group
 * @example
 * groupIndex(["A", "B"], "B"); // 1
 */
export function groupIndex(groups: readonly string[], group: string | number | undefined): number {
  if (group === undefined) return 0;
  const g = typeof group === "number" ? group - 1 : groups.indexOf(group);
  if (!(Number.isInteger(g) && g >= 0 && g < groups.length)) throw new OptionError(message.validityUnknownGroup(String(group), groups));
  return g;
}

/**
 * Composite reliability, AVE, HTMT, latent correlations, the Fornell–Larcker table and threshold flags
 * of one group of an estimated model (see `validity` for the definitions and sources).
 * @param sol estimation result at θ̂
 * @param options forGroup, obsVar, htmt2, absolute
 * @param items item correlations for HTMT; default: the correlations of the sample covariance matrix the model was fitted to
 * @returns the validity tables (`problems` empty: the fit's own warnings are added by `withFitWarnings`)
 * @throws ModelSpecificationError when no latent variable has two observed indicators; OptionError for an unknown group
 * @example
 * validityOfSolution(solutionFromFit(fit), {}).ave;
 */
export function validityOfSolution(sol: MlSolution, options: ValidityOptions = {}, items?: ItemCorrelations): ValidityResult {
  const { rep, ev, stats } = sol;
  const p = rep.p, m = rep.m;
  const g = groupIndex(stats.groups, options.forGroup);
  const blocks = measurementBlocks(sol, g);
  const k = blocks.constructs.length;
  if (k === 0) throw new ModelSpecificationError(message.validityNoConstructs);
  const warnings: string[] = [];
  if (blocks.single.length > 0) warnings.push(message.validitySingleIndicator(blocks.single));
  const C = ev.implied[g]!.C;
  const total = (options.obsVar ?? true) ? stats.cov[g]! : ev.implied[g]!.sigma;
  const cr: number[] = [], ave: number[] = [];
  const indicators: Record<string, string[]> = {};
  blocks.constructs.forEach((name, f) => {
    const idx = blocks.items[f]!, lam = blocks.loadings[f]!, e = blocks.eta[f]!;
    const kk = idx.length;
    const sub = new Float64Array(kk * kk);
    for (let a = 0; a < kk; a++) for (let b = 0; b < kk; b++) sub[a * kk + b] = total[idx[a]! * p + idx[b]!]!;
    const phi = C[e * m + e]!;
    cr.push(compositeReliability(lam, phi, sub));
    const names = idx.map((a) => rep.ovNames[a]!);
    indicators[name] = names;
    const crossed = names.filter((v) => blocks.crossLoading.has(v));
    if (crossed.length > 0) { ave.push(Number.NaN); warnings.push(message.validityCrossLoading(name, crossed)); }
    else ave.push(averageVarianceExtracted(lam, phi, idx.map((a) => total[a * p + a]!)));
  });
  // latent correlations from the model-implied latent covariance matrix
  const cor = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) {
    const ea = blocks.eta[a]!, eb = blocks.eta[b]!;
    cor[a * k + b] = C[ea * m + eb]! / Math.sqrt(C[ea * m + ea]! * C[eb * m + eb]!);
  }
  // HTMT from item correlations
  let R: Float64Array, rp: number, itemIndex: (a: number) => number;
  if (items === undefined) {
    const S = stats.cov[g]!;
    R = new Float64Array(p * p);
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) R[a * p + b] = S[a * p + b]! / Math.sqrt(S[a * p + a]! * S[b * p + b]!);
    rp = p; itemIndex = (a) => a;
  } else {
    R = items.R; rp = items.names.length;
    itemIndex = (a) => items.names.indexOf(rep.ovNames[a]!);
  }
  const H = htmt(R, rp, blocks.items.map((idx) => idx.map(itemIndex)), {
    ...(options.htmt2 !== undefined ? { htmt2: options.htmt2 } : {}), ...(options.absolute !== undefined ? { absolute: options.absolute } : {}),
  });
  const names = blocks.constructs;
  const record = (v: readonly number[]): Record<string, number> => Object.fromEntries(names.map((n, i) => [n, v[i]!]));
  const fl = new Float64Array(cor);
  const sqrtAve: Record<string, number> = {}, flPass: Record<string, boolean> = {};
  names.forEach((n, a) => {
    const root = Math.sqrt(ave[a]!);
    fl[a * k + a] = root; sqrtAve[n] = root;
    let ok = true;
    for (let b = 0; b < k; b++) if (b !== a && !(root > Math.abs(cor[a * k + b]!))) ok = false;
    flPass[n] = ok;
  });
  const table = (a: Float64Array): ConstructMatrix => ({ names, matrix: nested(a, k) });
  return {
    group: stats.groups[g]!, constructs: names, indicators,
    compositeReliability: record(cr), ave: record(ave),
    htmt: table(H), latentCorrelations: table(cor),
    fornellLarcker: { ...table(fl), sqrtAve, pass: flPass },
    flags: validityFlags(names, cr, ave, H, cor), warnings, problems: [],
  };
}
