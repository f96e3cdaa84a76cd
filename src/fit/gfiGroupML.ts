import { spdInverse } from "../linalg/spdInverse.ts";

/**
 * Goodness-of-fit index (GFI) of one group for ML, with lavaan's weight matrix: the
 * expected h1 information evaluated at the model-implied moments ("structured").
 *
 * With W = Σ̂⁻¹: GFI_g = 1 − t1/t2, t1 = ½·tr[((S − Σ̂)W)²] + (ȳ − μ̂)ᵀW(ȳ − μ̂),
 * t2 = ½·tr[(SW)²] + ȳᵀWȳ (mean terms only with a mean structure). This is
 * 1 − eᵀVe / sᵀVs with s = (ȳ, vech S), e = s − σ̂ and V = diag(Σ̂⁻¹, ½Dᵀ(Σ̂⁻¹⊗Σ̂⁻¹)D).
 * lavaan combines groups as Σ N_g·GFI_g / N.
 * Source: Jöreskog & Sörbom (1984), LISREL VI; Tanaka & Huba (1985), British Journal of
 * Mathematical and Statistical Psychology 38, 197–201; lavaan 0.6-14 R/lav_fit_gfi.R
 * with lav_object_inspect_wls_v = lav_model_h1_information_expected.
 * @param p number of variables
 * @param sampleCov S (row-major p×p, N denominator)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit when the model has no mean structure
 * @returns GFI of the group; NaN when Σ̂ is not positive definite
 * @throws never
 * @example
 * gfiGroupML(1, new Float64Array([2]), new Float64Array([0]), new Float64Array([2])); // 1
 */
export function gfiGroupML(
  p: number,
  sampleCov: Float64Array,
  sampleMean: Float64Array,
  impliedCov: Float64Array,
  impliedMean?: Float64Array,
): number {
  const w = new Float64Array(p * p);
  if (Number.isNaN(spdInverse(impliedCov, p, w, new Float64Array(p * p)))) return Number.NaN;
  const rw = new Float64Array(p * p); // (S − Σ̂) W
  const sw = new Float64Array(p * p); // S W
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      let a = 0;
      let b = 0;
      for (let k = 0; k < p; k++) {
        const s = sampleCov[i * p + k]!;
        const wkj = w[k * p + j]!;
        a += (s - impliedCov[i * p + k]!) * wkj;
        b += s * wkj;
      }
      rw[i * p + j] = a;
      sw[i * p + j] = b;
    }
  }
  let t1 = 0;
  let t2 = 0;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      t1 += rw[i * p + j]! * rw[j * p + i]!;
      t2 += sw[i * p + j]! * sw[j * p + i]!;
    }
  }
  t1 *= 0.5;
  t2 *= 0.5;
  if (impliedMean !== undefined) {
    for (let i = 0; i < p; i++) {
      const di = sampleMean[i]! - impliedMean[i]!;
      const mi = sampleMean[i]!;
      for (let j = 0; j < p; j++) {
        const wij = w[i * p + j]!;
        t1 += di * wij * (sampleMean[j]! - impliedMean[j]!);
        t2 += mi * wij * sampleMean[j]!;
      }
    }
  }
  return 1 - t1 / t2;
}
