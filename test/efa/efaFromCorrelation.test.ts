import { describe, expect, it } from "vitest";
import { efaFromCorrelation } from "../../src/efa/efaFromCorrelation.ts";
import type { ExtractionMethod, RotationMethod } from "../../src/efa/types.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import hs from "../fixtures/hs1939_efa.json" with { type: "json" };
import { applyMatch, hsCorrelation, loyaltyCorrelation, matchFactors, maxAbsDiff } from "./helpers.ts";

// Reference: psych 2.2.9 fa(items, nfactors, fm, rotate) on complete cases (loyalty: tru4, swc3 as 6 − x),
// fields loadings, communality, uniquenesses, Phi, rms, TLI, RMSEA[1], STATISTIC (chi_ml) and dof.
const rows = [
  ...loyalty.solutions.map((s) => ({ set: "loyalty", ref: loyalty, s, data: loyaltyCorrelation })),
  ...hs.solutions.map((s) => ({ set: "hs1939", ref: hs, s, data: hsCorrelation })),
];

describe.each(rows)("psych::fa $set nfactors=$s.nfactors fm=$s.fm rotate=$s.rotate", ({ ref, s, data }) => {
  const { R, n, p } = data();
  const res = efaFromCorrelation(R, p, n, ref.items, { nfactors: s.nfactors, fm: s.fm as ExtractionMethod, rotate: s.rotate as RotationMethod });

  it("loadings and Φ within 1e-3 after matching factors by permutation and sign", () => {
    const match = matchFactors(res.loadings, s.loadings);
    const got = applyMatch(res.loadings, res.phi, match);
    expect(maxAbsDiff(got.L, s.loadings)).toBeLessThan(1e-3);
    if (s.Phi === null) expect(res.phi).toBeNull();
    else expect(maxAbsDiff(got.phi!, s.Phi)).toBeLessThan(1e-3);
  });

  it("factor order and signs identical to psych's output (no matching needed)", () => {
    const match = matchFactors(res.loadings, s.loadings);
    expect(match.perm).toEqual(match.perm.map((_, k) => k));
    expect(match.sign.every((x) => x === 1)).toBe(true);
  });

  it("communalities and uniquenesses within 1e-3", () => {
    expect(maxAbsDiff([res.communalities], [s.communalities])).toBeLessThan(1e-3);
    expect(maxAbsDiff([res.uniquenesses], [s.uniquenesses])).toBeLessThan(1e-3);
  });

  it("fit: rms, TLI, RMSEA within 1e-5, chi within 1e-3, dof exact", () => {
    expect(Math.abs(res.fit.rms - s.rms)).toBeLessThan(1e-5);
    expect(Math.abs(res.fit.tli - s.TLI)).toBeLessThan(1e-5);
    expect(Math.abs(res.fit.rmsea - s.RMSEA)).toBeLessThan(1e-5);
    expect(Math.abs(res.fit.chi - s.chi_ml)).toBeLessThan(1e-3);
    expect(res.fit.dof).toBe(s.dof);
  });

  it("eigenvalues of R within 1e-10 and no warnings", () => {
    expect(maxAbsDiff([res.eigenvalues], [s.eigen_values_R])).toBeLessThan(1e-10);
    expect(res.warnings).toEqual([]);
  });
});
