import { describe, expect, test } from "vitest";
import { twoLevelLoglik } from "../../src/estimate/twoLevelLoglik.ts";
import { bfgsNumeric } from "../../src/estimate/bfgsNumeric.ts";
import { clusterStatistics } from "../../src/data/clusterStatistics.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { choleskyInPlace } from "../../src/linalg/cholesky.ts";

// Two variables, three clusters of sizes 2, 3 and 2: the two-level log-likelihood must equal the log-density of
// each cluster's stacked vector under N(1⊗μ, I⊗Σ_W + 11ᵀ⊗Σ_B), computed directly.
const CSV = "y1,y2,cl\n1.0,0.5,1\n1.4,0.1,1\n0.2,-0.3,2\n-0.5,0.4,2\n0.1,0.0,2\n2.0,1.1,3\n1.2,1.5,3\n";
const SW = new Float64Array([1.0, 0.3, 0.3, 0.8]), SB = new Float64Array([0.5, 0.2, 0.2, 0.4]), MU = new Float64Array([0.4, 0.3]);

function mvnLogDensity(x: number[], mean: number[], S: Float64Array, d: number): number {
  const L = Float64Array.from(S);
  choleskyInPlace(L, d);
  const z = new Float64Array(d);
  let logdet = 0, q = 0;
  for (let i = 0; i < d; i++) {
    let v = x[i]! - mean[i]!;
    for (let k = 0; k < i; k++) v -= L[i * d + k]! * z[k]!;
    z[i] = v / L[i * d + i]!;
    q += z[i]! ** 2;
    logdet += 2 * Math.log(L[i * d + i]!);
  }
  return -0.5 * (d * Math.log(2 * Math.PI) + logdet + q);
}

describe("two-level normal log-likelihood", () => {
  test("equals the sum of the clusters' stacked multivariate normal log-densities", () => {
    const st = clusterStatistics(toDataset(CSV), ["y1", "y2"], [], "cl");
    expect(st.nclusters).toBe(3);
    expect(st.sizes.map((e) => e.size)).toEqual([2, 3]);
    const rows = CSV.trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
    let direct = 0;
    for (const c of [1, 2, 3]) {
      const ys = rows.filter((r) => r[2] === c).map((r) => [r[0]!, r[1]!]);
      const s = ys.length, d = 2 * s, S = new Float64Array(d * d);
      for (let i = 0; i < s; i++) for (let j = 0; j < s; j++) for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) {
        S[(2 * i + a) * d + 2 * j + b] = SB[a * 2 + b]! + (i === j ? SW[a * 2 + b]! : 0);
      }
      direct += mvnLogDensity(ys.flat(), ys.flatMap(() => [MU[0]!, MU[1]!]), S, d);
    }
    expect(twoLevelLoglik(st, SW, SB, MU)).toBeCloseTo(direct, 10);
  });
  test("with a between-only variable z: equals the stacked density of (z_j, y_j1, …, y_js)", () => {
    // z is constant within clusters: 0.3, −0.2, 0.8
    const csv = "y1,y2,z,cl\n1.0,0.5,0.3,1\n1.4,0.1,0.3,1\n0.2,-0.3,-0.2,2\n-0.5,0.4,-0.2,2\n0.1,0.0,-0.2,2\n2.0,1.1,0.8,3\n1.2,1.5,0.8,3\n";
    const st = clusterStatistics(toDataset(csv), ["y1", "y2"], ["z"], "cl");
    // Σ_B over (y1, y2, z), μ over (y1, y2, z)
    const SBz = new Float64Array([0.5, 0.2, 0.15, 0.2, 0.4, 0.1, 0.15, 0.1, 0.6]), MUz = new Float64Array([0.4, 0.3, 0.2]);
    const rows = csv.trim().split("\n").slice(1).map((l) => l.split(",").map(Number));
    let direct = 0;
    for (const c of [1, 2, 3]) {
      const ys = rows.filter((r) => r[3] === c);
      const s = ys.length, d = 1 + 2 * s, S = new Float64Array(d * d);
      S[0] = SBz[8]!;
      for (let i = 0; i < s; i++) for (let a = 0; a < 2; a++) {
        S[1 + 2 * i + a] = S[(1 + 2 * i + a) * d] = SBz[a * 3 + 2]!;
        for (let j = 0; j < s; j++) for (let b = 0; b < 2; b++) S[(1 + 2 * i + a) * d + 1 + 2 * j + b] = SBz[a * 3 + b]! + (i === j ? SW[a * 2 + b]! : 0);
      }
      direct += mvnLogDensity([ys[0]![2]!, ...ys.flatMap((r) => [r[0]!, r[1]!])], [MUz[2]!, ...ys.flatMap(() => [MUz[0]!, MUz[1]!])], S, d);
    }
    expect(twoLevelLoglik(st, SW, SBz, MUz)).toBeCloseTo(direct, 10);
  });
  test("a covariance that is not positive definite gives −Infinity", () => {
    const st = clusterStatistics(toDataset(CSV), ["y1", "y2"], [], "cl");
    expect(twoLevelLoglik(st, new Float64Array([1, 2, 2, 1]), SB, MU)).toBe(-Infinity);
  });
});

describe("BFGS with numeric gradients", () => {
  test("minimizes the Rosenbrock function", () => {
    const r = bfgsNumeric((x) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2, new Float64Array([-1.2, 1]), 1e-8, 2000);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
  });
});
