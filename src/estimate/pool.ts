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
 * out = Voᵀ A Vo for the pool Vo = rows `obs` of [I_p | D | LC] (po × q), using that its first p
 * columns are unit vectors: only the 2m dense columns are multiplied. tmp is po×q scratch.
 */
export function poolQuadForm(
  A: Float64Array, Vo: Float64Array, po: number, p: number, q: number, obs: Int32Array | null, tmp: Float64Array, out: Float64Array,
): void {
  for (let a = 0; a < po; a++) {
    for (let y = p; y < q; y++) {
      let s = 0;
      for (let c = 0; c < po; c++) s += A[a * po + c]! * Vo[c * q + y]!;
      tmp[a * q + y] = s;
    }
  }
  if (obs !== null) for (let x = 0; x < p; x++) out.fill(0, x * q, x * q + p);
  for (let i = 0; i < po; i++) {
    const xi = obs === null ? i : obs[i]!;
    for (let j = 0; j < po; j++) out[xi * q + (obs === null ? j : obs[j]!)] = A[i * po + j]!;
  }
  if (obs !== null) for (let x = 0; x < p; x++) for (let y = p; y < q; y++) { out[x * q + y] = 0; out[y * q + x] = 0; }
  for (let i = 0; i < po; i++) {
    const xi = obs === null ? i : obs[i]!;
    for (let y = p; y < q; y++) { const v = tmp[i * q + y]!; out[xi * q + y] = v; out[y * q + xi] = v; }
  }
  for (let x = p; x < q; x++) {
    for (let y = p; y <= x; y++) {
      let s = 0;
      for (let a = 0; a < po; a++) s += Vo[a * q + x]! * tmp[a * q + y]!;
      out[x * q + y] = s; out[y * q + x] = s;
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
