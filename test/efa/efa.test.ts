import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { efa } from "../../src/efa/efa.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { DataError, OptionError, UnknownColumnError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import hs from "../fixtures/hs1939_efa.json" with { type: "json" };
import { applyMatch, hsCorrelation, matchFactors, maxAbsDiff } from "./helpers.ts";

const csv = (f: string): string => readFileSync(new URL(`../../data/${f}`, import.meta.url), "utf8");
const loyaltyCsv = csv("loyalty_survey.csv");

describe("efa on raw data", () => {
  it("loyalty: complete cases, reversed items, minres/oblimin as psych", () => {
    // psych 2.2.9: fa(na.omit(items with tru4, swc3 as 6 - x), nfactors = 7)  (loyalty_efa.json solution 1)
    const ref = loyalty.solutions[0]!;
    const res = efa(loyaltyCsv, { items: loyalty.items, reverse: ["tru4", "swc3"], nfactors: 7 });
    expect(res.nobs).toBe(321);
    expect(res.items).toEqual(loyalty.items);
    const got = applyMatch(res.loadings, res.phi, matchFactors(res.loadings, ref.loadings));
    expect(maxAbsDiff(got.L, ref.loadings)).toBeLessThan(1e-3);
    expect(maxAbsDiff(got.phi!, ref.Phi!)).toBeLessThan(1e-3);
    expect(Math.abs(res.kmo.overall - loyalty.kmo.overall)).toBeLessThan(1e-6);
    expect(Math.abs(res.bartlett.chisq - loyalty.bartlett.chisq)).toBeLessThan(1e-6);
    expect(res.warnings).toEqual([]);
  });

  it("HolzingerSwineford1939: item patterns, ml/varimax as psych", () => {
    // psych 2.2.9: fa(HS[, x1..x9], nfactors = 3, fm = "ml", rotate = "varimax")  (hs1939_efa.json solution 2)
    const ref = hs.solutions[1]!;
    const res = efa(parseCsv(csv("HolzingerSwineford1939.csv")), { items: "x*", nfactors: 3, fm: "ml", rotate: "varimax" });
    expect(res.items).toEqual(hs.items);
    expect(res.nobs).toBe(301);
    const got = applyMatch(res.loadings, null, matchFactors(res.loadings, ref.loadings));
    expect(maxAbsDiff(got.L, ref.loadings)).toBeLessThan(1e-3);
    expect(Math.abs(res.fit.chi - ref.chi_ml)).toBeLessThan(1e-3);
    expect(Math.abs(res.fit.tli - ref.TLI)).toBeLessThan(1e-5);
    expect(res.phi).toBeNull();
  });

  it("reports structure = pattern·Φ, variance accounted for and sorted, positively oriented factors", () => {
    const res = efa(loyaltyCsv, { items: loyalty.items, reverse: ["tru4", "swc3"], nfactors: 7 });
    const m = 7;
    const L = res.loadings, phi = res.phi!;
    for (let i = 0; i < L.length; i++) for (let k = 0; k < m; k++) {
      const s = L[i]!.reduce((acc, l, c) => acc + l * phi[c]![k]!, 0);
      expect(res.structure[i]![k]).toBeCloseTo(s, 12);
    }
    // psych orders factors by decreasing diag(Φ ΛᵀΛ) and flips them to positive column sums
    for (let k = 1; k < m; k++) expect(res.variance.ss[k - 1]!).toBeGreaterThanOrEqual(res.variance.ss[k]!);
    for (let k = 0; k < m; k++) expect(L.reduce((a, row) => a + row[k]!, 0)).toBeGreaterThan(0);
    expect(res.variance.cumulativeProportion[m - 1]).toBeCloseTo(1, 12);
    // communality + uniqueness = 1 by definition
    res.communalities.forEach((h, i) => expect(h + res.uniquenesses[i]!).toBeCloseTo(1, 12));
  });
});

