import { rotationCriterion, type EsemRotationMethod } from "./criteria.ts";
import { gpaRotate } from "./gpaRotate.ts";
import { inverseRM } from "../linalg/inverseRM.ts";
import { matMulRM } from "../linalg/matMulRM.ts";
import { transposeRM } from "../linalg/transposeRM.ts";
import { varimaxPromax } from "./varimaxPromax.ts";
import { createRng } from "../random/rng.ts";

/** How one ESEM block is rotated (lavaan's `rotation` and `rotation.args`). */
export interface BlockRotationOptions {
  readonly method: EsemRotationMethod;
  readonly orthogonal: boolean;
  /** "kaiser" (varimax, promax) or "none". */
  readonly rowWeights: "none" | "kaiser";
  /** Implied variances of the block's indicators, to rotate standardized loadings (lavaan std.ov = TRUE); null to rotate raw loadings. */
  readonly ovVar: Float64Array | null;
  readonly geominEpsilon: number;
  readonly obliminGamma: number;
  readonly promaxKappa: number;
  /** Random orthogonal starts besides T = I (lavaan: 30), seeded for reproducibility. */
  readonly rstarts: number;
  readonly seed: number;
  /** ‖projected gradient‖ tolerance and iteration cap of each GPA run. */
  readonly tol: number;
  readonly maxIter: number;
}

/** A rotated block. */
export interface BlockRotation {
  /** p×m rotated loadings (unstandardized), reflected and ordered. */
  readonly lambda: Float64Array;
  /** m×m factor correlations (identity for orthogonal rotations). */
  readonly phi: Float64Array;
  /** m×m rotation matrix H: Λ_rot = Λ H⁻ᵀ, Φ = HᵀH (oblique) or Λ H (orthogonal). */
  readonly rot: Float64Array;
  readonly value: number;
  readonly converged: boolean;
}

/**
 * Rotates the unrotated loadings of one ESEM block as lavaan's `lav_matrix_rotate` does: standardize rows by the
 * implied indicator SDs (std.ov), apply row weights (Kaiser: 1/‖row‖), run the gradient-projection algorithm from
 * T = I and from `rstarts` random orthogonal starts and keep the smallest criterion value (promax: varimax then
 * promax, no GPA), undo the weights and the standardization, reflect factors whose loadings sum to a negative
 * number, and order the factors by the mean row index of their loadings within 0.8 of the column maximum
 * (order.lv.by = "index").
 *
 * Source: lavaan 0.6-14 R/lav_matrix_rotate.R (Rosseel 2012); Jennrich (2002) for the GPA algorithm.
 * @param A row-major p×m unrotated loadings
 * @param p indicators
 * @param m factors (≥ 2)
 * @param o rotation options
 * @returns the rotated loadings, factor correlations and rotation matrix
 * @throws never
 * @example
 * rotateBlock(A, 9, 3, { method: "geomin", orthogonal: false, rowWeights: "none", ovVar, geominEpsilon: 0.001,
 *   obliminGamma: 0, promaxKappa: 4, rstarts: 30, seed: 1, tol: 1e-11, maxIter: 10000 }).phi;
 */
