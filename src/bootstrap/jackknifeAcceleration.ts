import { checkArg } from "../options/checkArg.ts";

/**
 * Acceleration constant of the BCa interval from jackknife (leave-one-out) estimates:
 *
 *   a = Σᵢ (θ̄ − θ₍ᵢ₎)³ / ( 6 [ Σᵢ (θ̄ − θ₍ᵢ₎)² ]^{3/2} ),   θ̄ = mean of the θ₍ᵢ₎
 *
 * Source: Efron (1987), eq. 6.6; Efron & Tibshirani (1993), eq. 14.15.
 * @param jack leave-one-out estimates (NaN entries are skipped)
 * @returns a (0 when all estimates are equal)
 * @throws OptionError when jack is not an array or typed array (JavaScript callers)
 * @example
 * jackknifeAcceleration([1, 2, 3]); // 0 (symmetric)
 */
export function jackknifeAcceleration(jack: ArrayLike<number>): number {
  checkArg("jackknifeAcceleration", "jack", jack, "arraylike");
  let s = 0, c = 0;
  for (let i = 0; i < jack.length; i++) { const v = jack[i]!; if (Number.isFinite(v)) { s += v; c++; } }
  if (c === 0) return Number.NaN;
  const mean = s / c;
  let s2 = 0, s3 = 0;
  for (let i = 0; i < jack.length; i++) {
    const v = jack[i]!;
    if (!Number.isFinite(v)) continue;
    const d = mean - v;
    s2 += d * d; s3 += d * d * d;
  }
  return s2 > 0 ? s3 / (6 * Math.pow(s2, 1.5)) : 0;
}
