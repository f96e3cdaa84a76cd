import type { MlSolution } from "../sem/estimateModel.ts";
import type { ModificationIndex } from "../sem/types.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { mlEvaluator } from "../estimate/mlEvaluator.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { exogenousCovariates } from "../sem/parameterRows.ts";

/**
 * Modification indices (univariate score tests) for every parameter the model fixes to zero:
 * cross-loadings, residual covariances, latent covariances and latent regressions.
 *
 *   MI_c = (N/2) g_c² / (H_cc − H_cf H_ff⁻¹ H_fc),   EPC_c = −g_c / (H_cc − H_cf H_ff⁻¹ H_fc)
 *
 * with g and H the gradient and expected Hessian of the ML discrepancy F (χ² = N·F) of the model
 * extended by the candidates, evaluated at θ̂ with every candidate at 0 (with FIML the
 * expected information sums over missing-data patterns, as lavaan's). sepc.lv and sepc.all scale
 * the EPC as the standardized solution would scale that parameter.
 * Source: Sörbom (1989), "Model modification", Psychometrika 54; Saris, Satorra & Sörbom (1987) for
 * the EPC; lavaan `modindices()` (expected information).
 * @param sol estimation result
 * @returns modification indices sorted by decreasing mi
 * @example
 * modificationIndices(sol)[0]; // the largest
 */
export function modificationIndices(sol: MlSolution): ModificationIndex[] {
  const { pt, stats, theta } = sol;
  const npar = pt.npar;
  const candidates = candidateRows(pt, new Set(exogenousCovariates(sol)));
  if (candidates.length === 0) return [];
  const ext: ParTable = { ...pt, rows: [...pt.rows, ...candidates], npar: npar + candidates.length };
  const rep = buildRepresentation(ext, stats);
  const ev = mlEvaluator(rep, sol.blocks);
  const n = ext.npar;
  const th = new Float64Array(n);
  th.set(theta);
  const g = new Float64Array(n), H = new Float64Array(n * n);
  ev.derivatives(th, g, H);
  const Hff = new Float64Array(npar * npar);
  for (let a = 0; a < npar; a++) for (let b = 0; b < npar; b++) Hff[a * npar + b] = H[a * n + b]!;
  const Hinv = new Float64Array(npar * npar);
  if (Number.isNaN(spdInverse(Hff, npar, Hinv, new Float64Array(npar * npar)))) return [];
  const sd = scales(sol, ev.implied);
  const tmp = new Float64Array(npar);
  const out: ModificationIndex[] = [];
  candidates.forEach((row, c) => {
    const k = npar + c;
    for (let a = 0; a < npar; a++) {
      let s = 0;
      for (let b = 0; b < npar; b++) s += Hinv[a * npar + b]! * H[b * n + k]!;
      tmp[a] = s;
    }
    let v = H[k * n + k]!;
    for (let a = 0; a < npar; a++) v -= H[k * n + a]! * tmp[a]!;
    if (!(v > 1e-10 * Math.max(1, H[k * n + k]!))) return;
    const gc = g[k]!;
    const mi = stats.ntotal / 2 * gc * gc / v;
    const epc = -gc / v;
    const f = sd(row);
    out.push({ lhs: row.lhs, op: row.op, rhs: row.rhs, group: row.group, mi, epc, "sepc.lv": epc * f.lv, "sepc.all": epc * f.all, "sepc.nox": epc * f.all });
  });
  return out.sort((a, b) => b.mi - a.mi);
}

/** Every parameter lavaan's modindices() considers that the model fixes to zero. */
function candidateRows(pt: ParTable, ovx: ReadonlySet<string>): ParRow[] {
  const lv = pt.lv, lvSet = new Set(lv);
  const ov = pt.ov.filter((v) => !ovx.has(v));
  const out: ParRow[] = [];
  let next = pt.npar;
  for (let g = 1; g <= pt.groups.length; g++) {
    const present = new Set<string>();
    for (const r of pt.rows) {
      if (r.group !== g) continue;
      present.add(`${r.lhs}|${r.op}|${r.rhs}`);
      if (r.op === "~~") present.add(`${r.rhs}|~~|${r.lhs}`);
      if (r.op === "~") present.add(`${r.rhs}|~|${r.lhs}`); // the reverse path would make the model non-recursive
    }
    const add = (lhs: string, op: "=~" | "~~" | "~", rhs: string): void => {
      if (present.has(`${lhs}|${op}|${rhs}`)) return;
      next++;
      out.push({ id: pt.rows.length + out.length + 1, lhs, op, rhs, user: 0, block: g, group: g, free: next, ustart: NaN, exo: 0, label: "", plabel: "", start: 0 });
    };
    const indicators = new Set(pt.rows.filter((r) => r.op === "=~").map((r) => r.rhs));
    for (const f of lv) for (const x of ov) if (!lvSet.has(x) && indicators.has(x)) add(f, "=~", x);
    for (let a = 0; a < ov.length; a++) for (let b = a + 1; b < ov.length; b++) add(ov[a]!, "~~", ov[b]!);
    for (let a = 0; a < lv.length; a++) for (let b = a + 1; b < lv.length; b++) add(lv[a]!, "~~", lv[b]!);
    for (const y of lv) for (const x of lv) if (x !== y) add(y, "~", x);
  }
  return out;
}

function scales(sol: MlSolution, implied: MlSolution["ev"]["implied"]): (row: ParRow) => { lv: number; all: number } {
  const { rep } = sol;
  const { p, m } = rep;
  return (row) => {
    const imp = implied[row.group - 1]!;
    const lvSd = (v: string): number => { const i = rep.etaNames.indexOf(v); return i >= 0 && !rep.phantom[i] ? Math.sqrt(imp.C[i * m + i]!) : 1; };
    const allSd = (v: string): number => {
      const i = rep.etaNames.indexOf(v);
      if (i >= 0 && !rep.phantom[i]) return Math.sqrt(imp.C[i * m + i]!);
      const a = rep.ovNames.indexOf(v);
      return a >= 0 ? Math.sqrt(imp.sigma[a * p + a]!) : 1;
    };
    switch (row.op) {
      case "=~": return { lv: lvSd(row.lhs), all: lvSd(row.lhs) / allSd(row.rhs) };
      case "~": return { lv: lvSd(row.rhs) / lvSd(row.lhs), all: allSd(row.rhs) / allSd(row.lhs) };
      default: return { lv: 1 / (lvSd(row.lhs) * lvSd(row.rhs)), all: 1 / (allSd(row.lhs) * allSd(row.rhs)) };
    }
  };
}
