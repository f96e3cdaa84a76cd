import { describe, expect, it } from "vitest";
import { symmetricEigen } from "../../src/linalg/symmetricEigen.ts";
import { symmetricEigenInPlace } from "../../src/linalg/symmetricEigenInPlace.ts";
import fixture from "../fixtures/loyalty_efa.json" with { type: "json" };
import { loyaltyCorrelation } from "../efa/helpers.ts";

describe("symmetricEigen", () => {
  it("reproduces R's eigen(cor(loyalty items)) values", () => {
    const { R, p } = loyaltyCorrelation();
    const { values, vectors } = symmetricEigen(R, p);
    // R: eigen(cor(items))$values, stored as eigen_values_R in loyalty_efa.json
    const ref = fixture.solutions[0]!.eigen_values_R;
    for (let k = 0; k < p; k++) expect(values[k]).toBeCloseTo(ref[k]!, 10);
    // A v = λ v for every pair
    for (let k = 0; k < p; k++) {
      for (let i = 0; i < p; i++) {
        let s = 0;
        for (let j = 0; j < p; j++) s += R[i * p + j]! * vectors[j * p + k]!;
        expect(s).toBeCloseTo(values[k]! * vectors[i * p + k]!, 10);
      }
    }
  });

  it("handles a 2×2 and a diagonal matrix", () => {
    // analytic: eigenvalues of [[2,1],[1,2]] are 3 and 1
    expect(Array.from(symmetricEigen(new Float64Array([2, 1, 1, 2]), 2).values)).toEqual([3, 1].map((x) => expect.closeTo(x, 14)));
    const d = symmetricEigen(new Float64Array([1, 0, 0, 0, 5, 0, 0, 0, 3]), 3);
    expect(Array.from(d.values)).toEqual([5, 3, 1]);
  });
});

describe("symmetricEigenInPlace values only", () => {
  it("gives the same eigenvalues as the full decomposition", () => {
    const { R, p } = loyaltyCorrelation();
    const full = symmetricEigen(R, p).values;
    const v = new Float64Array(p);
    symmetricEigenInPlace(R, p, v, new Float64Array(p * p), new Float64Array(p), false);
    for (let k = 0; k < p; k++) expect(v[k]).toBeCloseTo(full[k]!, 12);
  });
});
