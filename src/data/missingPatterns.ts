import type { MomentBlock } from "./momentBlock.ts";

/** Data of one group split by missing-data pattern, as FIML needs it. */
export interface MissingPatternData {
  /** One block per pattern (weights n_k / N over all groups). */
  readonly blocks: MomentBlock[];
  /** Complete rows of each pattern's observed variables, row-major (for casewise scores). */
  readonly rows: Float64Array[];
  /** Cases used per group. */
  readonly nobs: number[];
  /** Rows dropped because every model variable was missing (0-based data rows). */
  readonly dropped: number[];
  /** Proportion of cases observed on each pair of variables (p×p) per group (lavaan's coverage). */
  readonly coverage: Float64Array[];
}

/**
 * Group rows by missing-data pattern and give each pattern's moments (N-denominator covariance
 * about the pattern mean), so the FIML likelihood costs one term per pattern, not per row.
 * Rows missing every variable are dropped (and listed).
 * Source: the pattern decomposition of the casewise likelihood, Arbuckle (1996); lavaan `lav_samplestats_missing_patterns`.
 * @param x row-major n×p data with NaN for missing
 * @param n rows
 * @param p variables
 * @param rowGroup 0-based group per row (−1 to skip the row)
 * @param ngroups number of groups
 * @returns pattern blocks, coverage and dropped rows
 * @example
 * missingPatterns(x, n, p, new Int32Array(n), 1).blocks.length; // number of patterns
 */
export function missingPatterns(x: Float64Array, n: number, p: number, rowGroup: Int32Array, ngroups: number): MissingPatternData {
  const byKey = new Map<string, { group: number; observed: number[]; rows: number[] }>();
  const nobs = new Array<number>(ngroups).fill(0);
  const dropped: number[] = [];
  const pairCount = Array.from({ length: ngroups }, () => new Float64Array(p * p));
  for (let r = 0; r < n; r++) {
    const g = rowGroup[r]!;
    if (g < 0) continue;
    const observed: number[] = [];
    for (let j = 0; j < p; j++) if (!Number.isNaN(x[r * p + j]!)) observed.push(j);
    if (observed.length === 0) { dropped.push(r); continue; }
    nobs[g]!++;
    const pc = pairCount[g]!;
    for (const a of observed) for (const b of observed) pc[a * p + b]!++;
    const key = `${g}:${observed.join(",")}`;
    let pat = byKey.get(key);
    if (pat === undefined) { pat = { group: g, observed, rows: [] }; byKey.set(key, pat); }
    pat.rows.push(r);
  }
  const ntotal = nobs.reduce((a, b) => a + b, 0);
  const blocks: MomentBlock[] = [];
  const rows: Float64Array[] = [];
  const patterns = [...byKey.values()].sort((a, b) => a.group - b.group || b.observed.length - a.observed.length);
  for (const pat of patterns) {
    const po = pat.observed.length, nk = pat.rows.length;
    const data = new Float64Array(nk * po);
    pat.rows.forEach((r, i) => { pat.observed.forEach((j, a) => { data[i * po + a] = x[r * p + j]!; }); });
    const mean = new Float64Array(po), cov = new Float64Array(po * po);
    for (let i = 0; i < nk; i++) for (let a = 0; a < po; a++) mean[a]! += data[i * po + a]! / nk;
    for (let i = 0; i < nk; i++) for (let a = 0; a < po; a++) {
      const da = data[i * po + a]! - mean[a]!;
      for (let b = 0; b < po; b++) cov[a * po + b]! += da * (data[i * po + b]! - mean[b]!) / nk;
    }
    const observed = Int32Array.from(pat.observed);
    blocks.push({ group: pat.group, weight: nk / ntotal, n: nk, observed: po === p ? null : observed, cov, mean, constant: 0 });
    rows.push(data);
  }
  const coverage = pairCount.map((pc, g) => pc.map((c) => (nobs[g]! > 0 ? c / nobs[g]! : 0)));
  return { blocks, rows, nobs, dropped, coverage };
}
