import { spdInverse } from "../linalg/spdInverse.ts";

/** A missing-data pattern of a group: its observed variables and its share of the group's cases. */
export interface GfiPattern {
  /** 0-based indices of the observed variables, or null for all. */
  readonly observed: ArrayLike<number> | null;
  /** n_k / N_g (the weights of a group's patterns add up to 1). */
  readonly weight: number;
}

/** Options of {@link gfiGroupML}. */
export interface GfiGroupOptions {
  /** 0-based indices of fixed exogenous covariates (fixed.x): their own moments get zero weight. */
  readonly exogenous?: readonly number[];
  /** Missing-data patterns (FIML); omitted for complete data (one pattern with every variable). */
  readonly patterns?: readonly GfiPattern[];
}

/**
 * Goodness-of-fit index (GFI) of one group for ML, with lavaan's weight matrix: the expected h1
 * information evaluated at the model-implied moments ("structured").
 *
 * With W = Σ̂⁻¹: GFI_g = 1 − t1/t2, t1 = ½·tr[((S − Σ̂)W)²] + (ȳ − μ̂)ᵀW(ȳ − μ̂),
 * t2 = ½·tr[(SW)²] + ȳᵀWȳ (mean terms only with a mean structure). This is
 * 1 − eᵀVe / sᵀVs with s = (ȳ, vech S), e = s − σ̂ and V = diag(Σ̂⁻¹, ½Dᵀ(Σ̂⁻¹⊗Σ̂⁻¹)D).
 * With fixed covariates x, lavaan zeroes the rows and columns of V that belong to the moments of the
 * x alone (vech S_xx and ȳ_x), which is the same as zeroing those entries of s and e. With missing
 * data (FIML), V is the expected information of the patterns, Σ_k (n_k/N_g)·V_k with V_k built from
 * W_k = (Σ̂_oo)⁻¹ of the variables observed in pattern k (zero elsewhere), and s the EM estimates.
 * lavaan combines groups as Σ N_g·GFI_g / N.
 * Source: Jöreskog & Sörbom (1984), LISREL VI; Tanaka & Huba (1985), British Journal of
 * Mathematical and Statistical Psychology 38, 197–201; lavaan 0.6-14 R/lav_fit_gfi.R with
 * lav_object_inspect_wls_v = lav_model_h1_information_expected (lav_mvnorm_information_expected and
 * lav_mvnorm_missing_information_expected, x.idx eliminated by eliminate.pstar.idx).
 * @param p number of variables
 * @param sampleCov S (row-major p×p, N denominator; EM estimate with missing data)
 * @param sampleMean ȳ
 * @param impliedCov Σ̂
 * @param impliedMean μ̂; omit when the model has no mean structure
 * @param options fixed covariates and missing-data patterns
 * @returns GFI of the group; NaN when Σ̂ (or a pattern's Σ̂_oo) is not positive definite
 * @throws never
 * @example
 * gfiGroupML(1, new Float64Array([2]), new Float64Array([0]), new Float64Array([2])); // 1
 * gfiGroupML(2, S, m, Sigma, undefined, { exogenous: [1] }); // σ_22 left out of t1 and t2
 */
export function gfiGroupML(
  p: number,
  sampleCov: Float64Array,
  sampleMean: Float64Array,
  impliedCov: Float64Array,
  impliedMean?: Float64Array,
  options: GfiGroupOptions = {},
): number {
  const isX = new Uint8Array(p);
  for (const i of options.exogenous ?? []) isX[i] = 1;
  const patterns = options.patterns ?? [{ observed: null, weight: 1 }];
  let t1 = 0;
  let t2 = 0;
  for (const pat of patterns) {
    const idx = pat.observed === null ? null : Array.from(pat.observed);
    const po = idx === null ? p : idx.length;
    if (po === 0 || pat.weight === 0) continue;
    const at = (i: number): number => (idx === null ? i : idx[i]!);
    // residual E and observed S of the pattern's variables, x-x entries zeroed
    const e = new Float64Array(po * po), s = new Float64Array(po * po), sig = new Float64Array(po * po);
    for (let i = 0; i < po; i++) {
      for (let j = 0; j < po; j++) {
        const a = at(i), b = at(j), k = i * po + j;
        sig[k] = impliedCov[a * p + b]!;
        if (isX[a] === 1 && isX[b] === 1) continue;
        s[k] = sampleCov[a * p + b]!;
        e[k] = s[k]! - sig[k]!;
      }
    }
    const w = new Float64Array(po * po);
    if (Number.isNaN(spdInverse(sig, po, w, new Float64Array(po * po)))) return Number.NaN;
    let q1 = 0.5 * traceSquare(e, w, po);
    let q2 = 0.5 * traceSquare(s, w, po);
    if (impliedMean !== undefined) {
      for (let i = 0; i < po; i++) {
        const a = at(i);
        if (isX[a] === 1) continue;
        const di = sampleMean[a]! - impliedMean[a]!, mi = sampleMean[a]!;
        for (let j = 0; j < po; j++) {
          const b = at(j);
          if (isX[b] === 1) continue;
          const wij = w[i * po + j]!;
          q1 += di * wij * (sampleMean[b]! - impliedMean[b]!);
          q2 += mi * wij * sampleMean[b]!;
        }
      }
    }
    t1 += pat.weight * q1;
    t2 += pat.weight * q2;
  }
  return 1 - t1 / t2;
}

/** tr[(MW)²] for symmetric n×n M and W. */
function traceSquare(M: Float64Array, W: Float64Array, n: number): number {
  const mw = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let a = 0;
      for (let k = 0; k < n; k++) a += M[i * n + k]! * W[k * n + j]!;
      mw[i * n + j] = a;
    }
  }
  let t = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t += mw[i * n + j]! * mw[j * n + i]!;
  return t;
}