export function rotateBlock(A: Float64Array, p: number, m: number, o: BlockRotationOptions): BlockRotation {
  const sd = new Float64Array(p).fill(1);
  if (o.ovVar !== null) for (let i = 0; i < p; i++) sd[i] = Math.sqrt(o.ovVar[i]!);
  const As = new Float64Array(p * m);
  const w = new Float64Array(p).fill(1);
  for (let i = 0; i < p; i++) {
    let ss = 0;
    for (let k = 0; k < m; k++) { As[i * m + k] = A[i * m + k]! / sd[i]!; ss += As[i * m + k]! ** 2; }
    if (o.rowWeights === "kaiser") w[i] = 1 / Math.sqrt(ss);
    for (let k = 0; k < m; k++) As[i * m + k] = As[i * m + k]! * w[i]!;
  }
  let rot: Float64Array, value = NaN, converged = true, lambda: Float64Array, phi: Float64Array;
  if (o.method === "promax") {
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) As[i * m + k] = As[i * m + k]! / w[i]!;
    const pm = varimaxPromax(As, p, m, o.rowWeights === "kaiser", o.promaxKappa);
    lambda = pm.loadings;
    // H with Λ = Λ₀ H⁻ᵀ: H⁻ᵀ = (Λ₀ᵀΛ₀)⁻¹ Λ₀ᵀ Λ
    const L0tL0 = matMulRM(transposeRM(As, p, m), As, m, p, m);
    const Hit = matMulRM(inverseRM(L0tL0, m)!, matMulRM(transposeRM(As, p, m), lambda, m, p, m), m, m, m);
    rot = inverseRM(transposeRM(Hit, m, m), m)!;
    phi = matMulRM(transposeRM(rot, m, m), rot, m, m, m);
  } else {
    const Q = rotationCriterion(o.method, { geominEpsilon: o.geominEpsilon, obliminGamma: o.obliminGamma });
    const rng = createRng(o.seed);
    let best: ReturnType<typeof gpaRotate> | null = null;
    for (let s = 0; s <= o.rstarts; s++) {
      const T0 = s === 0 ? identity(m) : randomOrthogonal(m, rng);
      const r = gpaRotate(As, p, m, o.orthogonal, Q, T0, o.tol, o.maxIter);
      if (best === null || r.value < best.value - 1e-12) best = r;
    }
    rot = best!.T; value = best!.value; converged = best!.converged;
    lambda = o.orthogonal ? matMulRM(As, rot, p, m, m) : matMulRM(As, transposeRM(inverseRM(rot, m)!, m, m), p, m, m);
    phi = o.orthogonal ? identity(m) : matMulRM(transposeRM(rot, m, m), rot, m, m, m);
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) lambda[i * m + k] = lambda[i * m + k]! / w[i]!;
  }
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) lambda[i * m + k] = lambda[i * m + k]! * sd[i]!;
  // reflect
  let flipped = false;
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let i = 0; i < p; i++) s += lambda[i * m + k]!;
    if (s >= 0) continue;
    flipped = true;
    for (let i = 0; i < p; i++) lambda[i * m + k] = -lambda[i * m + k]!;
    for (let i = 0; i < m; i++) rot[i * m + k] = -rot[i * m + k]!;
  }
  if (flipped && !o.orthogonal) phi = matMulRM(transposeRM(rot, m, m), rot, m, m, m);
  // order by index
  const avg = Array.from({ length: m }, (_, k) => {
    let mx = 0;
    for (let i = 0; i < p; i++) mx = Math.max(mx, Math.abs(lambda[i * m + k]!));
    let s = 0, n = 0;
    for (let i = 0; i < p; i++) if (Math.abs(lambda[i * m + k]!) >= 0.8 * mx) { s += i + 1; n++; }
    return s / n;
  });
  const order = avg.map((v, k) => [v, k] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, k]) => k);
  const perm = (X: Float64Array, rows: number): Float64Array => {
    const Y = new Float64Array(rows * m);
    for (let i = 0; i < rows; i++) for (let k = 0; k < m; k++) Y[i * m + k] = X[i * m + order[k]!]!;
    return Y;
  };
  const phiOrdered = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) phiOrdered[a * m + b] = phi[order[a]! * m + order[b]!]!;
  return { lambda: perm(lambda, p), phi: phiOrdered, rot: perm(rot, m), value, converged };
}

function identity(m: number): Float64Array {
  const I = new Float64Array(m * m);
  for (let i = 0; i < m; i++) I[i * m + i] = 1;
  return I;
}

/** A random orthogonal matrix: Gram–Schmidt on the columns of a standard normal matrix (lavaan: qr.Q(qr(rnorm))). */
function randomOrthogonal(m: number, rng: ReturnType<typeof createRng>): Float64Array {
  const X = new Float64Array(m * m);
  for (let i = 0; i < m * m; i++) X[i] = rng.normal();
  for (let k = 0; k < m; k++) {
    for (let j = 0; j < k; j++) {
      let d = 0;
      for (let i = 0; i < m; i++) d += X[i * m + k]! * X[i * m + j]!;
      for (let i = 0; i < m; i++) X[i * m + k] = X[i * m + k]! - d * X[i * m + j]!;
    }
    let n = 0;
    for (let i = 0; i < m; i++) n += X[i * m + k]! ** 2;
    n = Math.sqrt(n);
    for (let i = 0; i < m; i++) X[i * m + k] = X[i * m + k]! / n;
  }
  return X;
}
