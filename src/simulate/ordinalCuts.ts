import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import type { PopulationModel, SimulateOptions } from "./types.ts";

/** Default thresholds on the standardized scale: five categories, symmetric and roughly bell-shaped
 *  (expected proportions .067, .242, .383, .242, .067 under normality). */
export const DEFAULT_THRESHOLDS: readonly number[] = [-1.5, -0.5, 0.5, 1.5];

function checked(name: string, t: readonly number[]): Float64Array {
  const out = Float64Array.from(t);
  for (let k = 0; k < out.length; k++) {
    if (!Number.isFinite(out[k]!) || (k > 0 && !(out[k]! > out[k - 1]!))) throw new OptionError(message.simBadThresholds(name));
  }
  return out;
}

/**
 * Thresholds (on the raw scale of each variable) at which the continuous draws of one group are cut
 * into ordered categories 1, 2, …, K, as lavaan's simulateData does with `cut(x, c(-Inf, τ, Inf))`:
 * the category is 1 + the number of thresholds below the value. Thresholds written in the syntax
 * (`y | -1*t1 + 1*t2`) are used as they are; variables named in `ordered` get `thresholds` (default
 * five points at −1.5, −0.5, 0.5, 1.5) on the standardized scale, i.e. τ_raw = μ + σ·τ.
 * @param pop population model
 * @param g 0-based group
 * @param options `ordered` and `thresholds`
 * @returns per observed variable, its raw-scale thresholds or null (continuous)
 * @throws OptionError for thresholds that are not increasing; UnknownColumnError for an unknown name
 * @example
 * ordinalCuts(pop, 0, { ordered: ["x1"] })[0]; // μ₁ + σ₁·[-1.5, -0.5, 0.5, 1.5]
 */
export function ordinalCuts(pop: PopulationModel, g: number, options: Pick<SimulateOptions, "ordered" | "thresholds">): (Float64Array | null)[] {
  const names = pop.names, p = names.length;
  const cuts: (Float64Array | null)[] = new Array<Float64Array | null>(p).fill(null);
  const ordered = options.ordered ?? false;
  const wanted = new Set<number>();
  if (ordered === true) for (let j = 0; j < p; j++) wanted.add(j);
  else if (Array.isArray(ordered)) {
    for (const name of ordered as readonly string[]) {
      const j = names.indexOf(name);
      if (j < 0) throw unknownColumn(name, names);
      wanted.add(j);
    }
  }
  const th = options.thresholds;
  const byName = th !== undefined && !Array.isArray(th) ? (th as Readonly<Record<string, readonly number[]>>) : undefined;
  if (byName !== undefined) for (const name of Object.keys(byName)) if (!names.includes(name)) throw unknownColumn(name, names);
  const S = pop.sigma[g]!, mu = pop.mu[g]!;
  for (let j = 0; j < p; j++) {
    const name = names[j]!;
    const syntax = pop.thresholds[g]!.get(name);
    if (syntax !== undefined) { cuts[j] = checked(name, Array.from(syntax)); continue; }
    if (!wanted.has(j)) continue;
    const std = byName !== undefined ? (byName[name] ?? DEFAULT_THRESHOLDS) : ((th as readonly number[] | undefined) ?? DEFAULT_THRESHOLDS);
    const t = checked(name, std);
    const sd = Math.sqrt(S[j * p + j]!);
    for (let k = 0; k < t.length; k++) t[k] = mu[j]! + sd * t[k]!;
    cuts[j] = t;
  }
  return cuts;
}

/**
 * Replace continuous values by categories 1..K in place (row-major n×p).
 * @param rows data
 * @param n rows
 * @param p columns
 * @param cuts per column its raw thresholds, or null
 * @returns nothing
 * @throws never
 * Source: lavaan 0.6 simulateData (`cut(x, c(-Inf, th, Inf))`).
 * @example
 * cutRows(rows, n, p, cuts);
 */
export function cutRows(rows: Float64Array, n: number, p: number, cuts: readonly (Float64Array | null)[]): void {
  for (let j = 0; j < p; j++) {
    const t = cuts[j];
    if (t === null || t === undefined) continue;
    const K = t.length;
    for (let r = 0; r < n; r++) {
      const x = rows[r * p + j]!;
      let k = 0;
      while (k < K && x > t[k]!) k++;
      rows[r * p + j] = k + 1;
    }
  }
}
