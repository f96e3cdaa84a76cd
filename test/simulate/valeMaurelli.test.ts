import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fleishman } from "../../src/simulate/fleishman.ts";
import { intermediateCorrelation } from "../../src/simulate/intermediateCorrelation.ts";

interface Fl { skew: number; kurtosis: number; a: number; b: number; c: number; d: number }
const ref = JSON.parse(readFileSync("test/simulate/fixtures/simulate_reference.json", "utf8")) as {
  fleishman: Fl[]; intermediate: { r: number; i: number; j: number; rho: number }[];
};

/** E[Z^k] of a standard normal: 0 for odd k, (k − 1)!! for even k. */
const zMoment = (k: number): number => { if (k % 2 === 1) return 0; let m = 1; for (let j = k - 1; j > 1; j -= 2) m *= j; return m; };
/** Raw moments of Y = a + bZ + cZ² + dZ³ by expanding the polynomial (independent of Fleishman's equations). */
function cubicMoments(a: number, b: number, c: number, d: number): { mean: number; variance: number; skew: number; exkurt: number } {
  const coef = [a, b, c, d];
  const power = (k: number): number[] => { let poly = [1]; for (let t = 0; t < k; t++) { const next = new Array<number>(poly.length + 3).fill(0); poly.forEach((x, i) => coef.forEach((y, j) => { next[i + j]! += x * y; })); poly = next; } return poly; };
  const raw = (k: number): number => power(k).reduce((s, x, i) => s + x * zMoment(i), 0);
  const m1 = raw(1), m2 = raw(2), m3 = raw(3), m4 = raw(4);
  const v = m2 - m1 * m1;
  const c3 = m3 - 3 * m1 * m2 + 2 * m1 ** 3, c4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 ** 4;
  return { mean: m1, variance: v, skew: c3 / v ** 1.5, exkurt: c4 / (v * v) - 3 };
}

describe("Fleishman coefficients", () => {
  for (const r of ref.fleishman) {
    test(`skew ${r.skew}, kurtosis ${r.kurtosis}`, () => {
      const f = fleishman(r.skew, r.kurtosis)!;
      // R 4.2.2 nlminb on Fleishman's equations from (1, 0, 0), as lavaan 0.6-14 (residual objective ≤ 2e-17)
      expect(f.b).toBeCloseTo(r.b, 7);
      expect(f.c).toBeCloseTo(r.c, 7);
      expect(f.d).toBeCloseTo(r.d, 7);
      expect(f.a).toBeCloseTo(-f.c, 15);
      // the definition: moments of a + bZ + cZ² + dZ³ from the normal moments E[Z^k] = (k − 1)!!
      const m = cubicMoments(f.a, f.b, f.c, f.d);
      expect(m.mean).toBeCloseTo(0, 12);
      expect(m.variance).toBeCloseTo(1, 12);
      expect(m.skew).toBeCloseTo(r.skew, 10);
      expect(m.exkurt).toBeCloseTo(r.kurtosis, 10);
    });
  }
  test("no solution below the kurtosis bound", () => {
    // Fleishman (1978): the cubic cannot reach excess kurtosis below about 1.5·skew² − 1.2 (skew 2 → 4.8)
    expect(fleishman(2, 1)).toBeNull();
  });
});

describe("Vale–Maurelli intermediate correlation", () => {
  for (const r of ref.intermediate) {
    test(`r = ${r.r} between distributions ${r.i} and ${r.j}`, () => {
      const f1 = fleishman(ref.fleishman[r.i - 1]!.skew, ref.fleishman[r.i - 1]!.kurtosis)!;
      const f2 = fleishman(ref.fleishman[r.j - 1]!.skew, ref.fleishman[r.j - 1]!.kurtosis)!;
      // R uniroot of Vale & Maurelli (1983) eq. 11 on [-1, 1]
      expect(intermediateCorrelation(r.r, f1, f2)).toBeCloseTo(r.rho, 7);
    });
  }
});
