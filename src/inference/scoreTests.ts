import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ModificationIndex } from "./types.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import type { ImpliedBuffers } from "../representation/impliedMoments.ts";
import type { ModificationCandidate } from "./modificationCandidates.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { rowEstimates } from "./parameterRows.ts";

/**
 * The model extended by the modification-index candidates, and θ̂ extended: new rows start at 0, a
 * candidate that frees a fixed row replaces that row and starts at its value (lavaan's extended model).
 * The solution's matrices must hold θ̂ (its estimates are read from them).
 * Source: lavaan 0.6-14 lav_object_extended(all.free = TRUE).
 * @param sol the fitted solution
 * @param candidates from `modificationCandidates`
 * @returns the extended table and θ
 * @throws never
 * @example
 * const { ext, th } = extendedTable(sol, modificationCandidates(sol.pt));
 */
export function extendedTable(sol: MlSolution, candidates: readonly ModificationCandidate[]): { ext: ParTable; th: Float64Array } {
  const { pt, theta } = sol;
  const npar = pt.npar;
  const est = rowEstimates(sol);
  const replaced = new Set(candidates.map((c) => c.replaces).filter((i) => i >= 0));
  const rows = [...pt.rows.filter((_, i) => !replaced.has(i)), ...candidates.map(({ replaces: _r, ...row }): ParRow => row)];
  const ext: ParTable = { ...pt, rows, npar: npar + candidates.length };
  const th = new Float64Array(ext.npar);
  th.set(theta);
  candidates.forEach((c, i) => { if (c.replaces >= 0) th[npar + i] = est[c.replaces]!; });
  return { ext, th };
}

/**
 * Univariate score tests of the candidates (lavaan's `modindices()` arithmetic):
 *   V_c = I_cc − I_cf I_ff⁻¹ I_fc,  MI_c = N g_c² / V_c,  EPC_c = −g_c / V_c,
 * candidates with V_c < ε^(1/3) dropped (lavaan's NA, removed), sorted by decreasing MI.
 * Source: Sörbom (1989), Psychometrika 54; Saris, Satorra & Sörbom (1987); lavaan 0.6-14 `modindices()`.
 * @param candidates the candidates, θ indices npar … npar + k − 1
 * @param npar free parameters of the model
 * @param score g: gradient of the discrepancy per observation (extended θ)
 * @param info I: expected information per observation (extended, row-major)
 * @param ntotal N
 * @param scale multipliers of the EPC for sepc.lv, sepc.all, sepc.nox
 * @returns the modification indices; [] when I_ff is singular
 * @throws never
 * @example
 * scoreTests(candidates, sol.pt.npar, g, I, N, epcScales(sol, ev.implied, new Set()));
 */
export function scoreTests(
  candidates: readonly ParRow[], npar: number, score: Float64Array, info: Float64Array, ntotal: number,
  scale: (row: ParRow) => { lv: number; all: number; nox: number },
): ModificationIndex[] {
  const n = score.length;
  const Iff = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) for (let b = 0; b < npar; b++) Iff[a * npar + b] = info[a * n + b]!;
  const Iinv = new Float64Array(npar * npar);
  if (Number.isNaN(spdInverse(Iff, npar, Iinv, new Float64Array(npar * npar)))) return [];
  const tmp = new Float64Array(npar);
  const out: ModificationIndex[] = [];
  const small = Math.cbrt(Number.EPSILON); // lavaan: V.diag < .Machine$double.eps^(1/3) is NA
  candidates.forEach((row, c) => {
    const k = npar + c;
    for (let a = 0; a < npar; a++) {
      let s = 0;
      for (let b = 0; b < npar; b++) s += Iinv[a * npar + b]! * info[b * n + k]!;
      tmp[a] = s;
    }
    let v = info[k * n + k]!;
    for (let a = 0; a < npar; a++) v -= info[k * n + a]! * tmp[a]!;
    if (!(v >= small)) return;
    const gc = score[k]!;
    const mi = ntotal * gc * gc / v;
    const epc = -gc / v;
    const f = scale(row);
    // lavaan standardizes a scale factor (~*~) to 1: its sepc.all is the sign of the EPC
    const all = row.op === "~*~" ? Math.sign(epc) : epc * f.all, nox = row.op === "~*~" ? Math.sign(epc) : epc * f.nox;
    out.push({ lhs: row.lhs, op: row.op, rhs: row.rhs, group: row.group, mi, epc, "sepc.lv": epc * f.lv, "sepc.all": all, "sepc.nox": nox });
  });
  return out.sort((a, b) => b.mi - a.mi);
}

