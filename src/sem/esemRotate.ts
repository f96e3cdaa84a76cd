import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import type { GroupMatrices, Representation } from "../representation/types.ts";
import { buildRepresentation, readElement } from "../representation/buildRepresentation.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { objectives } from "../estimate/objectives.ts";
import { rotateBlock } from "../rotation/rotateBlock.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { matMulRM } from "../linalg/matMulRM.ts";
import { transposeRM } from "../linalg/transposeRM.ts";
import { blockLoadings, esemBlocks, rotationConstraints, type EsemBlock, type EsemRotationSettings } from "./esemBlocks.ts";
import { observedHessian } from "../inference/observedHessian.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/** A rotated ESEM solution. */
export interface EsemSolution {
  /** The solution re-expressed with the rotated parameters (parameter table with the identification zeros freed). */
  readonly solution: MlSolution;
  /** Covariance of the rotated parameters (bordered information), null for promax or a singular matrix. */
  readonly vcov: Float64Array | null;
  /** Unrotated estimate of every parameter-table row. */
  readonly unrotated: Float64Array;
  readonly warnings: readonly string[];
}

/**
 * Rotates the ESEM blocks of a fitted model and computes the rotated parameters' standard errors as lavaan 0.6-14
 * does (rotation.se = "bordered"): each block's loadings are rotated (`rotateBlock`), the rotation H is applied to
 * the model (Λ H⁻ᵀ, HᵀΨH, HᵀB H⁻ᵀ, Hᵀα), the identification zeros (user = 7) are freed, and the covariance of the
 * rotated parameters is the upper-left block of the inverse of the bordered unit information
 * [[I + JᵀJ, Jᵀ], [J, 0]] divided by N, with J the Jacobian of the rotation's defining equations
 * (`rotationConstraints`, central differences with one Richardson step).
 *
 * Source: lavaan 0.6-14 lavaan() rotation step, lav_model_efa_rotate_x, lav_model_information_augment_invert;
 * Asparouhov & Muthén (2009), Exploratory structural equation modeling, SEM 16.
 * @param sol the unrotated ML solution (single group; complete data or FIML, whose information is the observed one)
 * @param s rotation settings
 * @param seed seed of the random rotation starts
 * @param robust MLR: Huber–White sandwich A_b⁻¹ B₀ A_b⁻¹/N with the bordered observed information A_b (lavaan's
 *   robust.huber.white with rotation.se = "bordered")
 * @returns the rotated solution, its covariance and the unrotated row estimates
 * @throws ModelSpecificationError for several groups or equality-constrained ESEM parameters
 * @example
 * const r = esemRotate(sol, settings, 1); parameterRows(r.solution, r.vcov);
 */
export function esemRotate(sol: MlSolution, s: EsemRotationSettings, seed: number, robust = false): EsemSolution {
  const { ptRot, repRot, x, blocks, warnings, unrotated } = esemRotation(sol, s, seed);
  const next = ptRot.npar;
  const ev = objectives.ML(repRot, sol.blocks, sol.stats);
  const hess = new Float64Array(next * next);
  ev.derivatives(x, new Float64Array(next), hess);
  const solution: MlSolution = { ...sol, pt: ptRot, rep: repRot, ev, theta: x };
  if (s.method === "promax") return { solution, vcov: null, unrotated, warnings };
  const J = constraintJacobian(x, (t) => {
    const mm = allocateMatrices(repRot);
    fillMatrices(repRot, t, mm);
    return rotationConstraints(mm[0]!, repRot, blocks, s);
  });
  const N = sol.stats.ntotal;
  if (!robust) {
    // lavaan's information: expected for complete data, observed for FIML
    const Ab = borderedInverse(sol.fiml ? observedHessian(ev, x) : hess, J, next);
    ev.objective(x);
    return { solution, vcov: Ab === null ? null : Ab.map((v) => v / N), unrotated, warnings };
  }
  // MLR: A_b⁻¹ B₀ A_b⁻¹ / N with the observed information A₀ = H/2 bordered and B₀ = Σ d_i d_iᵀ/(4N)
  const raw = sol.blockRows;
  const Ab = raw === null ? null : borderedInverse(observedHessian(ev, x), J, next);
  ev.objective(x);
  if (raw === null || Ab === null) return { solution, vcov: null, unrotated, warnings };
  const D = ev.casewiseDerivatives(x, raw);
  ev.objective(x);
  const cases = D.length / next, B = new Float64Array(next * next);
  for (let i = 0; i < cases; i++) for (let a = 0; a < next; a++) {
    const da = D[i * next + a]!;
    if (da === 0) continue;
    for (let b = 0; b < next; b++) B[a * next + b] = B[a * next + b]! + da * D[i * next + b]! / (4 * N);
  }
  const AB = matMulRM(Ab, B, next, next, next), V = matMulRM(AB, Ab, next, next, next);
  return { solution, vcov: V.map((v) => v / N), unrotated, warnings };
}

