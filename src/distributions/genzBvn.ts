import { normalCdf } from "./normalCdf.ts";

/**
 * Gauss–Legendre half-rules (abscissae in (−1, 0), weights) with 6, 12 and 20 points, as tabulated
 * in Genz (2004) for the bivariate normal integral.
 */
const GL_X: readonly (readonly number[])[] = [
  [-0.9324695142031522, -0.6612093864662647, -0.2386191860831970],
  [-0.9815606342467191, -0.9041172563704750, -0.7699026741943050, -0.5873179542866171, -0.3678314989981802,
    -0.1252334085114692],
  [-0.9931285991850949, -0.9639719272779138, -0.9122344282513259, -0.8391169718222188, -0.7463319064601508,
    -0.6360536807265150, -0.5108670019508271, -0.3737060887154196, -0.2277858511416451, -0.07652652113349733],
];
const GL_W: readonly (readonly number[])[] = [
  [0.1713244923791705, 0.3607615730481384, 0.4679139345726904],
  [0.04717533638651177, 0.1069393259953183, 0.1600783285433464, 0.2031674267230659, 0.2334925365383547,
    0.2491470458134029],
  [0.01761400713915212, 0.04060142980038694, 0.06267204833410906, 0.08327674157670475, 0.1019301198172404,
    0.1181945319615184, 0.1316886384491766, 0.1420961093183821, 0.1491729864726037, 0.1527533871307259],
];
const TWO_PI = 6.283185307179586;
const SQRT_TWO_PI = 2.5066282746310002;

/** Quantities of Genz's rule that depend on ρ only, shared by every (h, k) evaluated at that ρ. */
export interface BvnNodes {
  r: number;
  /** number of half-rule points (3, 6 or 10) */
  m: number;
  /** weights of the half-rule */
  w: readonly number[];
  /** |r| < 0.925: sin(asin(r)(1 ± x)/2) and 1/(1 − sn²), 2m values each (plus, then minus) */
  sn: Float64Array;
  isn: Float64Array;
  asr: number;
  /** |r| ≥ 0.925: xs = (a(1 ± x))², rs = √(1 − xs), a = √(1 − r²)/2 */
  xs: Float64Array;
  rs: Float64Array;
  as: number;
  a: number;
}

/**
 * Precompute the ρ-dependent nodes of Genz's bivariate normal rule.
 *
 * Source: A. Genz (2004), "Numerical computation of rectangular bivariate and trivariate normal and t
 * probabilities", Statistics and Computing 14, 251–260 (the BVU algorithm, after Drezner & Wesolowsky 1990).
 * @param r the correlation, −1 ≤ r ≤ 1
 * @param into optional nodes object to refill (avoids allocation)
 * @returns the nodes for {@link bvnUpperWithNodes}
 * @throws never
 * @example
 * const nodes = bvnNodes(0.5); bvnUpperWithNodes(0, 0, nodes); // 1/3
 */
export function bvnNodes(r: number, into?: BvnNodes): BvnNodes {
  const ar = Math.abs(r);
  const g = ar < 0.3 ? 0 : ar < 0.75 ? 1 : 2;
  const x = GL_X[g]!, w = GL_W[g]!, m = x.length;
  const out: BvnNodes = into ?? {
    r, m, w, sn: new Float64Array(20), isn: new Float64Array(20), asr: 0,
    xs: new Float64Array(20), rs: new Float64Array(20), as: 0, a: 0,
  };
  out.r = r; out.m = m; out.w = w;
  if (ar < 0.925) {
    const asr = Math.asin(r);
    out.asr = asr;
    for (let i = 0; i < m; i++) {
      const s1 = Math.sin(asr * (x[i]! + 1) / 2), s2 = Math.sin(asr * (1 - x[i]!) / 2);
      out.sn[i] = s1; out.isn[i] = 1 / (1 - s1 * s1);
      out.sn[m + i] = s2; out.isn[m + i] = 1 / (1 - s2 * s2);
    }
  } else if (ar < 1) {
    const as = (1 - r) * (1 + r);
    const a = Math.sqrt(as) / 2;
    out.as = as; out.a = a;
    for (let i = 0; i < m; i++) {
      const x1 = a * (x[i]! + 1), x2 = a * (1 - x[i]!);
      out.xs[i] = x1 * x1; out.rs[i] = Math.sqrt(1 - x1 * x1);
      out.xs[m + i] = x2 * x2; out.rs[m + i] = Math.sqrt(1 - x2 * x2);
    }
  }
  return out;
}

