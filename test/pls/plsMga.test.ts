import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { plsMga } from "../../src/pls/plsMga.ts";
import { DataError, UnknownColumnError } from "../../src/errors.ts";
import { loadSeminr, readDataFile, lavaanModel } from "./plsFixture.ts";

const model = lavaanModel(loadSeminr("loyalty_pls"));
const data = readDataFile("loyalty_survey.csv");
const base = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise" as const };

describe("plsMga", () => {
  test("group estimates as seminr's, PLS-MGA p-values within Monte Carlo error", () => {
    // seminr: estimate_pls_mga(estimate_pls(loyalty listwise), platform == "A", nboot = 2000, seed = 123)
    const ref = JSON.parse(readFileSync("test/fixtures/pls/loyalty_pls_mga.json", "utf8")) as {
      n: [number, number]; paths: { from: string; to: string; group1_beta: number; group2_beta: number; diff: number; pls_mga_p: number }[];
    };
    const out = plsMga(model, data, { ...base, group: "platform", bootstrap: 2000, permutations: 200, seed: 123 });
    expect(out.groups).toEqual(["A", "B"]);
    expect(out.n).toEqual(ref.n);
    for (const r of ref.paths) {
      const p = out.paths.find((x) => x.lhs === r.to && x.rhs === r.from);
      expect(Math.abs((p?.est1 as number) - r.group1_beta)).toBeLessThan(1e-6);
      expect(Math.abs((p?.est2 as number) - r.group2_beta)).toBeLessThan(1e-6);
      expect(Math.abs((p?.diff as number) - r.diff)).toBeLessThan(1e-6);
      // seminr's p rests on its own 2,000 draws per group: the two agree within a few hundredths
      expect(Math.abs((p?.plsMgaP as number) - r.pls_mga_p), `${r.from}->${r.to}`).toBeLessThan(0.05);
      expect(p?.permutationP as number).toBeGreaterThan(0);
      expect(p?.permutationP as number).toBeLessThanOrEqual(1);
    }
    // the largest group difference (SAT -> LOY) has the smallest permutation p
    const byP = [...out.paths].sort((a, b) => (a.permutationP as number) - (b.permutationP as number));
    expect(`${byP[0]?.rhs}->${byP[0]?.lhs}`).toBe("SAT->LOY");
  }, 120000);
  test("with mean replacement each group replaces its own missing values, as seminr's rerun per group", () => {
    // seminr: estimate_pls_mga(estimate_pls(loyalty items, mean_replacement), platform == "A") group estimates
    const ref = JSON.parse(readFileSync("test/fixtures/pls/loyalty_pls_mga_mean.json", "utf8")) as {
      n: [number, number]; paths: { from: string; to: string; group1_beta: number; group2_beta: number }[];
    };
    const out = plsMga(model, data, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, group: "platform", bootstrap: 0, permutations: 0 });
    expect(out.n).toEqual(ref.n);
    for (const r of ref.paths) {
      const p = out.paths.find((x) => x.lhs === r.to && x.rhs === r.from);
      expect(Math.abs((p?.est1 as number) - r.group1_beta), `${r.from}->${r.to}`).toBeLessThan(1e-6);
      expect(Math.abs((p?.est2 as number) - r.group2_beta), `${r.from}->${r.to}`).toBeLessThan(1e-6);
      expect(p?.plsMgaP).toBeNull();
    }
  });
  test("seeded: same seed, same p-values", () => {
    const a = plsMga(model, data, { ...base, group: "platform", bootstrap: 50, permutations: 30, seed: 9 });
    const b = plsMga(model, data, { ...base, group: "platform", bootstrap: 50, permutations: 30, seed: 9 });
    expect(b).toEqual(a);
  });
  test("the grouping column must exist and hold two groups", () => {
    expect(() => plsMga(model, data, { ...base, group: "plattform" })).toThrow(UnknownColumnError);
    expect(() => plsMga(model, data, { ...base, group: "age_group", bootstrap: 0, permutations: 0 })).toThrow(DataError);
  });
});
