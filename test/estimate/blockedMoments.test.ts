import { describe, expect, it } from "vitest";
import { blockedMoments } from "../../src/estimate/blockedMoments.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { spdInverse } from "../../src/linalg/spdInverse.ts";
import { loadReference, readData } from "../helpers/reference.ts";

const items = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];
const hs = numericMatrix(toDataset(readData("HolzingerSwineford1939.csv")), items);

describe("blockedMoments", () => {
  it("gives lavaan's unrestricted log-likelihood of the HS1939 items (odd p: the last row of blocks is single)", () => {
    // lavaan: fitMeasures(cfa(HS.model, HolzingerSwineford1939))["unrestricted.logl"] (hs1939_cfa_ml.json)
    // = −N/2 [p log(2π) + log|S| + p] with S the N-denominator covariance matrix
    const ref = loadReference("hs1939_cfa_ml");
    const { cov } = blockedMoments(hs.data, hs.n, hs.p);
    const logdet = spdInverse(cov, hs.p, new Float64Array(hs.p * hs.p), new Float64Array(hs.p * hs.p));
    const logl = -hs.n / 2 * (hs.p * Math.log(2 * Math.PI) + logdet + hs.p);
    expect(Math.abs(logl - (ref.fit["unrestricted.logl"] as number))).toBeLessThan(1e-8);
  });

  it("equals the two-pass textbook moments for odd and even p (2 × 2 blocks and the single last row)", () => {
    // s_ab = Σ_r (x_ra − x̄_a)(x_rb − x̄_b) / N, computed here directly
    for (const p of [9, 8, 1]) {
      const X = new Float64Array(hs.n * p);
      for (let r = 0; r < hs.n; r++) for (let j = 0; j < p; j++) X[r * p + j] = hs.data[r * hs.p + j]!;
      const m = blockedMoments(X, hs.n, p);
      for (let a = 0; a < p; a++) {
        let ma = 0;
        for (let r = 0; r < hs.n; r++) ma += X[r * p + a]!;
        ma /= hs.n;
        expect(Math.abs(m.mean[a]! - ma)).toBeLessThan(1e-12);
        for (let b = 0; b < p; b++) {
          let mb = 0;
          for (let r = 0; r < hs.n; r++) mb += X[r * p + b]!;
          mb /= hs.n;
          let s = 0;
          for (let r = 0; r < hs.n; r++) s += (X[r * p + a]! - ma) * (X[r * p + b]! - mb);
          expect(Math.abs(m.cov[a * p + b]! - s / hs.n)).toBeLessThan(1e-12);
        }
      }
    }
  });

  it("is symmetric and matches the hand-computed moments of a 2 × 2 example", () => {
    // (1, 2), (3, 4): means (2, 3), every N-denominator (co)variance 1
    const m = blockedMoments(new Float64Array([1, 2, 3, 4]), 2, 2);
    expect(Array.from(m.mean)).toEqual([2, 3]);
    expect(Array.from(m.cov)).toEqual([1, 1, 1, 1]);
  });
});
