import type { SimpleSlope } from "./simpleSlopesChart.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { studentTCdf } from "../distributions/studentTCdf.ts";

/** Simple slopes with their standard errors, from a moderated regression on standardized scores. */
export interface ScoreSlopes {
  /** Coefficients b0 (intercept), b1 (X), b2 (M), b3 (X·M) on z-scores. */
  readonly coefficients: [number, number, number, number];
  readonly slopes: (SimpleSlope & { readonly se: number; readonly t: number })[];
  /** Complete cases used. */
  readonly n: number;
}

function zscores(v: readonly number[]): number[] {
  const n = v.length, m = v.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1));
  return v.map((x) => (x - m) / sd);
}

/**
 * Simple slopes of Y on X at moderator levels (in SD), from the OLS regression of standardized Y on standardized X,
 * M and their product (composite scores, e.g. item means): slope(m) = b1 + b3·m, SE² = V11 + 2m·V13 + m²·V33,
 * p from t with n − 4 df. Rows with a missing value in x, m or y are dropped.
 * @param x predictor scores
 * @param m moderator scores
 * @param y outcome scores
 * @param levels moderator levels in SD units (default [−1, 0, 1])
 * @returns coefficients, slopes (level, intercept, slope, se, t, pvalue) and n
 * @throws OptionError when the arrays differ in length or fewer than 5 complete rows remain; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example simpleSlopesFromScores(sat, alt, loy).slopes[0].slope
 * Source: Aiken & West (1991), Multiple Regression: Testing and Interpreting Interactions, eq. 2.1–2.4 and 2.7.
 */
export function simpleSlopesFromScores(x: readonly number[], m: readonly number[], y: readonly number[], levels: readonly number[] = [-1, 0, 1]): ScoreSlopes {
  checkArg("simpleSlopesFromScores", "x", x, "array");
  checkArg("simpleSlopesFromScores", "m", m, "array");
  checkArg("simpleSlopesFromScores", "y", y, "array");
  checkArg("simpleSlopesFromScores", "levels", levels, "array");
  if (m.length !== x.length || y.length !== x.length) throw new OptionError(message.chartLengthMismatch("simpleSlopesFromScores", "m or y", m.length === x.length ? y.length : m.length, x.length));
  const keep = x.map((_, i) => i).filter((i) => Number.isFinite(x[i]!) && Number.isFinite(m[i]!) && Number.isFinite(y[i]!));
  const n = keep.length;
  if (n < 5) throw new OptionError(message.chartEmpty("simpleSlopesFromScores", `only ${n} complete rows`));
  const zx = zscores(keep.map((i) => x[i]!)), zm = zscores(keep.map((i) => m[i]!)), zy = zscores(keep.map((i) => y[i]!));
  // Normal equations X'X b = X'y with columns 1, x, m, x·m.
  const XtX = Array.from({ length: 4 }, () => new Array<number>(4).fill(0)), Xty = new Array<number>(4).fill(0);
  for (let i = 0; i < n; i++) {
    const row = [1, zx[i]!, zm[i]!, zx[i]! * zm[i]!];
    for (let a = 0; a < 4; a++) { Xty[a]! += row[a]! * zy[i]!; for (let b = 0; b < 4; b++) XtX[a]![b]! += row[a]! * row[b]!; }
  }
  const inv = invert4(XtX);
  const b = inv.map((r) => r.reduce((s, v, k) => s + v * Xty[k]!, 0)) as [number, number, number, number];
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (zy[i]! - (b[0] + b[1] * zx[i]! + b[2] * zm[i]! + b[3] * zx[i]! * zm[i]!)) ** 2;
  const s2 = sse / (n - 4);
  const V = inv.map((r) => r.map((v) => v * s2));
  const slopes = levels.map((level) => {
    const slope = b[1] + b[3] * level;
    const se = Math.sqrt(V[1]![1]! + 2 * level * V[1]![3]! + level * level * V[3]![3]!);
    const t = slope / se;
    return { level, intercept: b[0] + b[2] * level, slope, se, t, pvalue: 2 * studentTCdf(Math.abs(t), n - 4, true) };
  });
  return { coefficients: b, slopes, n };
}

/** Inverse of a symmetric positive-definite 4×4 matrix by Gauss–Jordan elimination with partial pivoting. */
function invert4(A: number[][]): number[][] {
  const M = A.map((r, i) => [...r, ...[0, 1, 2, 3].map((j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < 4; c++) {
    let p = c;
    for (let r = c + 1; r < 4; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const d = M[c]![c]!;
    for (let k = 0; k < 8; k++) M[c]![k]! /= d;
    for (let r = 0; r < 4; r++) if (r !== c) { const f = M[r]![c]!; for (let k = 0; k < 8; k++) M[r]![k]! -= f * M[c]![k]!; }
  }
  return M.map((r) => r.slice(4));
}