/**
 * Upper bivariate normal probability P(X > h, Y > k) for standard normals with correlation r, from
 * precomputed nodes; absolute accuracy about 1e-15 for finite h, k.
 *
 * Source: Genz (2004), BVU; Drezner & Wesolowsky (1990), "On the computation of the bivariate normal
 * integral", J. Statist. Comput. Simul. 35, 101–107.
 * @param h lower limit of X (finite)
 * @param k lower limit of Y (finite)
 * @param nodes from {@link bvnNodes} for the correlation
 * @param ph Φ(−h), if already known
 * @param pk Φ(−k), if already known
 * @returns P(X > h, Y > k)
 * @throws never
 * @example
 * bvnUpperWithNodes(0, 0, bvnNodes(0)); // 0.25
 */
export function bvnUpperWithNodes(
  h: number, k: number, nodes: BvnNodes, ph: number = normalCdf(-h), pk: number = normalCdf(-k),
): number {
  const r = nodes.r, m = nodes.m, w = nodes.w;
  let hk = h * k;
  let bvn = 0;
  if (Math.abs(r) < 0.925) {
    const hs = (h * h + k * k) / 2;
    const sn = nodes.sn, isn = nodes.isn;
    for (let i = 0; i < m; i++) {
      bvn += w[i]! * (Math.exp((sn[i]! * hk - hs) * isn[i]!) + Math.exp((sn[m + i]! * hk - hs) * isn[m + i]!));
    }
    return bvn * nodes.asr / (2 * TWO_PI) + ph * pk;
  }
  if (r < 0) { k = -k; hk = -hk; }
  if (Math.abs(r) < 1) {
    const as = nodes.as;
    let a = Math.sqrt(as);
    const bs = (h - k) * (h - k);
    const c = (4 - hk) / 8, d = (12 - hk) / 16;
    bvn = a * Math.exp(-(bs / as + hk) / 2) * (1 - c * (bs - as) * (1 - d * bs / 5) / 3 + c * d * as * as / 5);
    if (hk > -160) {
      const b = Math.sqrt(bs);
      bvn -= Math.exp(-hk / 2) * SQRT_TWO_PI * normalCdf(-b / a) * b * (1 - c * bs * (1 - d * bs / 5) / 3);
    }
    a = nodes.a;
    const xs = nodes.xs, rs = nodes.rs;
    for (let i = 0; i < m; i++) {
      const x1 = xs[i]!, r1 = rs[i]!;
      bvn += a * w[i]! * (Math.exp(-bs / (2 * x1) - hk / (1 + r1)) / r1
        - Math.exp(-(bs / x1 + hk) / 2) * (1 + c * x1 * (1 + d * x1)));
      const x2 = xs[m + i]!, r2 = rs[m + i]!;
      bvn += a * w[i]! * Math.exp(-(bs / x2 + hk) / 2)
        * (Math.exp(-hk * (1 - r2) / (2 * (1 + r2))) / r2 - (1 + c * x2 * (1 + d * x2)));
    }
    bvn = -bvn / TWO_PI;
  }
  // r > 0: Φ(−max(h, k)); r < 0 (k was negated): Φ(−h) − Φ(k)
  if (r > 0) bvn += Math.min(ph, pk);
  else bvn = -bvn + Math.max(0, ph - (1 - pk));
  return bvn;
}