/** The rotated parameterization of a fitted ESEM: its parameter table (identification zeros freed, free indices
 *  renumbered in row order), representation, rotated parameters and the unrotated row estimates. */
export interface EsemRotation {
  readonly ptRot: ParTable;
  readonly repRot: Representation;
  readonly x: Float64Array;
  readonly blocks: readonly EsemBlock[];
  readonly warnings: string[];
  readonly unrotated: Float64Array;
}

/**
 * Rotates every ESEM block of a fitted model (`rotateBlock`) and applies the rotation H to the model matrices
 * (Λ H⁻ᵀ, HᵀΨH, HᵀB H⁻ᵀ, Hᵀα; thresholds and scale factors unchanged), expressed in the parameter table whose
 * identification zeros (user = 7) are free.
 * Source: lavaan 0.6-14 lav_model_efa_rotate_x and the rotation step of lavaan().
 * @param sol the unrotated solution (its `ev.mats` at θ̂; one group)
 * @param s rotation settings
 * @param seed seed of the random rotation starts
 * @param evaluate re-evaluate the model at θ̂ first (false when `sol.ev.mats` already hold the reported matrices,
 *   e.g. a DWLS fit whose residual variances were written into Θ)
 * @returns the rotated parameterization
 * @throws ModelSpecificationError for several groups or equality-constrained parameters
 * @example
 * const { ptRot, x } = esemRotation(sol, settings, 1);
 */
export function esemRotation(sol: MlSolution, s: EsemRotationSettings, seed: number, evaluate = true): EsemRotation {
  const { pt, rep } = sol;
  if (rep.ngroups > 1) throw new ModelSpecificationError(message.esemOptionUnsupported("several groups"));
  if ((pt.nfreeRows ?? pt.npar) !== pt.npar) throw new ModelSpecificationError(message.esemOptionUnsupported("equality constraints"));
  if (evaluate) sol.ev.objective(sol.theta);
  const mats = sol.ev.mats[0]!;
  const unrotated = new Float64Array(pt.rows.length).fill(NaN);
  for (const sl of rep.slots) unrotated[sl.row] = readElement(mats, sl.mat, sl.i, sl.j, rep.m, rep.p);
  const blocks = esemBlocks(pt, rep);
  const m = rep.m, warnings: string[] = [];
  const H = new Float64Array(m * m);
  for (let i = 0; i < m; i++) H[i * m + i] = 1;
  for (const b of blocks) {
    const { A, ovVar } = blockLoadings(mats, rep, b, s.stdOv);
    const r = rotateBlock(A, b.ovIdx.length, b.lvIdx.length, {
      method: s.method, orthogonal: s.orthogonal, rowWeights: s.rowWeights, ovVar, geominEpsilon: s.geominEpsilon,
      obliminGamma: s.obliminGamma, promaxKappa: s.promaxKappa, rstarts: s.rstarts, seed, tol: 1e-8, maxIter: 10000,
    });
    if (!r.converged) warnings.push(message.esemRotationNotConverged(b.name));
    const mb = b.lvIdx.length;
    for (let a = 0; a < mb; a++) for (let c = 0; c < mb; c++) H[b.lvIdx[a]! * m + b.lvIdx[c]!] = r.rot[a * mb + c]!;
  }
  const rotated = rotateMatrices(mats, H, rep.p, m);
  let next = 0;
  const rows: ParRow[] = pt.rows.map((r) => (r.free > 0 || r.user === 7 ? { ...r, free: ++next } : r));
  const ptRot: ParTable = { ...pt, rows, npar: next, nfreeRows: pt.nfreeRows ?? pt.npar };
  const repRot = buildRepresentation(ptRot, sol.stats);
  const x = new Float64Array(next);
  // rows outside the matrices (thresholds, scale factors) keep their estimates
  pt.rows.forEach((r, i) => { if (r.free > 0) x[rows[i]!.free - 1] = sol.theta[r.free - 1]!; });
  for (const sl of repRot.slots) if (sl.free >= 0) x[sl.free] = readElement(rotated, sl.mat, sl.i, sl.j, m, rep.p);
  return { ptRot, repRot, x, blocks, warnings, unrotated };
}

