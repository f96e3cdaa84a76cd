import { productABt } from "../linalg/productABt.ts";
import type { Representation } from "../representation/types.ts";
import { Mat } from "../representation/types.ts";
import type { ImpliedBuffers } from "../representation/impliedMoments.ts";

/**
 * The derivative-vector pool of a LISREL model. Every ∂Σ/∂θ_k is a sum of terms s·(u vᵀ + v uᵀ)
 * and every ∂μ/∂θ_k a term c·z, with u, v, z columns of V = [I_p | ΛM | ΛC] (M = (I − B)⁻¹,
 * C = MΨMᵀ), so derivatives reduce to small quadratic forms in V.
 */

/** A free parameter's derivative in pool form: ∂Σ = s(u vᵀ + v uᵀ), ∂μ = c·z (indices into the pool). */
export interface FreeSlot {
  readonly k: number; // θ index
  readonly u: number; readonly v: number; readonly s: number; // Σ part: s(u vᵀ + v uᵀ); u < 0 when none
  readonly z: number; readonly cFrom: number; // μ part: c·z; cFrom = −1 → c = 1, else c = Mα[cFrom]; z < 0 when none
}

/** The derivative-vector pool V = [I_p | ΛM | ΛC] of one group (p × (p + 2m)). */
export function fillPoolOf(V: Float64Array, imp: ImpliedBuffers, p: number, m: number): void {
  const q = p + 2 * m;
  V.fill(0);
  for (let a = 0; a < p; a++) {
    V[a * q + a] = 1;
    for (let j = 0; j < m; j++) { V[a * q + p + j] = imp.D[a * m + j]!; V[a * q + p + m + j] = imp.LC[a * m + j]!; }
  }
}

/**
 * Copy the dense pool columns [D | LC] of the rows `obs` of V (p × q), transposed: VdT is (q − p) × po,
 * VdT[y·po + a] = V[obs[a]·q + p + y], so that the products below run along contiguous memory.
 * @param V the group's pool (p × q, row-major)
 * @param p observed variables
 * @param q pool columns (p + 2m)
 * @param po variables in the block
 * @param obs the block's observed variables, or null for all
 * @param VdT output, (q − p) × po
 * @param nz when given, also the positions of the non-zero entries of each row of VdT (D = ΛM is sparse)
 * @returns nothing; VdT is filled
 * @example
 * densePoolTransposed(V, p, q, p, null, VdT);
 */
export function densePoolTransposed(
  V: Float64Array, p: number, q: number, po: number, obs: Int32Array | null, VdT: Float64Array, nz?: PoolSparsity,
): void {
  const md = q - p;
  for (let a = 0; a < po; a++) {
    const row = (obs === null ? a : obs[a]!) * q + p;
    for (let y = 0; y < md; y++) VdT[y * po + a] = V[row + y]!;
  }
  if (nz === undefined) return;
  for (let y = 0; y < md; y++) {
    const vy = y * po;
    let c = 0;
    for (let a = 0; a < po; a++) if (VdT[vy + a] !== 0) nz.idx[vy + c++] = a;
    nz.cnt[y] = c;
  }
}

/** Non-zero pattern of the rows of VdT: row y has cnt[y] non-zeros at idx[y·po …] (increasing). */
export interface PoolSparsity {
  readonly idx: Int32Array;
  readonly cnt: Int32Array;
}

/**
 * out = Voᵀ A Vo (q × q) for symmetric A (po × po) and the pool Vo = rows `obs` of [I_p | D | LC], given the
 * dense columns transposed (`densePoolTransposed`): the unit-vector columns copy A, only the 2m dense
 * columns are multiplied, and every inner product runs over contiguous memory. tmpT is (q − p) × po scratch
 * holding (A Vd)ᵀ. The pool form of the derivatives is Lee & Jennrich (1979); the products are
 * tr(Σ⁻¹ ∂Σ Σ⁻¹ ∂Σ) terms of Bollen (1989, eq. 4.73).
 * @param A symmetric po × po matrix (W or Σ⁻¹ of the block)
 * @param VdT the dense pool columns, transposed (`densePoolTransposed`)
 * @param po variables in the block
 * @param p observed variables
 * @param q pool columns (p + 2m)
 * @param obs the block's observed variables, or null for all
 * @param tmpT scratch, (q − p) × po
 * @param out output, q × q
 * @param nz the non-zero pattern of VdT (`densePoolTransposed`): sparse rows skip their zeros (same sums)
 * @returns nothing; out is filled
 * @example
 * poolQuadFormT(K, VdT, p, p, q, null, tmpT, G);
 */
