import { describe, expect, test } from "vitest";
import { rotationCriterion } from "../../src/rotation/criteria.ts";
import { gpaRotate } from "../../src/rotation/gpaRotate.ts";
import { rotateBlock } from "../../src/rotation/rotateBlock.ts";
import { varimaxPromax } from "../../src/rotation/varimaxPromax.ts";
import { matMulRM } from "../../src/linalg/matMulRM.ts";
import { transposeRM } from "../../src/linalg/transposeRM.ts";
import { inverseRM } from "../../src/linalg/inverseRM.ts";

// Loadings with a clear simple structure, mixed by a rotation: every criterion should undo the mixing.
const P = 6, M = 2;
const SIMPLE = new Float64Array([0.8, 0, 0.7, 0.1, 0.75, 0, 0, 0.8, 0.1, 0.7, 0, 0.6]);
const c = Math.cos(0.5), s = Math.sin(0.5);
const MIXED = matMulRM(SIMPLE, new Float64Array([c, -s, s, c]), P, M, M);
const ARGS = { geominEpsilon: 0.001, obliminGamma: 0 };

describe("rotation criteria", () => {
  test.each(["geomin", "oblimin", "quartimin", "varimax", "quartimax"] as const)("%s: analytic gradient equals central differences", (method) => {
    const Q = rotationCriterion(method, ARGS);
    const G = new Float64Array(P * M);
    Q(MIXED, P, M, G);
    const L = Float64Array.from(MIXED), tmp = new Float64Array(P * M);
    for (let i = 0; i < P * M; i++) {
      const h = 1e-6;
      L[i] = MIXED[i]! + h; const up = Q(L, P, M, tmp);
      L[i] = MIXED[i]! - h; const dn = Q(L, P, M, tmp);
      L[i] = MIXED[i]!;
      expect(Math.abs(G[i]! - (up - dn) / (2 * h))).toBeLessThan(1e-7);
    }
  });
});

describe("GPA rotation", () => {
  test("orthogonal quartimax from T = I recovers the unmixed loadings up to sign and order", () => {
    const r = gpaRotate(MIXED, P, M, true, rotationCriterion("quartimax", ARGS), new Float64Array([1, 0, 0, 1]), 1e-10, 10000);
    expect(r.converged).toBe(true);
    const L = matMulRM(MIXED, r.T, P, M, M);
    // x1 loads on one factor only (up to the small cross-loadings)
    expect(Math.max(Math.abs(L[0]!), Math.abs(L[1]!))).toBeGreaterThan(0.79);
    expect(Math.min(Math.abs(L[0]!), Math.abs(L[1]!))).toBeLessThan(0.05);
  });
  test("rotateBlock: oblique geomin gives unit-diagonal Φ, reflected positive columns, Λ = A H⁻ᵀ, Φ = HᵀH", () => {
    const r = rotateBlock(MIXED, P, M, {
      method: "geomin", orthogonal: false, rowWeights: "none", ovVar: null, geominEpsilon: 0.001, obliminGamma: 0, promaxKappa: 4,
      rstarts: 5, seed: 1, tol: 1e-10, maxIter: 10000,
    });
    expect(r.phi[0]).toBeCloseTo(1, 10);
    expect(r.phi[3]).toBeCloseTo(1, 10);
    const L = matMulRM(MIXED, transposeRM(inverseRM(r.rot, M)!, M, M), P, M, M);
    for (let i = 0; i < P * M; i++) expect(L[i]).toBeCloseTo(r.lambda[i]!, 10);
    const phi = matMulRM(transposeRM(r.rot, M, M), r.rot, M, M, M);
    for (let i = 0; i < M * M; i++) expect(phi[i]).toBeCloseTo(r.phi[i]!, 10);
    expect(r.lambda[0]! + r.lambda[2]! + r.lambda[4]!).toBeGreaterThan(0);
    // factor order by index: the first factor is the one x1-x3 load on
    expect(Math.abs(r.lambda[0]!)).toBeGreaterThan(Math.abs(r.lambda[1]!));
  });
  test("varimax then promax: orthogonal varimax keeps the row communalities", () => {
    const { loadings, rotmat } = varimaxPromax(MIXED, P, M, true, 4);
    const back = matMulRM(MIXED, rotmat, P, M, M);
    for (let i = 0; i < P * M; i++) expect(back[i]).toBeCloseTo(loadings[i]!, 10);
    expect(Math.abs(loadings[0]!) > Math.abs(loadings[1]!) || Math.abs(loadings[1]!) > Math.abs(loadings[0]!)).toBe(true);
  });
});
