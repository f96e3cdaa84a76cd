import { describe, expect, it } from "vitest";
import { gpaOrthogonal } from "../../src/efa/gpaOrthogonal.ts";
import { gpaOblique } from "../../src/efa/gpaOblique.ts";
import { varimaxCriterion } from "../../src/efa/criteria/varimax.ts";
import { obliminCriterion } from "../../src/efa/criteria/oblimin.ts";
import { geominCriterion } from "../../src/efa/criteria/geomin.ts";
import { quartimaxCriterion } from "../../src/efa/criteria/quartimax.ts";
import { extractPa } from "../../src/efa/extractPa.ts";
import { extractMinres } from "../../src/efa/extractMinres.ts";
import type { RotationCriterion } from "../../src/efa/types.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import { applyMatch, loyaltyCorrelation, matchFactors, maxAbsDiff } from "./helpers.ts";

const rowsOf = (A: Float64Array, p: number, m: number): number[][] => Array.from({ length: p }, (_, i) => Array.from(A.subarray(i * m, i * m + m)));

describe("gradient-projection varimax (GPArotation::Varimax with Kaiser normalisation)", () => {
  it("reproduces psych's pa/varimax loadings (stats::varimax) within 1e-3", () => {
    // psych 2.2.9: fa(items, 7, fm = "pa", rotate = "varimax") — loyalty_efa.json; same criterion, different algorithm
    const ref = loyalty.solutions.find((s) => s.fm === "pa" && s.rotate === "varimax")!;
    const { R, p } = loyaltyCorrelation();
    const m = 7, A = extractPa(R, p, m).loadings;
    const h = new Float64Array(p), W = new Float64Array(p * m);
    for (let i = 0; i < p; i++) {
      for (let k = 0; k < m; k++) h[i] = h[i]! + A[i * m + k]! ** 2;
      h[i] = Math.sqrt(h[i]!);
      for (let k = 0; k < m; k++) W[i * m + k] = A[i * m + k]! / h[i]!;
    }
    const r = gpaOrthogonal(W, p, m, varimaxCriterion);
    expect(r.converged).toBe(true);
    for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) r.loadings[i * m + k] = r.loadings[i * m + k]! * h[i]!;
    const L = rowsOf(r.loadings, p, m);
    const got = applyMatch(L, null, matchFactors(L, ref.loadings));
    expect(maxAbsDiff(got.L, ref.loadings)).toBeLessThan(1e-3);
  });
});

describe("rotation invariants", () => {
  const { R, p } = loyaltyCorrelation();
  const m = 7, A = extractMinres(R, p, m).loadings;
  const implied = (L: Float64Array, phi: Float64Array | null): number[][] =>
    Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => {
      let s = 0;
      for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) s += L[i * m + a]! * (phi === null ? (a === b ? 1 : 0) : phi[a * m + b]!) * L[j * m + b]!;
      return s;
    }));
  const AAt = implied(A, null);

  it.each([
    ["oblimin", obliminCriterion(0)], ["geominQ", geominCriterion(0.01)],
  ] as [string, RotationCriterion][])("oblique %s keeps ΛΦΛᵀ = AAᵀ, Φ has unit diagonal, converges", (_, crit) => {
    // Λ = A T⁻ᵀ and Φ = TᵀT give ΛΦΛᵀ = A T⁻ᵀ TᵀT T⁻¹ Aᵀ = AAᵀ (Jennrich 2002)
    const r = gpaOblique(A, p, m, crit);
    expect(r.converged).toBe(true);
    expect(maxAbsDiff(implied(r.loadings, r.phi), AAt)).toBeLessThan(1e-10);
    for (let k = 0; k < m; k++) expect(r.phi![k * m + k]).toBeCloseTo(1, 12);
  });

  it.each([["quartimax", quartimaxCriterion], ["varimax", varimaxCriterion], ["geominT", geominCriterion(0.01)]] as [string, RotationCriterion][])(
    "orthogonal %s keeps ΛΛᵀ = AAᵀ and lowers the criterion", (_, crit) => {
      const r = gpaOrthogonal(A, p, m, crit);
      expect(r.converged).toBe(true);
      expect(maxAbsDiff(implied(r.loadings, null), AAt)).toBeLessThan(1e-10);
      const g = new Float64Array(p * m);
      expect(crit(r.loadings, p, m, g)).toBeLessThan(crit(A, p, m, g));
    });
});

describe("criterion gradients agree with central finite differences", () => {
  const p = 5, m = 3;
  const L = new Float64Array(Array.from({ length: p * m }, (_, i) => Math.sin(1.7 * i + 0.3) * 0.8));
  it.each([
    ["oblimin γ=0", obliminCriterion(0)], ["oblimin γ=0.5", obliminCriterion(0.5)], ["geomin", geominCriterion(0.01)],
    ["quartimax", quartimaxCriterion], ["varimax", varimaxCriterion],
  ] as [string, RotationCriterion][])("%s", (_, crit) => {
    const g = new Float64Array(p * m), tmp = new Float64Array(p * m);
    crit(L, p, m, g);
    const h = 1e-6;
    for (let i = 0; i < p * m; i++) {
      const Lp = new Float64Array(L), Lm = new Float64Array(L);
      Lp[i] = Lp[i]! + h; Lm[i] = Lm[i]! - h;
      const num = (crit(Lp, p, m, tmp) - crit(Lm, p, m, tmp)) / (2 * h);
      expect(Math.abs(num - g[i]!)).toBeLessThan(1e-7);
    }
  });
});