/** Λ H⁻ᵀ, HᵀΨH, Hᵀ B H⁻ᵀ, Hᵀα (lavaan lav_model_efa_rotate_x). */
function rotateMatrices(mats: GroupMatrices, H: Float64Array, p: number, m: number): GroupMatrices {
  const Hi = inverseRM(H, m)!, Hit = transposeRM(Hi, m, m), Ht = transposeRM(H, m, m);
  return {
    lambda: matMulRM(mats.lambda, Hit, p, m, m),
    theta: Float64Array.from(mats.theta),
    psi: matMulRM(matMulRM(Ht, mats.psi, m, m, m), H, m, m, m),
    beta: matMulRM(matMulRM(Ht, mats.beta, m, m, m), Hit, m, m, m),
    nu: Float64Array.from(mats.nu),
    alpha: matMulRM(Ht, mats.alpha, m, m, 1),
  };
}

/**
 * Jacobian (rows = constraints) by central differences with one Richardson extrapolation step.
 * @param x the point
 * @param f the constraint function
 * @returns one row per constraint
 * @throws never
 * @example
 * constraintJacobian(x, (t) => rotationConstraints(mats(t), rep, blocks, settings));
 */
export function constraintJacobian(x: Float64Array, f: (t: Float64Array) => number[]): Float64Array[] {
  const n = x.length, nc = f(x).length;
  const J = Array.from({ length: nc }, () => new Float64Array(n));
  const t = Float64Array.from(x);
  const diff = (j: number, h: number): number[] => {
    t[j] = x[j]! + h; const a = f(t);
    t[j] = x[j]! - h; const b = f(t);
    t[j] = x[j]!;
    return a.map((v, k) => (v - b[k]!) / (2 * h));
  };
  for (let j = 0; j < n; j++) {
    const h = 1e-3 * Math.max(Math.abs(x[j]!), 0.1);
    const d1 = diff(j, h), d2 = diff(j, h / 2);
    for (let k = 0; k < nc; k++) J[k]![j] = (4 * d2[k]! - d1[k]!) / 3;
  }
  return J;
}

/**
 * Upper-left n×n block of [[I + JᵀJ, Jᵀ], [J, 0]]⁻¹, with I = H/2 the unit information (H the expected or observed
 * Hessian of F), lavaan's lav_model_information_augment_invert.
 * @param hess H (n × n)
 * @param J constraint Jacobian rows
 * @param n parameters
 * @returns the bordered inverse, or null when singular
 * @throws never
 * @example
 * borderedInverse(hess, J, 39);
 */
export function borderedInverse(hess: Float64Array, J: readonly Float64Array[], n: number): Float64Array | null {
  const nc = J.length, d = n + nc;
  const E = new Float64Array(d * d);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) {
    let v = hess[a * n + b]! / 2;
    for (let k = 0; k < nc; k++) v += J[k]![a]! * J[k]![b]!;
    E[a * d + b] = v;
  }
  for (let k = 0; k < nc; k++) for (let a = 0; a < n; a++) { E[(n + k) * d + a] = J[k]![a]!; E[a * d + n + k] = J[k]![a]!; }
  const inv = inverseRM(E, d);
  if (inv === null) return null;
  const out = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) out[a * n + b] = inv[a * d + b]!;
  return out;
}
