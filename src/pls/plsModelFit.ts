import type { PlsEstimate } from "./estimatePls.ts";
import { choleskyInPlace } from "../linalg/cholesky.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";

/** Overall fit of a PLS model (saturated model). */
export interface PlsModelFit {
  readonly srmr: number;
  readonly dULS: number;
  readonly dG: number;
}

/**
 * SRMR, d_ULS and d_G of the saturated model (construct correlations free), from the model-implied item
 * correlation matrix Σ̂:
 * - within a mode A (`=~`) block: λλᵀ with unit diagonal (common factor); within a mode B (`<~`) block: the
 *   observed correlations (composite);
 * - between blocks j and k: λ_j ρ_jk λ_kᵀ, with λ the outer loadings (PLSc loadings under PLSc) and ρ the
 *   construct correlations (disattenuated under PLSc).
 * Then SRMR = √(mean of (s_ij − σ̂_ij)² over i ≤ j), d_ULS = ½ Σ_ij (s_ij − σ̂_ij)², d_G = ½ Σ_k (ln φ_k)² with
 * φ_k the eigenvalues of S⁻¹Σ̂.
 * Source: Dijkstra & Henseler (2015), Computational Statistics & Data Analysis 81, eqs. 6–7 (d_ULS, d_G) and
 * §2 (implied matrices); Henseler et al. (2014), Organizational Research Methods 17(2) (SRMR for PLS).
 * @param est - a PLS estimate
 * @returns srmr, dULS, dG (NaN for d_G when S or Σ̂ is not positive definite)
 * @throws nothing
 * @example
 * plsModelFit(est).srmr;
 */
export function plsModelFit(est: PlsEstimate): PlsModelFit {
  const { layout, data, core } = est;
  const { p, m, owner, modes } = layout;
  const r = data.r;
  const lambda = core.loadings.map((l, a) => l / (core.scale[owner[a] as number] as number));
  const sigma = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    const ka = owner[a] as number;
    for (let b = 0; b < p; b++) {
      const kb = owner[b] as number;
      let v: number;
      if (a === b) v = 1;
      else if (ka === kb) v = modes[ka] === "B" ? (r[a * p + b] as number) : (lambda[a] as number) * (lambda[b] as number);
      else v = (lambda[a] as number) * (core.structCor[ka * m + kb] as number) * (lambda[b] as number);
      sigma[a * p + b] = v;
    }
  }
  let ss = 0, cnt = 0, uls = 0;
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      const d = (r[a * p + b] as number) - (sigma[a * p + b] as number);
      uls += d * d;
      if (b <= a) { ss += d * d; cnt++; }
    }
  }
  return { srmr: Math.sqrt(ss / cnt), dULS: uls / 2, dG: geodesic(r, sigma, p) };
}

/** ½ Σ (ln φ)², φ the eigenvalues of S⁻¹Σ̂ = those of L⁻¹ Σ̂ L⁻ᵀ with S = LLᵀ. */
function geodesic(s: Float64Array, sigma: Float64Array, p: number): number {
  const l = Float64Array.from(s);
  if (!choleskyInPlace(l, p)) return Number.NaN;
  // y = L⁻¹ Σ̂ (forward substitution, column by column), then M = L⁻¹ yᵀ
  const solveLower = (src: Float64Array): Float64Array => {
    const out = new Float64Array(p * p);
    for (let c = 0; c < p; c++) {
      for (let i = 0; i < p; i++) {
        let v = src[i * p + c] as number;
        for (let k = 0; k < i; k++) v -= (l[i * p + k] as number) * (out[k * p + c] as number);
        out[i * p + c] = v / (l[i * p + i] as number);
      }
    }
    return out;
  };
  const y = solveLower(sigma);
  const yt = new Float64Array(p * p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) yt[i * p + j] = y[j * p + i] as number;
  const mm = solveLower(yt);
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) {
      const v = ((mm[i * p + j] as number) + (mm[j * p + i] as number)) / 2;
      mm[i * p + j] = v; mm[j * p + i] = v;
    }
  }
  const ev = symmetricEigenvalues(mm, p);
  let g = 0;
  for (const e of ev) {
    if (!(e > 0)) return Number.NaN;
    g += Math.log(e) ** 2;
  }
  return g / 2;
}
