import { describe, expect, it } from "vitest";
import { efaFromCorrelation } from "../../src/efa/efaFromCorrelation.ts";
import { velicerMap } from "../../src/efa/velicerMap.ts";
import { factorEigenvalues } from "../../src/efa/factorEigenvalues.ts";
import { efa } from "../../src/efa/efa.ts";
import type { ExtractionMethod, RotationMethod } from "../../src/efa/types.ts";
import { message } from "../../src/messages.ts";
import extra from "../fixtures/efa_extra.json" with { type: "json" };
import { applyMatch, hsCorrelation, loyaltyCorrelation, matchFactors, maxAbsDiff } from "./helpers.ts";

// Reference: test/fixtures/efa_extra.json written by test/fixtures/efa_extra.R (R 4.2.2, psych 2.2.9,
// GPArotation 2022.10-2): fa(x, nfactors, fm, rotate) or principal(x, nfactors, rotate) for fm = "pca".
type Sol = (typeof extra.loyalty.solutions)[number];
const rows = [
  ...extra.loyalty.solutions.map((s) => ({ set: "loyalty", items: extra.loyalty.items, s: s as Sol, data: loyaltyCorrelation })),
  ...extra.hs1939.solutions.map((s) => ({ set: "hs1939", items: extra.hs1939.items, s: s as Sol, data: hsCorrelation })),
];
const asRows = (x: unknown, m: number): number[][] =>
  (x as number[][] | number[]).map((r) => (Array.isArray(r) ? r : [r])).map((r) => r.slice(0, m));

describe.each(rows)("psych $set nfactors=$s.nfactors fm=$s.fm rotate=$s.rotate", ({ items, s, data }) => {
  const { R, n, p } = data();
  const m = s.nfactors;
  const res = efaFromCorrelation(R, p, n, items, { nfactors: m, fm: s.fm as ExtractionMethod, rotate: s.rotate as RotationMethod });
  const refL = asRows(s.loadings, m);

  it("loadings, Φ, communalities and uniquenesses within 1e-3", () => {
    const match = matchFactors(res.loadings, refL);
    const got = applyMatch(res.loadings, res.phi, match);
    expect(maxAbsDiff(got.L, refL)).toBeLessThan(1e-3);
    if (s.Phi === null) expect(res.phi).toBeNull();
    else expect(maxAbsDiff(got.phi!, s.Phi as number[][])).toBeLessThan(1e-3);
    expect(maxAbsDiff([res.communalities], [s.communality])).toBeLessThan(1e-3);
    expect(maxAbsDiff([res.uniquenesses], [s.uniquenesses])).toBeLessThan(1e-3);
  });

  it("factor order and signs identical to psych's output (no matching needed)", () => {
    const match = matchFactors(res.loadings, refL);
    expect(match.perm).toEqual(match.perm.map((_, k) => k));
    expect(match.sign.every((x) => x === 1)).toBe(true);
  });

  it("SS loadings (sorted) and complexity within 1e-3", () => {
    const ss = [...res.variance.ss].sort((a, b) => b - a), refSs = [...(Array.isArray(s.ss_loadings) ? s.ss_loadings : [s.ss_loadings])].sort((a, b) => b - a);
    expect(maxAbsDiff([ss], [refSs])).toBeLessThan(1e-3);
    expect(maxAbsDiff([res.complexity], [Array.isArray(s.complexity) ? s.complexity : [s.complexity]])).toBeLessThan(1e-3);
  });

  it("fit statistics: rms, empirical chi, objective, chi, dof (and TLI, RMSEA, BIC for fa)", () => {
    expect(Math.abs(res.fit.rms - s.rms)).toBeLessThan(1e-5);
    expect(Math.abs(res.fit.empiricalChi - s.chi)).toBeLessThan(1e-2);
    expect(Math.abs(res.fit.objective - s.objective)).toBeLessThan(1e-5);
    expect(Math.abs(res.fit.chi - s.STATISTIC)).toBeLessThan(1e-3);
    expect(res.fit.dof).toBe(s.dof);
    if (s.fm !== "pca") {
      expect(Math.abs(res.fit.tli - (s.TLI as number))).toBeLessThan(1e-5);
      expect(Math.abs(res.fit.rmsea - (s.RMSEA as number))).toBeLessThan(1e-5);
      expect(Math.abs(res.fit.bic - (s.BIC as number))).toBeLessThan(1e-3);
      expect(Math.abs(res.fit.pvalue - (s.PVAL as number))).toBeLessThan(1e-5);
    }
  });

  it("psych's eigenvalues with communalities on the diagonal within 1e-3", () => {
    const want = s.fm === "pca" ? null : s.values;
    if (want !== null) expect(maxAbsDiff([res.commonEigenvalues], [want])).toBeLessThan(1e-3);
  });
});

describe("Velicer's MAP and fa.parallel's observed eigenvalues", () => {
  it.each([
    { set: "loyalty", ref: extra.loyalty, data: loyaltyCorrelation },
    { set: "hs1939", ref: extra.hs1939, data: hsCorrelation },
  ])("$set: vss()$map within 1e-10, fa.parallel fa.values within 1e-4", ({ ref, data }) => {
    const { R, p } = data();
    // psych: vss(cor(x), n = 8)$map
    const map = velicerMap(R, p, 8);
    expect(maxAbsDiff([map.map], [ref.map])).toBeLessThan(1e-10);
    // psych: fa.parallel(x, fm = "minres")$fa.values (observed data; one-factor minres communalities)
    expect(maxAbsDiff([Array.from(factorEigenvalues(R, p, "minres"))], [ref.parallel.fa_values])).toBeLessThan(1e-4);
  });
});

describe("Heywood case (r12 r13 / r23 > 1) as psych reports it", () => {
  const { r, n, ml, pa } = extra.heywood;
  it("ml: uniqueness of V1 at the bound, communalities as psych", () => {
    // psych: fa(r, 1, fm = "ml", n.obs = 200)
    const res = efa({ R: r, n }, { nfactors: 1, fm: "ml" });
    expect(maxAbsDiff([res.communalities], [ml.communality])).toBeLessThan(1e-3);
    expect(Math.abs(res.fit.chi - ml.STATISTIC)).toBeLessThan(1e-2);
    expect(res.warnings).toContain(message.efaHeywoodBound("V1", 0.005));
  });
  it("pa: communality above 1 kept, as psych", () => {
    // psych: fa(r, 1, fm = "pa", n.obs = 200)
    const res = efa({ R: r, n }, { nfactors: 1, fm: "pa" });
    expect(maxAbsDiff([res.communalities], [pa.communality])).toBeLessThan(1e-3);
    expect(res.warnings).toContain(message.efaUltraHeywood("V1", res.communalities[0]!));
  });
});
