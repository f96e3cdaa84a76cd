import type { ParRow, ParTable } from "../partable/types.ts";

/** A parameter to test: a new row, or a fixed row of the model freed (lavaan frees those in the extended model). */
export interface ModificationCandidate extends ParRow {
  /** Index in pt.rows of the fixed row this candidate frees (it starts at that row's value), or −1 for a new row. */
  readonly replaces: number;
}

/**
 * The parameters lavaan's `modindices()` tests: every row of lavaan's "full" parameter table
 * (`lav_partable_full(strict.exo = FALSE)`) that the model does not already have, per group:
 *   - loadings lv =~ y for every latent lv and observed y that is not an exogenous covariate and takes part
 *     in no regression;
 *   - covariances y1 ~~ y2 among the observed indicators (non-covariate variables outside the
 *     measurement model are left out), the covariances among the exogenous covariates, and lv1 ~~ lv2;
 *   - regressions a ~ b among all variables that appear in a regression (either side), a ≠ b, except
 *     an indicator regressed on a latent variable (that is a loading); reverse paths are included;
 *   - intercepts of every observed and latent variable when the model has a mean structure;
 *   - scale factors y ~*~ y of the ordinal indicators when there are several groups.
 * Candidates the model cannot tell apart from its own parameters get a zero score-test variance and are
 * dropped by the caller, as lavaan drops their NA rows. A candidate that the model has as a fixed row
 * (a marker loading, a covariance fixed to zero, a latent mean, a moment of fixed covariates) frees that
 * row at its value (`replaces`), as lavaan's extended model does.
 * Source: lavaan 0.6-14 R/lav_partable_full.R and `modindices()` (lav_object_extended with all.free).
 * @param pt parameter table of the fitted model
 * @returns candidates (free indices pt.npar + 1, pt.npar + 2, …), in lavaan's order within each group
 * @throws never
 * @example
 * modificationCandidates(pt).map((r) => `${r.lhs} ${r.op} ${r.rhs}`); // ["visual =~ x4", …]
 */
export function modificationCandidates(pt: ParTable): ModificationCandidate[] {
  const lv = pt.lv;
  const lvSet = new Set(lv);
  const eqs = new Set<string>();
  const ind = new Set<string>();
  const dependent = new Set<string>();
  for (const r of pt.rows) {
    if (r.op === "~") { eqs.add(r.lhs); eqs.add(r.rhs); dependent.add(r.lhs); }
    if (r.op === "=~") { dependent.add(r.rhs); if (!lvSet.has(r.rhs)) ind.add(r.rhs); }
  }
  // ov.x: observed variables that only predict (lavaan's class, whatever fixed.x)
  const ovX = pt.classes?.ovX ?? pt.ov.filter((v) => eqs.has(v) && !dependent.has(v));
  const xSet = new Set(ovX);
  const ovNox = pt.ov.filter((v) => !xSet.has(v));
  const eqsNames = [...eqs];
  const ovOrd = pt.classes?.ovOrd ?? [...new Set(pt.rows.filter((r) => r.op === "|").map((r) => r.lhs))];
  const out: ModificationCandidate[] = [];
  let next = pt.npar;
  for (let g = 1; g <= pt.groups.length; g++) {
    const present = new Set<string>(), fixed = new Map<string, number>();
    pt.rows.forEach((r, i) => {
      if (r.group !== g) return;
      const keys = r.op === "~~" ? [`${r.lhs}|~~|${r.rhs}`, `${r.rhs}|~~|${r.lhs}`] : [`${r.lhs}|${r.op}|${r.rhs}`];
      for (const k of keys) if (r.free > 0) present.add(k); else fixed.set(k, i);
    });
    const add = (lhs: string, op: ParRow["op"], rhs: string): void => {
      const k = `${lhs}|${op}|${rhs}`;
      if (present.has(k)) return;
      present.add(k);
      if (op === "~~") present.add(`${rhs}|~~|${lhs}`);
      next++;
      const row: ParRow = { id: pt.rows.length + out.length + 1, lhs, op, rhs, user: 0, block: g, group: g, free: next, ustart: NaN, exo: 0, label: "", plabel: "", start: 0 };
      out.push({ ...row, replaces: fixed.get(k) ?? -1 });
    };
    for (const f of lv) for (const y of ovNox) if (!eqs.has(y)) add(f, "=~", y);
    const ovCov = ovNox.filter((v) => ind.has(v)); // lavaan drops pairs with an observed non-indicator
    for (let a = 0; a < ovCov.length; a++) for (let b = a + 1; b < ovCov.length; b++) add(ovCov[a]!, "~~", ovCov[b]!);
    for (let a = 0; a < ovX.length; a++) for (let b = a; b < ovX.length; b++) add(ovX[a]!, "~~", ovX[b]!);
    for (let a = 0; a < lv.length; a++) for (let b = a + 1; b < lv.length; b++) add(lv[a]!, "~~", lv[b]!);
    for (const y of eqsNames) {
      for (const x of eqsNames) if (x !== y && !(ind.has(y) && lvSet.has(x))) add(y, "~", x);
    }
    if (pt.meanstructure) for (const v of [...pt.ov, ...lv]) add(v, "~1", "");
    if (pt.groups.length > 1) for (const v of ovOrd) add(v, "~*~", v);
  }
  return out;
}