export function poolQuadFormT(
  A: Float64Array, VdT: Float64Array, po: number, p: number, q: number, obs: Int32Array | null, tmpT: Float64Array, out: Float64Array,
  nz?: PoolSparsity,
): void {
  const md = q - p;
  for (let y = 0; y < md; y++) {
    const vy = y * po, cnt = nz === undefined ? po : nz.cnt[y]!;
    if (cnt === po) {
      // a run of dense rows y..e−1: (A Vd)ᵀ rows by the blocked A·Bᵀ kernel (A symmetric, same order of c)
      let e = y + 1;
      while (e < md && (nz === undefined || nz.cnt[e] === po)) e++;
      productABt(VdT.subarray(vy, e * po), A, e - y, po, po, tmpT.subarray(vy, e * po));
      y = e - 1;
    } else {
      const idx = nz!.idx;
      for (let a = 0; a < po; a++) {
        const ra = a * po;
        let s = 0;
        for (let t = 0; t < cnt; t++) { const c = idx[vy + t]!; s += A[ra + c]! * VdT[vy + c]!; }
        tmpT[vy + a] = s;
      }
    }
  }
  if (obs !== null) {
    // variables outside the block: zero rows and columns
    for (let x = 0; x < p; x++) out.fill(0, x * q, x * q + q);
    for (let y = p; y < q; y++) out.fill(0, y * q, y * q + p);
  }
  for (let i = 0; i < po; i++) {
    const xi = obs === null ? i : obs[i]!, ri = i * po, ro = xi * q;
    if (obs === null) for (let j = 0; j < po; j++) out[ro + j] = A[ri + j]!;
    else for (let j = 0; j < po; j++) out[ro + obs[j]!] = A[ri + j]!;
    for (let y = 0; y < md; y++) { const v = tmpT[y * po + i]!; out[ro + p + y] = v; out[(p + y) * q + xi] = v; }
  }
  for (let x = 0; x < md; x++) {
    const vx = x * po, cnt = nz === undefined ? po : nz.cnt[x]!;
    let y0 = 0;
    if (cnt === po) {
      // dense row x: pairs of columns y, y + 1 share the loads of VdT[x] (same order of a)
      for (; y0 + 1 <= x; y0 += 2) {
        const ty = y0 * po, ty1 = ty + po;
        let s0 = 0, s1 = 0;
        for (let a = 0; a < po; a++) { const v = VdT[vx + a]!; s0 += v * tmpT[ty + a]!; s1 += v * tmpT[ty1 + a]!; }
        out[(p + x) * q + p + y0] = s0; out[(p + y0) * q + p + x] = s0;
        out[(p + x) * q + p + y0 + 1] = s1; out[(p + y0 + 1) * q + p + x] = s1;
      }
    }
    for (let y = y0; y <= x; y++) {
      const ty = y * po;
      let s = 0;
      if (cnt === po) for (let a = 0; a < po; a++) s += VdT[vx + a]! * tmpT[ty + a]!;
      else for (let t = 0; t < cnt; t++) { const a = nz!.idx[vx + t]!; s += VdT[vx + a]! * tmpT[ty + a]!; }
      out[(p + x) * q + p + y] = s; out[(p + y) * q + p + x] = s;
    }
  }
}

/** out = Vᵀ A V for symmetric A (p×p) and V (p×q); tmp is p×q scratch. */
export function quadForm(A: Float64Array, V: Float64Array, p: number, q: number, tmp: Float64Array, out: Float64Array): void {
  for (let a = 0; a < p; a++) {
    for (let x = 0; x < q; x++) {
      let s = 0;
      for (let c = 0; c < p; c++) { const v = V[c * q + x]!; if (v !== 0) s += A[a * p + c]! * v; }
      tmp[a * q + x] = s;
    }
  }
  for (let x = 0; x < q; x++) {
    for (let y = 0; y <= x; y++) {
      let s = 0;
      for (let a = 0; a < p; a++) s += V[a * q + x]! * tmp[a * q + y]!;
      out[x * q + y] = s; out[y * q + x] = s;
    }
  }
}

/** The free slots of one group with their derivative vectors in the pool V = [I_p | D | LC]. */
export function freeSlots(rep: Representation, g: number): FreeSlot[] {
  const { p, m } = rep;
  const out: FreeSlot[] = [];
  for (const s of rep.slots) {
    if (s.group !== g || s.free < 0) continue;
    switch (s.mat) {
      case Mat.Lambda: out.push({ k: s.free, u: s.i, v: p + m + s.j, s: 1, z: s.i, cFrom: s.j }); break;
      case Mat.Theta: out.push({ k: s.free, u: s.i, v: s.j, s: s.i === s.j ? 0.5 : 1, z: -1, cFrom: -1 }); break;
      case Mat.Psi: out.push({ k: s.free, u: p + s.i, v: p + s.j, s: s.i === s.j ? 0.5 : 1, z: -1, cFrom: -1 }); break;
      case Mat.Beta: out.push({ k: s.free, u: p + s.i, v: p + m + s.j, s: 1, z: p + s.i, cFrom: s.j }); break;
      case Mat.Nu: out.push({ k: s.free, u: -1, v: -1, s: 0, z: s.i, cFrom: -1 }); break;
      case Mat.Alpha: out.push({ k: s.free, u: -1, v: -1, s: 0, z: p + s.i, cFrom: -1 }); break;
    }
  }
  return out;
}
