import { smc } from "./smc.ts";

/** The coefficients psych's internal `alpha.1` computes from one covariance/correlation pair. */
export interface AlphaCoefficients {
  /** Cronbach's α from the covariance matrix. */
  readonly raw: number;
  /** Standardized α from the correlation matrix. */
  readonly std: number;
  /** Guttman's λ6 with smc as the communality estimate. */
  readonly g6: number;
  /** Mean off-diagonal correlation. */
  readonly averageR: number;
  /** Signal-to-noise ratio p·r̄/(1 − r̄). */
  readonly signalNoise: number;
  /** Q of Duhachek & Iacobucci (2004); the asymptotic SE of α is √(Q/N). */
  readonly q: number;
  /** Variance (denominator m − 1) of the off-diagonal correlations; NaN with fewer than 2. */
  readonly varR: number;
  /** Median of the off-diagonal correlations. */
  readonly medR: number;
}

/**
 * Reliability coefficients of one set of items from its covariance matrix C and
 * correlation matrix R (psych `alpha`, internal `alpha.1`, 2.2.9):
 * - α = p/(p−1) · (1 − tr C / ΣC) (Cronbach 1951, eq. 2);
 * - standardized α = p/(p−1) · (1 − p / ΣR);
 * - λ6 = 1 − (p − Σ smc_j) / ΣR (Guttman 1945, with smc communalities);
 * - r̄ = (ΣR − p)/(p(p − 1)), S/N = p r̄/(1 − r̄) (Cronbach & Gleser 1964);
 * - Q = 2p²/((p−1)²(ΣC)³) · [ΣC (tr C² + (tr C)²) − 2 tr C · Σ(C²)], with C² the matrix
 *   product (Duhachek & Iacobucci 2004, eq. 3, as corrected in psych by T. Hattori).
 *
 * @param c row-major p×p covariance matrix
 * @param r row-major p×p correlation matrix
 * @param p number of items (≥ 2)
 * @returns the coefficients
 * @throws never
 * @example
 * alphaCoefficients(new Float64Array([1, .5, .5, 1]), new Float64Array([1, .5, .5, 1]), 2).raw; // 2/3
 */
export function alphaCoefficients(c: Float64Array, r: Float64Array, p: number): AlphaCoefficients {
  let sumC = 0, trC = 0, sumR = 0, trCC = 0, sumCC = 0;
  for (let i = 0; i < p; i++) {
    trC += c[i * p + i]!;
    for (let j = 0; j < p; j++) {
      sumC += c[i * p + j]!;
      sumR += r[i * p + j]!;
      let cc = 0;
      for (let k = 0; k < p; k++) cc += c[i * p + k]! * c[k * p + j]!;
      sumCC += cc;
      if (i === j) trCC += cc;
    }
  }
  const k = p / (p - 1);
  const raw = (1 - trC / sumC) * k;
  const std = (1 - p / sumR) * k;
  const s = smc(r, p);
  let sumSmc = 0;
  for (let i = 0; i < p; i++) sumSmc += s[i]!;
  const g6 = 1 - (p - sumSmc) / sumR;
  const averageR = (sumR - p) / (p * (p - 1));
  const signalNoise = p * averageR / (1 - averageR);
  const q = (2 * p * p / ((p - 1) * (p - 1) * sumC * sumC * sumC)) * (sumC * (trCC + trC * trC) - 2 * trC * sumCC);
  const lower: number[] = [];
  for (let j = 0; j < p; j++) for (let i = j + 1; i < p; i++) lower.push(r[i * p + j]!);
  return { raw, std, g6, averageR, signalNoise, q, varR: sampleVariance(lower), medR: median(lower) };
}

function sampleVariance(x: readonly number[]): number {
  const m = x.length;
  if (m < 2) return NaN;
  let s = 0;
  for (const v of x) s += v;
  const mean = s / m;
  let ss = 0;
  for (const v of x) ss += (v - mean) * (v - mean);
  return ss / (m - 1);
}

function median(x: readonly number[]): number {
  if (x.length === 0) return NaN;
  const s = [...x].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}
