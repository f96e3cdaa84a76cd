import { describe, expect, it } from "vitest";
import { pairwiseMoments } from "../../src/fit/pairwiseMoments.ts";

describe("pairwiseMoments", () => {
  it("equals R's available-case means and pairwise covariances rescaled by (N - 1)/N", () => {
    // X = cbind(c(1,2,NA,4,5,3), c(2,NA,1,3,6,2), c(NA,1,2,2,4,NA)), by pattern (covariances about the pattern means, n denominator)
    const pats = [
      { observed: [0, 1], n: 2, mean: new Float64Array([2, 2]), cov: new Float64Array([1, 0, 0, 0]) }, // rows 1, 6
      { observed: [0, 2], n: 1, mean: new Float64Array([2, 1]), cov: new Float64Array(4) }, // row 2
      { observed: [1, 2], n: 1, mean: new Float64Array([1, 2]), cov: new Float64Array(4) }, // row 3
      { observed: null, n: 2, mean: new Float64Array([4.5, 4.5, 3]), cov: new Float64Array([0.25, 0.75, 0.5, 0.75, 2.25, 1.5, 0.5, 1.5, 1]) }, // rows 4, 5
    ];
    const out = pairwiseMoments(3, pats);
    expect(out.n).toBe(6);
    // R: colMeans(X, na.rm = TRUE)
    const mean = [3, 2.8, 2.25];
    // R: cov(X, use = "pairwise") * (N - 1) / N, N = 6
    const cov = [
      2.083333333333333, 2.152777777777778, 1.805555555555555,
      2.152777777777778, 3.083333333333333, 2.222222222222222,
      1.805555555555555, 2.222222222222222, 1.319444444444444,
    ];
    mean.forEach((v, i) => expect(out.mean[i]).toBeCloseTo(v, 12));
    cov.forEach((v, i) => expect(out.cov[i]).toBeCloseTo(v, 12));
  });

  it("gives NaN for a pair observed together by fewer than two cases", () => {
    const out = pairwiseMoments(2, [
      { observed: [0], n: 3, mean: new Float64Array([1]), cov: new Float64Array([1]) },
      { observed: [1], n: 3, mean: new Float64Array([2]), cov: new Float64Array([1]) },
    ]);
    expect(out.cov[1]).toBeNaN();
    // three cases with variance 1 about their mean: unbiased 1.5, times (6 - 1)/6
    expect(out.cov[0]).toBeCloseTo(1.5 * 5 / 6, 12);
  });
});
