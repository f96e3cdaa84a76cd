import { describe, test, expect } from "vitest";
import { pls } from "../../src/pls/pls.ts";
import { plsDraws } from "../../src/pls/plsDraws.ts";
import { parsePlsModel } from "../../src/pls/parsePlsModel.ts";
import { plsData } from "../../src/pls/plsData.ts";
import { INNER_SCHEMES } from "../../src/pls/innerSchemes.ts";
import { loadSeminr, readDataFile, lavaanModel } from "./plsFixture.ts";

// Bootstrap SEs depend on the generator: they must land within 10% of seminr's (2,000 draws, seed 123).
describe("PLS bootstrap against seminr's", () => {
  test.each([
    // seminr: bootstrap_model(estimate_pls(mobi, ECSI mode_A), nboot = 2000, seed = 123)
    ["mobi_ecsi_pls_modeA", {}],
    // seminr: bootstrap_model(estimate_pls(mobi, ECSI Image mode_B), nboot = 2000, seed = 123)
    ["mobi_ecsi_pls_imageB", {}],
    // seminr: bootstrap_model(estimate_pls(loyalty, listwise), nboot = 2000, seed = 123)
    ["loyalty_pls", { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise" as const }],
  ])("%s: path SEs within 10%, means within half an SE", (id, options) => {
    const c = loadSeminr(id);
    const fit = pls(lavaanModel(c), readDataFile(c.data.file), { ...options, bootstrap: 2000, seed: 123 });
    expect(fit.bootstrap?.failed).toBe(0);
    for (const p of c.bootstrap?.paths ?? []) {
      const row = fit.paths.find((r) => r.lhs === p.to && r.rhs === p.from);
      expect(Math.abs((row?.se as number) / p.boot_se - 1), `${id} se ${p.from}->${p.to}`).toBeLessThan(0.1);
      const s = fit.bootstrap?.stats.get(`${p.to}~${p.from}`);
      expect(Math.abs((s?.mean as number) - p.boot_mean), `${id} mean ${p.from}->${p.to}`).toBeLessThan(0.5 * p.boot_se);
      expect(row?.["ci.lower"] as number).toBeLessThan(row?.est as number);
      expect(row?.["ci.upper"] as number).toBeGreaterThan(row?.est as number);
    }
  });

  test("PLSc on ECSI: medians within half an IQR-SE, IQR-based SEs within 15%", () => {
    // seminr: bootstrap_model(estimate_pls(mobi, ECSI reflective()), nboot = 2000, seed = 123, cores = 1)
    const c = loadSeminr("mobi_ecsi_plsc");
    const model = lavaanModel(loadSeminr("mobi_ecsi_pls_modeA"));
    const fit = pls(model, readDataFile("mobi.csv"), { consistent: true, bootstrap: 2000, seed: 123 });
    for (const p of c.bootstrap?.paths ?? []) {
      const key = `${p.to}~${p.from}`;
      const s = fit.bootstrap?.stats.get(key);
      const draws = Float64Array.from(fit.bootstrap?.raw?.get(key) ?? []).filter((v) => Number.isFinite(v)).sort();
      const q = (f: number): number => draws[Math.floor(f * (draws.length - 1))] as number;
      const median = q(0.5), iqrSe = (q(0.75) - q(0.25)) / 1.349;
      expect(s).toBeDefined();
      expect(Math.abs(median - p.boot_median), `median ${key}`).toBeLessThan(0.5 * p.boot_se_iqr);
      expect(Math.abs(iqrSe / p.boot_se_iqr - 1), `IQR SE ${key}`).toBeLessThan(0.15);
    }
  });
});

describe("PLS bootstrap determinism", () => {
  const c = loadSeminr("loyalty_pls");
  const spec = parsePlsModel(lavaanModel(c));
  const items = spec.constructs.flatMap((k) => k.items);
  const data = plsData(readDataFile("loyalty_survey.csv"), items, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise" });
  const settings = { scheme: INNER_SCHEMES.path, maxIt: 300, stopCriterion: 7, consistent: false, interaction: "twoStage" as const, interactionScale: "standardized" as const };
  test("draws depend only on (seed, draw index): any split of the draws gives the same bits", () => {
    const all = plsDraws(data.x, data.n, items, spec, settings, 7, 0, 40);
    const a = plsDraws(data.x, data.n, items, spec, settings, 7, 0, 13);
    const b = plsDraws(data.x, data.n, items, spec, settings, 7, 13, 27);
    expect(Array.from(a.draws).concat(Array.from(b.draws))).toEqual(Array.from(all.draws));
  });
  test("same seed, same intervals; another seed, other draws", () => {
    const model = lavaanModel(c);
    const opts = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise" as const, bootstrap: 50 };
    const one = pls(model, readDataFile("loyalty_survey.csv"), { ...opts, seed: 5 });
    const two = pls(model, readDataFile("loyalty_survey.csv"), { ...opts, seed: 5 });
    const three = pls(model, readDataFile("loyalty_survey.csv"), { ...opts, seed: 6 });
    expect(two.paths).toEqual(one.paths);
    expect(three.paths[0]?.se).not.toBe(one.paths[0]?.se);
  });
  test("BCa intervals are reported for indirect effects and HTMT", () => {
    const fit = pls(lavaanModel(c), readDataFile("loyalty_survey.csv"), { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise", bootstrap: 200, seed: 1, ci: "bca" });
    const ind = fit.bootstrap?.stats.get("LOY~>SAT");
    // loyalty: SAT -> TRU -> LOY is the one indirect path, 0.431 × 0.264
    expect(ind?.bca?.[0] as number).toBeGreaterThan(0);
    expect(ind?.bca?.[0] as number).toBeLessThan(0.431 * 0.264);
    const h = fit.bootstrap?.stats.get("htmt:SAT|TRU");
    expect(h?.percentile[0] as number).toBeLessThan(fit.htmt.matrix[1]?.[0] as number);
    const path = fit.paths[0];
    expect(path?.["ci.lower"]).toBe(fit.bootstrap?.stats.get(`${path?.lhs}~${path?.rhs}`)?.bca?.[0]);
  });
});
