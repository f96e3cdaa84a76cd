import type { ParTable } from "../partable/types.ts";
import { Mat, type GroupMatrices, type Representation, type Slot } from "./types.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/** Sample moments per group in the order of `ParTable.ov`, used to fill fixed.x values. */
export interface ExogenousMoments {
  readonly cov: readonly Float64Array[];
  readonly mean: readonly Float64Array[];
}

/**
 * Map a parameter table onto LISREL matrices (see `types.ts` for the model form).
 *
 * Observed variables in regressions, or covarying with latent variables, become
 * phantom latent variables (Λ row = unit vector, Θ entry 0), as in lavaan's
 * `lav_model` representation "LISREL".
 *
 * @param pt parameter table
 * @param exo sample moments for rows fixed at sample values (fixed.x), when the table has such rows
 * @returns the compiled representation, reused for every evaluation of θ
 * @throws ModelSpecificationError when a row cannot be placed in the matrices
 * @example
 * const rep = buildRepresentation(pt, moments); rep.npar;
 */
export function buildRepresentation(pt: ParTable, exo?: ExogenousMoments): Representation {
  const lvSet = new Set(pt.lv);
  const ovIndex = new Map(pt.ov.map((v, i) => [v, i] as const));
  const phantomSet = findPhantoms(pt, lvSet);
  const etaNames = [...pt.lv, ...pt.ov.filter((v) => phantomSet.has(v))];
  const etaIndex = new Map(etaNames.map((v, i) => [v, i] as const));
  const p = pt.ov.length, m = etaNames.length, ngroups = pt.groups.length;
  const template: GroupMatrices[] = [];
  for (let g = 0; g < ngroups; g++) {
    const mats: GroupMatrices = {
      lambda: new Float64Array(p * m), theta: new Float64Array(p * p), psi: new Float64Array(m * m),
      beta: new Float64Array(m * m), nu: new Float64Array(p), alpha: new Float64Array(m),
    };
    for (const v of phantomSet) mats.lambda[ovIndex.get(v)! * m + etaIndex.get(v)!] = 1;
    template.push(mats);
  }
  const isEta = (v: string): boolean => etaIndex.has(v);
  const slots: Slot[] = [];
  let hasBeta = false;
  pt.rows.forEach((r, row) => {
    if (r.group < 1) return;
    const g = r.group - 1;
    let mat: Mat, i: number, j: number;
    switch (r.op) {
      case "=~":
        if (isEta(r.rhs)) { mat = Mat.Beta; i = etaIndex.get(r.rhs)!; j = etaIndex.get(r.lhs)!; hasBeta = true; }
        else { mat = Mat.Lambda; i = ovIndex.get(r.rhs)!; j = etaIndex.get(r.lhs)!; }
        break;
      case "~":
      case "<~": // a composite is a latent regressed on its observed parts, with zero disturbance
        if (!isEta(r.lhs) || !isEta(r.rhs)) throw new ModelSpecificationError(message.cannotPlaceRow(r.lhs, r.op, r.rhs));
        mat = Mat.Beta; i = etaIndex.get(r.lhs)!; j = etaIndex.get(r.rhs)!; hasBeta = true;
        break;
      case "~~":
        if (isEta(r.lhs) && isEta(r.rhs)) { mat = Mat.Psi; i = etaIndex.get(r.lhs)!; j = etaIndex.get(r.rhs)!; }
        else if (!isEta(r.lhs) && !isEta(r.rhs)) { mat = Mat.Theta; i = ovIndex.get(r.lhs)!; j = ovIndex.get(r.rhs)!; }
        else throw new ModelSpecificationError(message.cannotPlaceRow(r.lhs, r.op, r.rhs));
        break;
      case "~1":
        if (isEta(r.lhs)) { mat = Mat.Alpha; i = etaIndex.get(r.lhs)!; } else { mat = Mat.Nu; i = ovIndex.get(r.lhs)!; }
        j = 0;
        break;
      default:
        return;
    }
    if (i === undefined || j === undefined) throw new ModelSpecificationError(message.cannotPlaceRow(r.lhs, r.op, r.rhs));
    slots.push({ row, group: g, mat, i, j, free: r.free > 0 ? r.free - 1 : -1 });
    if (r.free === 0) {
      let value = r.ustart;
      if (Number.isNaN(value) && r.exo === 1 && exo !== undefined) value = exoValue(r.op, r.lhs, r.rhs, ovIndex, exo, g, p);
      if (Number.isNaN(value)) value = r.start;
      if (Number.isNaN(value)) value = 0;
      writeElement(template[g]!, mat, i, j, m, p, value);
    }
  });
  return {
    p, m, ngroups, ovNames: pt.ov, etaNames, phantom: etaNames.map((v) => phantomSet.has(v)),
    hasBeta, meanstructure: pt.meanstructure, template, slots, npar: pt.npar,
  };
}

function exoValue(op: string, lhs: string, rhs: string, ovIndex: Map<string, number>, exo: ExogenousMoments, g: number, p: number): number {
  const a = ovIndex.get(lhs), b = ovIndex.get(rhs);
  if (op === "~~" && a !== undefined && b !== undefined) return exo.cov[g]![a * p + b]!;
  if (op === "~1" && a !== undefined) return exo.mean[g]![a]!;
  return Number.NaN;
}

/** Write one value into a matrix (both triangles for symmetric Θ and Ψ). */
export function writeElement(mats: GroupMatrices, mat: Mat, i: number, j: number, m: number, p: number, value: number): void {
  switch (mat) {
    case Mat.Lambda: mats.lambda[i * m + j] = value; break;
    case Mat.Theta: mats.theta[i * p + j] = value; mats.theta[j * p + i] = value; break;
    case Mat.Psi: mats.psi[i * m + j] = value; mats.psi[j * m + i] = value; break;
    case Mat.Beta: mats.beta[i * m + j] = value; break;
    case Mat.Nu: mats.nu[i] = value; break;
    case Mat.Alpha: mats.alpha[i] = value; break;
  }
}

/** Read one value from a matrix. */
export function readElement(mats: GroupMatrices, mat: Mat, i: number, j: number, m: number, p: number): number {
  switch (mat) {
    case Mat.Lambda: return mats.lambda[i * m + j]!;
    case Mat.Theta: return mats.theta[i * p + j]!;
    case Mat.Psi: return mats.psi[i * m + j]!;
    case Mat.Beta: return mats.beta[i * m + j]!;
    case Mat.Nu: return mats.nu[i]!;
    case Mat.Alpha: return mats.alpha[i]!;
  }
}

/** Observed variables that need a phantom latent variable. */
function findPhantoms(pt: ParTable, lvSet: ReadonlySet<string>): Set<string> {
  const ov = new Set(pt.ov);
  const phantom = new Set<string>();
  for (const r of pt.rows) {
    if (r.op !== "~" && r.op !== "<~") continue;
    if (ov.has(r.lhs)) phantom.add(r.lhs);
    if (ov.has(r.rhs)) phantom.add(r.rhs);
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of pt.rows) {
      if (r.op !== "~~" || r.lhs === r.rhs) continue;
      const la = lvSet.has(r.lhs) || phantom.has(r.lhs), lb = lvSet.has(r.rhs) || phantom.has(r.rhs);
      if (la && !lb && ov.has(r.rhs)) { phantom.add(r.rhs); changed = true; }
      if (lb && !la && ov.has(r.lhs)) { phantom.add(r.lhs); changed = true; }
    }
  }
  return phantom;
}
