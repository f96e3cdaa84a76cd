/** Fleishman's power-transformation coefficients: Y = a + bZ + cZ² + dZ³ with Z ~ N(0, 1). */
export interface FleishmanCoefficients {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

/** Residuals of Fleishman's three moment equations at (b, c, d), written to `out`. */
function equations(b: number, c: number, d: number, skew: number, kurt: number, out: Float64Array): void {
  out[0] = b * b + 6 * b * d + 2 * c * c + 15 * d * d - 1;
  out[1] = 2 * c * (b * b + 24 * b * d + 105 * d * d + 2) - skew;
  out[2] = 24 * (b * d + c * c * (1 + b * b + 28 * b * d) + d * d * (12 + 48 * b * d + 141 * c * c + 225 * d * d)) - kurt;
}

/** Jacobian of `equations` with respect to (b, c, d), row-major 3×3. */
function jacobian(b: number, c: number, d: number, J: Float64Array): void {
  const s2 = b * b + 24 * b * d + 105 * d * d + 2;
  J[0] = 2 * b + 6 * d; J[1] = 4 * c; J[2] = 6 * b + 30 * d;
  J[3] = 2 * c * (2 * b + 24 * d); J[4] = 2 * s2; J[5] = 2 * c * (24 * b + 210 * d);
  J[6] = 24 * (d + c * c * (2 * b + 28 * d) + 48 * d * d * d);
  J[7] = 24 * (2 * c * (1 + b * b + 28 * b * d) + 282 * c * d * d);
  J[8] = 24 * (b + 28 * b * c * c + 2 * d * (12 + 48 * b * d + 141 * c * c + 225 * d * d) + d * d * (48 * b + 450 * d));
}

/** Solve the 3×3 system J x = r by Cramer's rule; false when J is singular. */
function solve3(J: Float64Array, r: Float64Array, x: Float64Array): boolean {
  const det = J[0]! * (J[4]! * J[8]! - J[5]! * J[7]!) - J[1]! * (J[3]! * J[8]! - J[5]! * J[6]!) + J[2]! * (J[3]! * J[7]! - J[4]! * J[6]!);
  if (!(Math.abs(det) > 1e-300)) return false;
  for (let k = 0; k < 3; k++) {
    const M = Float64Array.from(J);
    for (let i = 0; i < 3; i++) M[i * 3 + k] = r[i]!;
    x[k] = (M[0]! * (M[4]! * M[8]! - M[5]! * M[7]!) - M[1]! * (M[3]! * M[8]! - M[5]! * M[6]!) + M[2]! * (M[3]! * M[7]! - M[4]! * M[6]!)) / det;
  }
  return true;
}

const norm2 = (v: Float64Array): number => v[0]! * v[0]! + v[1]! * v[1]! + v[2]! * v[2]!;

/**
 * Coefficients of Fleishman's power method: the cubic Y = a + bZ + cZ² + dZ³ of a standard normal Z
 * with mean 0, variance 1, skewness γ₁ and excess kurtosis γ₂, from his three moment equations
 *   b² + 6bd + 2c² + 15d² = 1
 *   2c(b² + 24bd + 105d² + 2) = γ₁
 *   24[bd + c²(1 + b² + 28bd) + d²(12 + 48bd + 141c² + 225d²)] = γ₂
 * and a = −c. Solved by damped Newton steps from (b, c, d) = (1, 0, 0), the start lavaan uses, so
 * the solution is the one nearest the normal (b > 0).
 *
 * Source: Fleishman (1978), Psychometrika 43, 521–532, eqs. 5, 11, 17; lavaan `lav_data_valemaurelli1983`.
 * @param skew skewness γ₁
 * @param kurtosis excess kurtosis γ₂ (0 for the normal)
 * @returns the coefficients, or null when the equations have no solution (γ₂ too small for γ₁)
 * @throws never
 * @example
 * fleishman(0, 0); // { a: 0, b: 1, c: 0, d: 0 }
 */
export function fleishman(skew: number, kurtosis: number): FleishmanCoefficients | null {
  if (skew === 0 && kurtosis === 0) return { a: 0, b: 1, c: 0, d: 0 };
  const starts: [number, number, number][] = [[1, 0, 0], [0.9, skew / 6, 0.02], [0.8, skew / 4, 0.05], [1.1, skew / 8, -0.03]];
  const F = new Float64Array(3), J = new Float64Array(9), step = new Float64Array(3), Ft = new Float64Array(3);
  for (const [b0, c0, d0] of starts) {
    let b = b0, c = c0, d = d0;
    equations(b, c, d, skew, kurtosis, F);
    let f = norm2(F);
    for (let it = 0; it < 200 && f > 1e-26; it++) {
      jacobian(b, c, d, J);
      if (!solve3(J, F, step)) break;
      let t = 1, accepted = false;
      for (let k = 0; k < 50; k++) {
        const bt = b - t * step[0]!, ct = c - t * step[1]!, dt = d - t * step[2]!;
        equations(bt, ct, dt, skew, kurtosis, Ft);
        const ft = norm2(Ft);
        if (ft < f) { b = bt; c = ct; d = dt; f = ft; F.set(Ft); accepted = true; break; }
        t /= 2;
      }
      if (!accepted) break;
    }
    if (f < 1e-20 && b > 0) return { a: -c, b, c, d };
  }
  return null;
}