/**
 * Scales of the EPC like lavaan's sepc (lv: latent variances; all: every variance; nox: not the covariates'); covariances are
 * scaled by the residual variances of the two variables (lavaan's cov.std = TRUE).
 * Source: lavaan 0.6-14 lav_standardize_lv / _all / _all_nox as `modindices()` calls them.
 * @param sol the solution (its matrices at θ̂ give the residual variances)
 * @param implied implied moments of the extended model at θ̂
 * @param ovx the fixed exogenous covariates
 * @returns the multipliers of a candidate's EPC
 * @throws never
 * @example
 * const f = epcScales(sol, ev.implied, new Set())(row); // f.all · epc = sepc.all
 */
export function epcScales(sol: MlSolution, implied: readonly ImpliedBuffers[], ovx: ReadonlySet<string>): (row: ParRow) => { lv: number; all: number; nox: number } {
  const { rep } = sol;
  const { p, m } = rep;
  const est = rowEstimates(sol), resVar = new Map<string, number>();
  sol.pt.rows.forEach((r, i) => { if (r.op === "~~" && r.lhs === r.rhs) resVar.set(`${r.lhs}|${r.group}`, est[i]!); });
  return (row) => {
    const imp = implied[row.group - 1]!;
    const lvSd = (v: string): number => { const i = rep.etaNames.indexOf(v); return i >= 0 && !rep.phantom[i] ? Math.sqrt(imp.C[i * m + i]!) : 1; };
    const allSd = (v: string): number => {
      const i = rep.etaNames.indexOf(v);
      if (i >= 0 && !rep.phantom[i]) return Math.sqrt(imp.C[i * m + i]!);
      const a = rep.ovNames.indexOf(v);
      return a >= 0 ? Math.sqrt(imp.sigma[a * p + a]!) : 1;
    };
    const noxSd = (v: string): number => (ovx.has(v) ? 1 : allSd(v));
    // lavaan (cov.std = TRUE) scales a covariance by the two residual (or exogenous) variances
    const resSd = (v: string): number => { const r = resVar.get(`${v}|${row.group}`); return r !== undefined && r > 0 ? Math.sqrt(r) : allSd(v); };
    switch (row.op) {
      case "=~": return { lv: lvSd(row.lhs), all: lvSd(row.lhs) / allSd(row.rhs), nox: lvSd(row.lhs) / noxSd(row.rhs) };
      case "~": return { lv: lvSd(row.rhs) / lvSd(row.lhs), all: allSd(row.rhs) / allSd(row.lhs), nox: noxSd(row.rhs) / allSd(row.lhs) };
      case "~1": return { lv: 1 / lvSd(row.lhs), all: 1 / allSd(row.lhs), nox: 1 / noxSd(row.lhs) };
      case "~*~": return { lv: 1, all: 1, nox: 1 };
      default: {
        const both = 1 / (resSd(row.lhs) * resSd(row.rhs));
        const isLv = (v: string): boolean => { const i = rep.etaNames.indexOf(v); return i >= 0 && !rep.phantom[i]; };
        return { lv: isLv(row.lhs) && isLv(row.rhs) ? both : 1, all: both, nox: ovx.has(row.lhs) || ovx.has(row.rhs) ? 1 : both };
      }
    }
  };
}
