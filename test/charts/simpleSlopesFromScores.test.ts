import { describe, expect, it } from "vitest";
import { simpleSlopesFromScores } from "../../src/charts/simpleSlopesFromScores.ts";

describe("simpleSlopesFromScores", () => {
  it("matches numpy 2.4 lstsq + scipy 1.17 t-test on standardized scores", () => {
    const n = 50;
    const x = Array.from({ length: n }, (_, i) => Math.sin(i * 1.3) + i / 50);
    const m = Array.from({ length: n }, (_, i) => Math.cos(i * 0.7));
    const y = x.map((xi, i) => 0.5 * xi - 0.2 * m[i]! - 0.3 * xi * m[i]! + 0.4 * Math.sin(i * 2.9));
    const r = simpleSlopesFromScores(x, m, y);
    // Reference: np.linalg.lstsq on [1, zx, zm, zx·zm]; SE from s²(X'X)⁻¹; p = 2·t.sf(|t|, n − 4)
    const ref = [
      { intercept: 0.4522657138051538, slope: 0.9537203114371886, se: 0.10121579749405102, p: 2.605335466956127e-12 },
      { intercept: 0.00705448478994361, slope: 0.6708301412427022, se: 0.07708084146052173, p: 2.7815084922630482e-11 },
      { intercept: -0.4381567442252665, slope: 0.3879399710482158, se: 0.10583673592809809, p: 0.0006375952777841286 },
    ];
    r.slopes.forEach((s, k) => {
      expect(s.intercept).toBeCloseTo(ref[k]!.intercept, 10);
      expect(s.slope).toBeCloseTo(ref[k]!.slope, 10);
      expect(s.se).toBeCloseTo(ref[k]!.se, 10);
      expect(Math.abs(s.pvalue! / ref[k]!.p - 1)).toBeLessThan(1e-12);
    });
    expect(r.n).toBe(50);
  });
});
