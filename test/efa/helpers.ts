/**
 * Test-only helpers for the EFA tests: read the reference CSVs (complete cases, reverse coding
 * as the reference "call" says), compute Pearson correlations, and match factor columns
 * by permutation and sign before comparing with psych's output.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import hs from "../fixtures/hs1939_efa.json" with { type: "json" };

const dataDir = fileURLToPath(new URL("../../data/", import.meta.url));

/** Parse a simple CSV (quoted header, no embedded commas in used columns) into columns of numbers (NaN = missing). */
export function readColumns(file: string): Map<string, number[]> {
  const lines = readFileSync(dataDir + file, "utf8").split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0]!.split(",").map((h) => h.replace(/^"|"$/g, ""));
  const cols = new Map<string, number[]>(header.map((h) => [h, []]));
  for (const line of lines.slice(1)) {
    const f = line.split(",");
    header.forEach((h, j) => { const s = f[j]!.replace(/^"|"$/g, ""); cols.get(h)!.push(s === "" || s === "NA" ? NaN : Number(s)); });
  }
  return cols;
}

/** Row-major complete-case matrix of the named columns, with `reverse` items recoded as 6 − x. */
export function completeCases(file: string, items: readonly string[], reverse: readonly string[] = []): { X: Float64Array; n: number; p: number } {
  const cols = readColumns(file);
  const data = items.map((it) => cols.get(it)!);
  const rows: number[][] = [];
  for (let i = 0; i < data[0]!.length; i++) {
    const row = data.map((c) => c[i]!);
    if (row.every((v) => Number.isFinite(v))) rows.push(row.map((v, j) => (reverse.includes(items[j]!) ? 6 - v : v)));
  }
  const n = rows.length, p = items.length;
  const X = new Float64Array(n * p);
  rows.forEach((r, i) => r.forEach((v, j) => { X[i * p + j] = v; }));
  return { X, n, p };
}

/** Pearson correlation matrix of a row-major n×p matrix. */
export function pearson(X: Float64Array, n: number, p: number): Float64Array {
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j]! += X[i * p + j]! / n;
  const C = new Float64Array(p * p);
  for (let i = 0; i < n; i++) for (let a = 0; a < p; a++) {
    const da = X[i * p + a]! - mean[a]!;
    for (let b = 0; b <= a; b++) C[a * p + b]! += da * (X[i * p + b]! - mean[b]!);
  }
  const R = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b <= a; b++) {
    const r = C[a * p + b]! / Math.sqrt(C[a * p + a]! * C[b * p + b]!);
    R[a * p + b] = r; R[b * p + a] = r;
  }
  return R;
}

/** The loyalty items (complete cases, tru4 and swc3 reversed) as in loyalty_efa.json's "call". */
export function loyaltyData(): { X: Float64Array; n: number; p: number } {
  return completeCases("loyalty_survey.csv", loyalty.items, ["tru4", "swc3"]);
}
/** Correlation matrix of {@link loyaltyData}. */
export function loyaltyCorrelation(): { R: Float64Array; n: number; p: number } {
  const { X, n, p } = loyaltyData();
  return { R: pearson(X, n, p), n, p };
}
/** Correlation matrix of HolzingerSwineford1939 x1..x9 (hs1939_efa.json). */
export function hsCorrelation(): { R: Float64Array; n: number; p: number } {
  const { X, n, p } = completeCases("HolzingerSwineford1939.csv", hs.items);
  return { R: pearson(X, n, p), n, p };
}

/**
 * Match the columns of `L` (p×m, number[][]) to those of `ref` by the permutation and signs that
 * maximise the summed absolute column inner products (exhaustive over permutations; m ≤ 8).
 * Returns the permutation (`perm[k]` = column of L matched to reference column k) and signs.
 */
export function matchFactors(L: readonly (readonly number[])[], ref: readonly (readonly number[])[]): { perm: number[]; sign: number[] } {
  const m = ref[0]!.length;
  const dot = (a: number, b: number): number => L.reduce((s, row, i) => s + row[a]! * ref[i]![b]!, 0);
  const D = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => dot(a, b)));
  let best = -Infinity, bestPerm: number[] = [];
  const perm: number[] = [], used = new Array<boolean>(m).fill(false);
  const rec = (k: number, acc: number): void => {
    if (k === m) { if (acc > best) { best = acc; bestPerm = perm.slice(); } return; }
    for (let a = 0; a < m; a++) if (!used[a]) { used[a] = true; perm.push(a); rec(k + 1, acc + Math.abs(D[a]![k]!)); perm.pop(); used[a] = false; }
  };
  rec(0, 0);
  return { perm: bestPerm, sign: bestPerm.map((a, k) => (D[a]![k]! < 0 ? -1 : 1)) };
}

/** Apply a {@link matchFactors} result to loadings (p×m) and to Φ (m×m). */
export function applyMatch(
  L: readonly (readonly number[])[], phi: readonly (readonly number[])[] | null, match: { perm: number[]; sign: number[] },
): { L: number[][]; phi: number[][] | null } {
  const { perm, sign } = match;
  return {
    L: L.map((row) => perm.map((a, k) => row[a]! * sign[k]!)),
    phi: phi === null ? null : perm.map((a, k) => perm.map((b, l) => phi[a]![b]! * sign[k]! * sign[l]!)),
  };
}

/** Largest absolute elementwise difference of two equally shaped matrices. */
export function maxAbsDiff(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let d = 0;
  a.forEach((row, i) => row.forEach((v, j) => { d = Math.max(d, Math.abs(v - b[i]![j]!)); }));
  return d;
}
