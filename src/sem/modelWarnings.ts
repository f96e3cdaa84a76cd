import type { MlSolution } from "../estimate/estimateModel.ts";
import { message } from "../messages.ts";
import { choleskyInPlace } from "../linalg/cholesky.ts";
import { readElement } from "../representation/buildRepresentation.ts";

/**
 * The warnings lavaan gives after estimation, returned instead of printed: non-convergence,
 * negative variances (Heywood cases), a latent covariance matrix that is not positive definite,
 * a sample covariance matrix that is not positive definite, and a singular information matrix.
 * @param sol estimation result
 * @param unidentified 0-based θ indices involved in a singular information matrix
 * @returns warning texts (from messages.ts)
 * @example
 * modelWarnings(sol, []); // [] for a clean fit
 */
export function modelWarnings(sol: MlSolution, unidentified: readonly number[]): string[] {
  const { pt, rep, stats, ev } = sol;
  const out: string[] = [];
  if (!sol.converged) out.push(message.notConverged(sol.iterations, sol.maxGradient));
  const negative: string[] = [];
  for (const s of rep.slots) {
    const r = pt.rows[s.row]!;
    if (r.op !== "~~" || r.lhs !== r.rhs) continue;
    if (readElement(ev.mats[s.group]!, s.mat, s.i, s.j, rep.m, rep.p) < 0) negative.push(`${r.lhs} ~~ ${r.rhs}${rep.ngroups > 1 ? ` (group ${r.group})` : ""}`);
  }
  if (negative.length > 0) out.push(message.heywood(negative));
  const lvIdx = rep.etaNames.map((_, i) => i).filter((i) => !rep.phantom[i]);
  const k = lvIdx.length, m = rep.m;
  for (let g = 0; g < rep.ngroups && k > 0; g++) {
    const C = ev.implied[g]!.C, sub = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) sub[a * k + b] = C[lvIdx[a]! * m + lvIdx[b]!]!;
    if (!choleskyInPlace(sub, k)) out.push(message.latentNotPositiveDefinite(stats.groups[g]!));
  }
  for (let g = 0; g < rep.ngroups; g++) {
    const S = new Float64Array(stats.cov[g]!);
    if (!choleskyInPlace(S, rep.p)) out.push(message.sampleNotPositiveDefinite(stats.groups[g]!));
  }
  if (unidentified.length > 0) {
    const names = unidentified.map((k2) => { const r = pt.rows.find((row) => row.free === k2 + 1)!; return `${r.lhs}${r.op}${r.rhs}`; });
    out.push(message.unidentified(names));
  }
  return out;
}
