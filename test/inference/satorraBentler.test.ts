import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cfa } from "../../src/sem/sem.ts";
import { baselineByFitting } from "../../src/sem/baselineModel.ts";
import { satorraBentler } from "../../src/inference/satorraBentler.ts";
import { adfGamma } from "../../src/inference/adfGamma.ts";
import { momentCount } from "../../src/representation/momentJacobian.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// lavaan 0.6-14 internals written by test/fixtures/robust_fit_parts.R:
//   fit@test$satorra.bentler$trace.UGamma / $scaling.factor, lavInspect(fit, "gamma"),
//   lav_object_independence(fit)@test[[2]] (the baseline's Satorra-Bentler test)
interface Part {
  id: string;
  satorraBentler?: { "trace.UGamma": number; "scaling.factor": number };
  gamma?: { trace: number; frobenius: number }[] | Record<string, { trace: number; frobenius: number }>;
  baselineScaled?: { stat: number; df: number; "scaling.factor": number };
}
const parts = (JSON.parse(readFileSync("test/fixtures/robust_fit_parts.json", "utf8")) as { cases: Part[] }).cases;
const hsData = readData("HolzingerSwineford1939.csv");

describe.each([
  ["hs1939_cfa_mlm", {}],
  ["hs1939_mg_school_mlm", { group: "school" }],
] as const)("%s", (id, extra) => {
  const ref = parts.find((c) => c.id === id)!;
  const fit = cfa(loadReference("hs1939_cfa_mlm").model, hsData, { estimator: "MLM", ...extra });
  const sol = fit.solution;
  it("distribution-free Gamma per group (lavInspect(fit, 'gamma'))", () => {
    const gammas = adfGamma(sol.stats, sol.rep.meanstructure)!;
    const refs = Array.isArray(ref.gamma) ? ref.gamma : Object.values(ref.gamma!);
    expect(gammas.length).toBe(refs.length);
    const nm = momentCount(sol.rep.p, sol.rep.meanstructure);
    gammas.forEach((G, g) => {
      let tr = 0, fro = 0;
      for (let i = 0; i < nm; i++) tr += G[i * nm + i]!;
      for (const v of G) fro += v * v;
      // lavaan: sum(diag(Gamma_g)), sqrt(sum(Gamma_g^2)) — permutation-invariant (lavaan orders means first)
      expectClose(tr, refs[g]!.trace, 1e-10, 0, `tr Gamma ${g}`);
      expectClose(Math.sqrt(fro), refs[g]!.frobenius, 1e-10, 0, `|Gamma ${g}|_F`);
    });
  });
  it("tr(U Gamma) and the scaling factor of the model and of the baseline", () => {
    const sb = satorraBentler(sol);
    // lavaan: fit@test$satorra.bentler$trace.UGamma and $scaling.factor
    expectClose(sb.traceUGamma, ref.satorraBentler!["trace.UGamma"], 1e-6, 0, "trace.UGamma");
    expectClose(sb.scalingFactor, ref.satorraBentler!["scaling.factor"], 1e-6, 0, "scaling.factor");
    const base = baselineByFitting(sol).solution;
    const sb0 = satorraBentler(base);
    // lavaan: lav_object_independence(fit)@test[[2]]$scaling.factor and $stat
    expectClose(sb0.scalingFactor, ref.baselineScaled!["scaling.factor"], 1e-6, 0, "baseline scaling.factor");
    expectClose(base.chisq / sb0.scalingFactor, ref.baselineScaled!.stat, 1e-6, 0, "baseline chisq.scaled");
  });
  it("without raw rows there is no robust inference", () => {
    const { rows: _rows, ...noRows } = sol.stats;
    const sb = satorraBentler({ ...sol, stats: noRows });
    expect(sb.vcov).toBeNull();
    expect(sb.scalingFactor).toBeNaN();
  });
});
