import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { omega } from "../../src/reliability/omega.ts";
import { DataError } from "../../src/errors.ts";

const fixture = JSON.parse(readFileSync(new URL("../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));
const ds = parseCsv(readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8"));

describe("omega() on the 3-item loyalty scales (one factor is just identified)", () => {
  for (const name of ["PV", "SWC", "ALT"]) {
    it(`${name}: ω from the closed-form loadings λ_1 = √(r12 r13 / r23)`, () => {
      const scale = fixture.scales[name] as { items: string[]; alpha_drop: { average_r: number }[] };
      // psych 2.2.9 alpha()$alpha.drop: with item k dropped, average_r is the one correlation of the other two
      // items (psych's R = cov2cor(cov(x, pairwise))), so r23 = drop[0], r13 = drop[1], r12 = drop[2].
      const [r23, r13, r12] = scale.alpha_drop.map((d) => d.average_r) as [number, number, number];
      const lambda = [Math.sqrt((r12 * r13) / r23), Math.sqrt((r12 * r23) / r13), Math.sqrt((r13 * r23) / r12)];
      // McDonald (1999, eq. 6.20b)
      const s = lambda[0]! + lambda[1]! + lambda[2]!;
      const u = 3 - lambda.reduce((a, l) => a + l * l, 0);
      const res = omega(ds, { items: scale.items, reverse: scale.items.filter((i) => i === "swc3"), scale: { min: 1, max: 5 } });
      lambda.forEach((l, j) => expect(Math.abs(res.loadings[j]! - l)).toBeLessThan(1e-8));
      expect(Math.abs(res.omega - (s * s) / (s * s + u))).toBeLessThan(1e-8);
      expect(res.converged).toBe(true);
    });
  }

  it("needs at least two items", () => {
    expect(() => omega(ds, { items: ["sq1"] })).toThrow(DataError);
  });
});
