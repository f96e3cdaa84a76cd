/**
 * Orient and order factors as psych::fa does after rotation: flip each column so its loadings
 * sum to a non-negative number (Φ flipped accordingly), then sort the factors by decreasing
 * variance accounted for — column sums of squares for orthogonal factors, diag(Φ ΛᵀΛ) for
 * oblique ones (psych::principal orders by the column sums of squares in both cases).
 *
 * Source: psych::fa and psych::principal (Revelle 2022), the `signed` and `ev.order` steps.
 * @param L row-major p×m loadings (not modified)
 * @param phi m×m factor correlations or null (not modified)
 * @param p rows
 * @param m factors
 * @param orderWithPhi order oblique factors by diag(Φ ΛᵀΛ) (psych::fa, default) rather than diag(ΛᵀΛ)
 * @returns new, oriented and ordered loadings and Φ
 * @throws never
 * @example
 * orientFactors(new Float64Array([-1, 0.1, -1, 0.9]), null, 2, 2).loadings; // first column flipped, ordered by SS
 */
export function orientFactors(
  L: Float64Array, phi: Float64Array | null, p: number, m: number, orderWithPhi = true,
): { loadings: Float64Array; phi: Float64Array | null } {
  const sign = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let i = 0; i < p; i++) s += L[i * m + k]!;
    sign[k] = s < 0 ? -1 : 1;
  }
  // variance accounted for, after the sign change (signs cancel in both formulas)
  const ss = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    if (phi === null || !orderWithPhi) {
      for (let i = 0; i < p; i++) ss[k] = ss[k]! + L[i * m + k]! ** 2;
    } else {
      // (Φ ΛᵀΛ)_kk = Σ_c Φ_kc (ΛᵀΛ)_ck
      for (let c = 0; c < m; c++) {
        let ck = 0;
        for (let i = 0; i < p; i++) ck += L[i * m + c]! * L[i * m + k]!;
        ss[k] = ss[k]! + phi[k * m + c]! * ck;
      }
    }
  }
  const order = Array.from({ length: m }, (_, k) => k).sort((a, b) => ss[b]! - ss[a]! || a - b);
  const outL = new Float64Array(p * m);
  for (let i = 0; i < p; i++) order.forEach((src, k) => { outL[i * m + k] = L[i * m + src]! * sign[src]!; });
  let outPhi: Float64Array | null = null;
  if (phi !== null) {
    outPhi = new Float64Array(m * m);
    order.forEach((a, k) => order.forEach((b, l) => { outPhi![k * m + l] = phi[a * m + b]! * sign[a]! * sign[b]!; }));
  }
  return { loadings: outL, phi: outPhi };
}
