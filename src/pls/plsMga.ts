import type { DataInput } from "../data/toDataset.ts";
import type { PlsOptions, PlsSpec } from "./types.ts";
import type { PlsSettings } from "./estimatePls.ts";
import { toDataset } from "../data/toDataset.ts";
import { unknownColumn } from "../data/unknownColumn.ts";
import { DataError, EstimationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { plsSetup } from "./plsSetup.ts";
import { estimatePls } from "./estimatePls.ts";
import { plsDraws } from "./plsDraws.ts";
import { createRng } from "../random/rng.ts";
import { meanReplace } from "./meanReplace.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";

/** Options of {@link plsMga}. */
export interface PlsMgaOptions extends Omit<PlsOptions, "bootstrap" | "level" | "ci" | "fSquared"> {
  /** Grouping column with exactly two values. */
  readonly group: string;
  /** Bootstrap draws per group for PLS-MGA (default 2000; 0 skips PLS-MGA). */
  readonly bootstrap?: number;
  /** Permutations of the group labels (default 1000; 0 skips the permutation test). */
  readonly permutations?: number;
}

/** The accepted keys of `plsMga()` options. */
export const PLS_MGA_OPTION_KEYS = optionKeys<PlsMgaOptions>({
  group: true, bootstrap: true, permutations: true, reverse: true, scale: SCALE_OPTION_KEYS, missingCodes: true,
  missing: true, scheme: true, consistent: true, maxIterations: true, stopCriterion: true, interaction: true,
  interactionScale: true, seed: true,
});

/** Group comparison of one path. */
export interface PlsMgaPath {
  readonly lhs: string;
  readonly rhs: string;
  readonly est1: number;
  readonly est2: number;
  /** est1 − est2. */
  readonly diff: number;
  /** Henseler's PLS-MGA p-value: probability that the path is not larger in group 1 (one-sided). */
  readonly plsMgaP: number | null;
  /** Two-sided permutation p-value: share of label permutations with |diff*| ≥ |diff|. */
  readonly permutationP: number | null;
}

/** Result of {@link plsMga}. */
export interface PlsMgaResult {
  readonly groups: readonly [string, string];
  readonly n: readonly [number, number];
  readonly paths: readonly PlsMgaPath[];
  readonly warnings: readonly string[];
}

/**
 * Multigroup analysis of a PLS model for a grouping column with two values:
 * - PLS-MGA (Henseler, Ringle & Sinkovics 2009; as seminr's `estimate_pls_mga`): with J bootstrap draws per group,
 *   p = 1 − (1/J²) Σᵢ Σⱼ Θ(2β̄₁ − β₁ᵢ* − 2β̄₂ + β₂ⱼ*), Θ the step function (computed by sorting, O(J log J));
 * - the permutation test (Chin & Dibbern 2010): group labels are permuted, both groups re-estimated, and
 *   p = #{|d*| ≥ |d|} / M for the path difference d.
 * Rows with a missing group value are dropped (counted in a warning); with mean replacement each group replaces
 * its own missing item values. Every draw and permutation uses its own generator stream, so results depend only on
 * the seed.
 * Sources: Henseler, Ringle & Sinkovics (2009), Adv. Int. Marketing 20; Chin & Dibbern (2010), in Handbook of
 * Partial Least Squares, 171–193; seminr 2.3.2 `R/estimate_pls_mga.R`.
 * @param model - lavaan-style PLS model
 * @param data - any data input holding the grouping column
 * @param options - PLS options, group, bootstrap draws, permutations and seed
 * @returns group estimates, differences and both p-values per path
 * @throws UnknownColumnError for an unknown group column; DataError unless there are exactly two groups with at
 *   least 3 rows each; the errors of pls
 * @example
 * plsMga(model, csv, { group: "platform", bootstrap: 1000, permutations: 1000, seed: 1 }).paths[0].plsMgaP;
 */
export function plsMga(model: string, data: DataInput, options: PlsMgaOptions): PlsMgaResult {
  if (options === null || typeof options !== "object" || typeof options.group !== "string") {
    throw new OptionError(message.plsBadOption("group", JSON.stringify(options?.group), "the name of a grouping column"));
  }
  options = checkOptionKeys("plsMga", options, PLS_MGA_OPTION_KEYS);
  const { group, bootstrap: b0, permutations: p0, seed: s0, ...plsOptions } = options;
  const B = b0 ?? 2000, M = p0 ?? 1000, seed = s0 ?? 1;
  for (const [name, v] of [["bootstrap", B], ["permutations", M]] as const) {
    if (!(Number.isInteger(v) && v >= 0)) throw new OptionError(message.plsBadOption(name, JSON.stringify(v), "a whole number ≥ 0"));
  }
  const ds = toDataset(data, plsOptions.missingCodes === undefined ? {} : { missing: plsOptions.missingCodes });
  const col = ds.columns.get(group);
  if (col === undefined) throw unknownColumn(group, ds.names);
  const setup = plsSetup(model, ds, plsOptions);
  const { spec, baseItems, settings } = setup;
  const { x, n, rows } = setup.data;
  const q = baseItems.length;
  const label = (i: number): string | null => {
    const v = col.values[rows[i] as number];
    return v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : String(v);
  };
  const levels: string[] = [];
  const labels: (string | null)[] = [];
  for (let i = 0; i < n; i++) {
    const l = label(i);
    labels.push(l);
    if (l !== null && !levels.includes(l)) levels.push(l);
  }
  if (levels.length !== 2) throw new DataError(message.plsGroupCount(levels.length), { column: group });
  const warnings = [...setup.data.warnings];
  const keep = labels.map((l, i) => (l === null ? -1 : i)).filter((i) => i >= 0);
  if (keep.length < n) warnings.push(message.plsListwise(n - keep.length, n));
  // with mean replacement, each group (and each permuted group) replaces its own missing values, as seminr re-runs
  // the model on each group's raw data
  const source = setup.data.raw ?? x;
  const xs = new Float64Array(keep.length * q);
  keep.forEach((row, r) => xs.set(source.subarray(row * q, (row + 1) * q), r * q));
  const g = Uint8Array.from(keep.map((i) => (labels[i] === levels[0] ? 0 : 1)));
  const nn = keep.length;
  const subset = (mask: (i: number) => boolean): { x: Float64Array; n: number } => {
    const idx: number[] = [];
    for (let i = 0; i < nn; i++) if (mask(i)) idx.push(i);
    const out = new Float64Array(idx.length * q);
    idx.forEach((row, r) => out.set(xs.subarray(row * q, (row + 1) * q), r * q));
    if (setup.data.raw !== null) meanReplace(out, idx.length, q);
    return { x: out, n: idx.length };
  };
  const g1 = subset((i) => g[i] === 0), g2 = subset((i) => g[i] === 1);
  for (const [name, s] of [[levels[0], g1], [levels[1], g2]] as const) if (s.n < 3) throw new DataError(message.plsGroupTooSmall(name as string, s.n), { column: group });
  const paths = pathValues(g1.x, g1.n, baseItems, spec, settings), paths2 = pathValues(g2.x, g2.n, baseItems, spec, settings);
  if (paths === null || paths2 === null) throw new EstimationError(message.plsSingular("a group's PLS estimation"));
  const k = spec.paths.length;
  // statistic t of a draw is path ordered[t] (paths grouped by outcome, as plsStatistics lists them)
  const ordered = orderedPathList(spec);
  const slots = ordered.map((_, t) => t);
  // PLS-MGA from per-group bootstrap draws (the path coefficients are the first k statistics of a draw)
  let mgaP: (number | null)[] = spec.paths.map(() => null);
  if (B > 0) {
    const d1 = plsDraws(g1.x, g1.n, baseItems, spec, settings, seed, 0, B);
    const d2 = plsDraws(g2.x, g2.n, baseItems, spec, settings, seed, B, B);
    if (d1.failed > 0 || d2.failed > 0) warnings.push(message.plsBootFailed(d1.failed + d2.failed, 2 * B));
    mgaP = slots.map((t) => henselerP(column(d1.draws, d1.s, t, B), column(d2.draws, d2.s, t, B)));
  }
  let permP: (number | null)[] = spec.paths.map(() => null);
  if (M > 0) {
    const obs = slots.map((t) => (paths[t] as number) - (paths2[t] as number));
    const exceed = new Int32Array(k);
    let used = 0;
    const perm = Uint8Array.from(g);
    for (let r = 0; r < M; r++) {
      const rng = createRng(seed, 2 * B + r);
      perm.set(g);
      for (let i = nn - 1; i > 0; i--) { const j = rng.int(i + 1); const t = perm[i] as number; perm[i] = perm[j] as number; perm[j] = t; }
      const a = subset((i) => perm[i] === 0), c = subset((i) => perm[i] === 1);
      let pa: Float64Array | null = null, pc: Float64Array | null = null;
      try { pa = pathValues(a.x, a.n, baseItems, spec, settings); pc = pathValues(c.x, c.n, baseItems, spec, settings); } catch { pa = null; }
      if (pa === null || pc === null) continue;
      used++;
      slots.forEach((t, idx) => { if (Math.abs((pa as Float64Array)[t]! - (pc as Float64Array)[t]!) >= Math.abs(obs[idx] as number) - 1e-12) exceed[idx]++; });
    }
    if (used < M) warnings.push(message.plsBootFailed(M - used, M));
    permP = spec.paths.map((_, idx) => (used > 0 ? (exceed[idx] as number) / used : null));
  }
  return {
    groups: [levels[0] as string, levels[1] as string],
    n: [g1.n, g2.n],
    paths: slots.map((t, idx) => {
      const p = ordered[idx] as { from: string; to: string };
      return { lhs: p.to, rhs: p.from, est1: paths[t] as number, est2: paths2[t] as number, diff: (paths[t] as number) - (paths2[t] as number), plsMgaP: mgaP[idx] ?? null, permutationP: permP[idx] ?? null };
    }),
    warnings,
  };
}

/** Paths in the order of the statistics vector: grouped by outcome (first appearance), then predecessor. */
function orderedPathList(spec: PlsSpec): { from: string; to: string }[] {
  const outcomes: string[] = [];
  for (const p of spec.paths) if (!outcomes.includes(p.to)) outcomes.push(p.to);
  return outcomes.flatMap((o) => spec.paths.filter((p) => p.to === o));
}

/** Path coefficients of one sample, in statistics order; null when the estimation fails. */
function pathValues(x: Float64Array, n: number, items: readonly string[], spec: PlsSpec, settings: PlsSettings): Float64Array | null {
  const est = estimatePls(x, n, items, spec, settings);
  if (est === null) return null;
  const { layout, core } = est;
  const out: number[] = [];
  for (const k of layout.endogenous) for (const j of layout.predecessors[k] as readonly number[]) out.push(core.paths[j * layout.m + k] as number);
  return Float64Array.from(out);
}

function column(draws: Float64Array, s: number, t: number, count: number): Float64Array {
  const out: number[] = [];
  for (let d = 0; d < count && s > 0; d++) { const v = draws[d * s + t] as number; if (Number.isFinite(v)) out.push(v); }
  return Float64Array.from(out);
}

/** 1 − P(2β̄₁ − β₁* > 2β̄₂ − β₂*) over all pairs of draws (seminr's pls_mga_p). */
function henselerP(b1: Float64Array, b2: Float64Array): number | null {
  const J = Math.min(b1.length, b2.length);
  if (J === 0) return null;
  const mean = (v: Float64Array): number => { let s = 0; for (let i = 0; i < J; i++) s += v[i] as number; return s / J; };
  const m1 = mean(b1), m2 = mean(b2);
  const a = new Float64Array(J), c = new Float64Array(J);
  for (let i = 0; i < J; i++) { a[i] = 2 * m1 - (b1[i] as number); c[i] = 2 * m2 - (b2[i] as number); }
  c.sort();
  let count = 0;
  for (let i = 0; i < J; i++) {
    // number of c_j strictly below a_i
    let lo = 0, hi = J;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((c[mid] as number) < (a[i] as number)) lo = mid + 1; else hi = mid; }
    count += lo;
  }
  return 1 - count / (J * J);
}
