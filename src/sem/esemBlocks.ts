import type { ParTable } from "../partable/types.ts";
import type { Representation, GroupMatrices } from "../representation/types.ts";
import { rotationCriterion, type EsemRotationMethod } from "../rotation/criteria.ts";

/** One ESEM block: its factors (η indices) and indicators (observed indices), in lavaan's order. */
export interface EsemBlock {
  readonly name: string;
  readonly factors: readonly string[];
  readonly lvIdx: readonly number[];
  readonly ovIdx: readonly number[];
}

/** Rotation settings shared by the rotation itself and the constraints that define it (lavaan's rotation.args). */
export interface EsemRotationSettings {
  readonly method: EsemRotationMethod;
  readonly orthogonal: boolean;
  readonly rowWeights: "none" | "kaiser";
  readonly stdOv: boolean;
  readonly geominEpsilon: number;
  readonly obliminGamma: number;
  readonly promaxKappa: number;
  readonly rstarts: number;
}

/**
 * The ESEM blocks of a parameter table with two or more factors (lavaan's `lv.efa.idx`, `ov.efa.idx`): the factors
 * of each `efa("name")` set, and the indicators of those factors in order of first appearance.
 * @param pt parameter table (with `classes.lvEfa`)
 * @param rep its representation
 * @returns the blocks
 * @throws never
 * @example
 * esemBlocks(pt, rep)[0].ovIdx; // [0, 1, …, 8]
 */
export function esemBlocks(pt: ParTable, rep: Representation): EsemBlock[] {
  const out: EsemBlock[] = [];
  for (const [name, factors] of pt.classes?.lvEfa ?? new Map<string, readonly string[]>()) {
    if (factors.length < 2) continue;
    const set = new Set(factors);
    const ov: string[] = [];
    for (const r of pt.rows) if (r.op === "=~" && r.group === 1 && set.has(r.lhs) && !ov.includes(r.rhs) && rep.ovNames.includes(r.rhs)) ov.push(r.rhs);
    out.push({ name, factors, lvIdx: factors.map((f) => rep.etaNames.indexOf(f)), ovIdx: ov.map((v) => rep.ovNames.indexOf(v)) });
  }
  return out;
}

/**
 * The block's loadings A (p_b×m_b) and, with std.ov, the indicator variances diag(AAᵀ) + diag(Θ) that lavaan
 * standardizes them by (AAᵀ, not AΦAᵀ, as lavaan 0.6-14 computes them).
 * @param mats group matrices
 * @param rep representation
 * @param b the block
 * @param stdOv standardize (lavaan rotation.args$std.ov)
 * @returns A and the variances (null without std.ov)
 * @throws never
 * @example
 * blockLoadings(sol.ev.mats[0], rep, blocks[0], true).A;
 */
export function blockLoadings(mats: GroupMatrices, rep: Representation, b: EsemBlock, stdOv: boolean): { A: Float64Array; ovVar: Float64Array | null } {
  const p = b.ovIdx.length, m = b.lvIdx.length;
  const A = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) A[i * m + k] = mats.lambda[b.ovIdx[i]! * rep.m + b.lvIdx[k]!]!;
  if (!stdOv) return { A, ovVar: null };
  const ovVar = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let v = mats.theta[b.ovIdx[i]! * rep.p + b.ovIdx[i]!]!;
    for (let k = 0; k < m; k++) v += A[i * m + k]! ** 2;
    ovVar[i] = v;
  }
  return { A, ovVar };
}

/**
 * The equations that define a rotated ESEM solution (lavaan's `lav_model_efa_rotate_border_x`): with Λ* the
 * block's standardized, row-weighted loadings and G = ∂Q/∂Λ*, Z = Λ*ᵀG must satisfy Z − Zᵀ = 0 below the diagonal
 * (orthogonal) or Z − Φ∘(diag(Z)𝟙ᵀ) = 0 off the diagonal (oblique). These bound the information matrix when the
 * rotated solution's standard errors are computed.
 * @param mats group matrices at the rotated parameters
 * @param rep representation
 * @param blocks ESEM blocks
 * @param s rotation settings
 * @returns the constraint values, block by block
 * @throws never
 * @example
 * rotationConstraints(mats, rep, blocks, settings).length; // m(m−1) per oblique block
 */
export function rotationConstraints(mats: GroupMatrices, rep: Representation, blocks: readonly EsemBlock[], s: EsemRotationSettings): number[] {
  const out: number[] = [];
  if (s.method === "promax") return out;
  const Q = rotationCriterion(s.method, { geominEpsilon: s.geominEpsilon, obliminGamma: s.obliminGamma });
  for (const b of blocks) {
    const p = b.ovIdx.length, m = b.lvIdx.length;
    const { A, ovVar } = blockLoadings(mats, rep, b, s.stdOv);
    for (let i = 0; i < p; i++) {
      const sd = ovVar === null ? 1 : Math.sqrt(ovVar[i]!);
      let ss = 0;
      for (let k = 0; k < m; k++) { A[i * m + k] = A[i * m + k]! / sd; ss += A[i * m + k]! ** 2; }
      const w = s.rowWeights === "kaiser" ? 1 / Math.sqrt(ss) : 1;
      for (let k = 0; k < m; k++) A[i * m + k] = A[i * m + k]! * w;
    }
    const G = new Float64Array(p * m);
    Q(A, p, m, G);
    const Z = new Float64Array(m * m);
    for (let a = 0; a < m; a++) for (let c = 0; c < m; c++) {
      let v = 0;
      for (let i = 0; i < p; i++) v += A[i * m + a]! * G[i * m + c]!;
      Z[a * m + c] = v;
    }
    for (let j = 0; j < m; j++) for (let i = j + 1; i < m; i++) {
      if (s.orthogonal) { out.push(Z[i * m + j]! - Z[j * m + i]!); continue; }
      const phi = (a: number, c: number): number => mats.psi[b.lvIdx[a]! * rep.m + b.lvIdx[c]!]!;
      out.push(Z[i * m + j]! - phi(i, j) * Z[i * m + i]!);
      out.push(Z[j * m + i]! - phi(j, i) * Z[j * m + j]!);
    }
  }
  return out;
}
