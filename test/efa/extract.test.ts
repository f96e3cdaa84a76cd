import { describe, expect, it } from "vitest";
import { extractors } from "../../src/efa/extractors.ts";
import type { ExtractionMethod } from "../../src/efa/types.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import hs from "../fixtures/hs1939_efa.json" with { type: "json" };
import { hsCorrelation, loyaltyCorrelation } from "./helpers.ts";

// Communalities are invariant to rotation, so each extraction can be checked on its own against
// psych::fa(..., fm, rotate)$communality of every reference solution.
const rows = [
  ...loyalty.solutions.map((s) => ({ set: "loyalty", s, data: loyaltyCorrelation })),
  ...hs.solutions.map((s) => ({ set: "hs1939", s, data: hsCorrelation })),
];

describe.each(rows)("extraction $set fm=$s.fm m=$s.nfactors", ({ s, data }) => {
  it("communalities match psych within 1e-4", () => {
    // psych 2.2.9: fa(items, nfactors, fm, rotate)$communality
    const { R, p } = data();
    const m = s.nfactors;
    const ex = extractors[s.fm as ExtractionMethod](R, p, m);
    expect(ex.converged).toBe(true);
    for (let i = 0; i < p; i++) {
      let h = 0;
      for (let k = 0; k < m; k++) h += ex.loadings[i * m + k]! ** 2;
      expect(Math.abs(h - s.communalities[i]!)).toBeLessThan(1e-4);
    }
  });
});
