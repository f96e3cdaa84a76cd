import { describe, expect, it } from "vitest";
import { ordinalThresholds } from "../../src/ordinal/ordinalThresholds.ts";
import { thresholdScores } from "../../src/ordinal/thresholdScores.ts";
import { ordinalLevels } from "../../src/ordinal/ordinalLevels.ts";
import { polychoricFromTable } from "../../src/ordinal/polychoricFromTable.ts";
import { bivariateCells, cellWork } from "../../src/ordinal/bivariateCells.ts";
import { polychoricCellScores } from "../../src/ordinal/polychoricCellScores.ts";
import { normalCdf } from "../../src/distributions/normalCdf.ts";

describe("univariate step", () => {
  it("thresholds and casewise threshold scores match lavaan's lav_uvord_fit / lav_uvord_scores", () => {
    // lavaan 0.6-14: y <- c(1,1,2,2,2,3,3,3,3,3,3,2); lav_uvord_fit(y = y)$theta = -0.967421566101701, 0
    const th = ordinalThresholds([2, 4, 6]);
    expect(th[0]).toBeCloseTo(-0.967421566101701, 14);
    expect(th[1]).toBe(0);
    // unique(cbind(y, lav_uvord_scores(y = y))): one row per category
    const s = thresholdScores(th);
    const ref = [[1.49910564368426, 0], [-0.74955282184213, 1.196826841204298], [0, -0.797884560802865]];
    ref.forEach((row, c) => row.forEach((x, k) => expect(s[c * 2 + k]).toBeCloseTo(x, 13)));
  });

  it("codes categories as the ranks of the sorted distinct values (R's ordered())", () => {
    // R: as.integer(ordered(c(2.5, -1, 7, 2.5, 7))) = 2 1 3 2 3
    const c = ordinalLevels(new Float64Array([2.5, 0, -1, 1, 7, 0, 2.5, 1, 7, 0]), 5, 2, ["x", "y"]);
    expect([...c.levels[0]!]).toEqual([-1, 2.5, 7]);
    expect([...c.ncat]).toEqual([3, 2]);
    expect([...c.codes]).toEqual([1, 0, 0, 1, 2, 0, 1, 1, 2, 0]);
  });
});

describe("bivariate step", () => {
  // lavaan 0.6-14: Y1, Y2 spread from the 3 × 3 table [[20,10,5],[8,25,12],[3,9,30]];
  //   f1 <- lav_uvord_fit(y = Y1); f2 <- lav_uvord_fit(y = Y2)
  //   lav_bvord_cor_twostep_fit(fit.y1 = f1, fit.y2 = f2) = 0.653831733168216
  //   lav_bvord_cor_scores(fit.y1 = f1, fit.y2 = f2, rho = rho): unique rows (Y1, Y2, dx.rho, dx.th.y1, dx.th.y2)
  const freq = new Float64Array([20, 10, 5, 8, 25, 12, 3, 9, 30]);
  const th1 = ordinalThresholds([35, 45, 42]), th2 = ordinalThresholds([31, 44, 47]);
  const cdf1 = th1.map(normalCdf), cdf2 = th2.map(normalCdf);
  const ref = [
    [1, 1, 1.05461917841652, 0.752471156050974, 0, 0.876601577695507, 0],
    [1, 2, -0.431107988427266, 1.54328857124849, 0, -1.36521648574667, 0.602384722794602],
    [1, 3, -4.44912445231785, 2.36516047076124, 0, 0, -2.21247284860845],
    [2, 1, -0.93638125024569, -1.49547458073786, 0.514680988896859, 1.74612494099321, 0],
    [2, 2, 0.86935738060663, -0.93463843176099, 0.889638545865534, -0.828670556486339, 1.02686299768795],
    [2, 3, -0.583164956091911, -0.535160098466721, 1.46168859445441, 0, -1.40910424541404],
    [3, 1, -5.49888345236702, 0, -2.4406698954042, 2.58902495592201, 0],
    [3, 2, -1.1085002742919, 0, -1.62125592307648, -0.472182509233205, 1.62573132452784],
    [3, 3, 0.823085533937005, 0, -0.756730277642359, 0, -0.633764138600029],
  ];

  it("the two-step polychoric estimate matches lav_bvord_cor_twostep_fit", () => {
    expect(th1[0]).toBeCloseTo(-0.562507211254823, 13);
    expect(th2[1]).toBeCloseTo(0.291731656343878, 13);
    const fit = polychoricFromTable(freq, th1, th2, cdf1, cdf2);
    expect(fit.converged).toBe(true);
    expect(fit.emptyCells).toBe(false);
    expect(Math.abs(fit.rho - 0.653831733168216)).toBeLessThan(1e-8);
  });

  it("per-cell scores match lav_bvord_cor_scores at lavaan's ρ", () => {
    const rho = 0.653831733168216;
    const w = cellWork(3, 3);
    bivariateCells(th1, th2, cdf1, cdf2, rho, w, false);
    const s = polychoricCellScores(th1, th2, rho, w);
    for (const [y1, y2, dRho, t1a, t1b, t2a, t2b] of ref) {
      const c = y1! - 1, d = y2! - 1, i = c * 3 + d;
      // lavaan's dx.th.y1[, k] is the derivative w.r.t. threshold k: the upper limit of category k, the lower of k + 1
      const g1 = [0, 0], g2 = [0, 0];
      if (c < 2) g1[c] = s.th1Upper[i]!;
      if (c > 0) g1[c - 1] = s.th1Lower[i]!;
      if (d < 2) g2[d] = s.th2Upper[i]!;
      if (d > 0) g2[d - 1] = s.th2Lower[i]!;
      expect(s.rho[i]).toBeCloseTo(dRho!, 11);
      expect(g1[0]).toBeCloseTo(t1a!, 11); expect(g1[1]).toBeCloseTo(t1b!, 11);
      expect(g2[0]).toBeCloseTo(t2a!, 11); expect(g2[1]).toBeCloseTo(t2b!, 11);
    }
  });

  it("2 × 2 closed forms: both thresholds 0 give −cos(2π n₁₁/N); proportional tables give 0", () => {
    // lavaan (fixture case tetraHalf): table [[15, 5], [5, 15]] → 0.707106781186547 = −cos(2π·15/40)
    const z = new Float64Array([0]), h = new Float64Array([0.5]);
    const fit = polychoricFromTable(new Float64Array([15, 5, 5, 15]), z, z, h, h);
    expect(fit.rho).toBeCloseTo(0.707106781186547, 14);
    expect(fit.iterations).toBe(0);
    // lavaan: freq[1,1]*freq[2,2] == freq[1,2]*freq[2,1] → rho = 0
    const t = ordinalThresholds([30, 10]), u = ordinalThresholds([12, 28]);
    expect(polychoricFromTable(new Float64Array([9, 21, 3, 7]), t, u, t.map(normalCdf), u.map(normalCdf)).rho).toBe(0);
  });
});