describe("efa on a correlation matrix", () => {
  it("gives psych's pa/promax solution from { R, n, names }", () => {
    // psych 2.2.9: fa(HS x1..x9, nfactors = 3, fm = "pa", rotate = "promax")  (hs1939_efa.json solution 3)
    const ref = hs.solutions[2]!;
    const { R, n } = hsCorrelation();
    const res = efa({ R, n, names: hs.items }, { nfactors: 3, fm: "pa", rotate: "promax" });
    const got = applyMatch(res.loadings, res.phi, matchFactors(res.loadings, ref.loadings));
    expect(maxAbsDiff(got.L, ref.loadings)).toBeLessThan(1e-3);
    expect(maxAbsDiff(got.phi!, ref.Phi!)).toBeLessThan(1e-3);
    expect(Math.abs(res.fit.rmsea - ref.RMSEA)).toBeLessThan(1e-5);
  });

  it("accepts number[][] without n, with NaN n-based statistics and a warning", () => {
    const { R, p } = hsCorrelation();
    const rows = Array.from({ length: p }, (_, i) => Array.from(R.subarray(i * p, i * p + p)));
    const res = efa({ R: rows }, { nfactors: 3 });
    expect(res.items[0]).toBe("V1");
    expect(res.nobs).toBeNull();
    expect(Number.isNaN(res.fit.chi)).toBe(true);
    expect(res.fit.rms).toBeCloseTo(hs.solutions[0]!.rms, 5); // rms does not need n
    expect(res.warnings).toContain(message.efaNoN);
  });

  it("rejects malformed correlation matrices with row and column", () => {
    expect(() => efa({ R: [[1, 0.5], [0.4, 1]], n: 10 }, { nfactors: 1 })).toThrow(DataError);
    expect(() => efa({ R: [[1, 0.5], [0.4, 1]], n: 10 }, { nfactors: 1 })).toThrow(message.efaBadCorrelation(2, 1, "0.4 differs from the mirrored element 0.5 (not symmetric)"));
    expect(() => efa({ R: [1, 0, 0], n: 10 }, { nfactors: 1 })).toThrow(message.efaCorrelationShape(3));
    expect(() => efa({ R: [[2, 0], [0, 1]], n: 10 }, { nfactors: 1 })).toThrow(message.efaBadCorrelation(1, 1, "diagonal element 2 is not 1"));
  });
});

describe("efa option errors", () => {
  it("rejects bad nfactors, fm, rotate and reverse items", () => {
    const opts = { items: loyalty.items, reverse: ["tru4", "swc3"] };
    expect(() => efa(loyaltyCsv, { ...opts, nfactors: 0 })).toThrow(OptionError);
    expect(() => efa(loyaltyCsv, { ...opts, nfactors: 26 })).toThrow(message.efaBadNfactors(26, 25));
    expect(() => efa(loyaltyCsv, { ...opts, nfactors: 2.5 })).toThrow(message.efaBadNfactors(2.5, 25));
    expect(() => efa(loyaltyCsv, { ...opts, nfactors: 2, fm: "wls" as never })).toThrow(
      message.efaUnknownMethod("fm", "wls", ["minres", "pa", "ml", "pca"]));
    expect(() => efa(loyaltyCsv, { ...opts, nfactors: 2, rotate: "bifactor" as never })).toThrow(OptionError);
    expect(() => efa(loyaltyCsv, { items: "sq*", reverse: ["tru4"], nfactors: 1 })).toThrow(message.efaReverseNotItem("tru4"));
    expect(() => efa(loyaltyCsv, { items: ["sq1", "sqq2"], nfactors: 1 })).toThrow(UnknownColumnError);
  });

  it("warns about over-factoring (negative degrees of freedom)", () => {
    // 9 items and 6 factors: dof = 36 − 54 + 15 = −3
    const { R, n } = hsCorrelation();
    const res = efa({ R, n, names: hs.items }, { nfactors: 6, rotate: "none" });
    expect(res.fit.dof).toBe(-3);
    expect(res.warnings).toContain(message.efaNegativeDof(6, 9, -3));
  });
});

describe("Heywood cases are reported, not hidden", () => {
  // One factor for three variables: λ1² = r12·r13/r23 = 0.81/0.7 ≈ 1.157 > 1 (Heywood, 1931), so no proper solution exists.
  const R = [[1, 0.9, 0.9], [0.9, 1, 0.7], [0.9, 0.7, 1]];
  it("ml: the uniqueness of V1 stops at psych's lower bound 0.005 and a warning names the item", () => {
    const res = efa({ R, n: 200 }, { nfactors: 1, fm: "ml" });
    expect(res.warnings).toContain(message.efaHeywoodBound("V1", 0.005));
    expect(res.uniquenesses[0]).toBeLessThan(0.01);
  });
  it("pa: the communality of V1 is allowed to exceed 1 and is flagged as ultra-Heywood", () => {
    const res = efa({ R, n: 200 }, { nfactors: 1, fm: "pa" });
    expect(res.communalities[0]).toBeGreaterThan(1);
    expect(res.warnings).toContain(message.efaUltraHeywood("V1", res.communalities[0]!));
  });
});
