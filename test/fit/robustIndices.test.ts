import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { cfiRobust } from "../../src/fit/cfiRobust.ts";
import { tliRobust } from "../../src/fit/tliRobust.ts";
import { rniRobust } from "../../src/fit/rniRobust.ts";
import { rmseaRobust } from "../../src/fit/rmseaRobust.ts";
import { rmseaCiRobust } from "../../src/fit/rmseaCiRobust.ts";
import { rmseaCloseFitRobust } from "../../src/fit/rmseaCloseFitRobust.ts";
import { rmseaNotCloseFitRobust } from "../../src/fit/rmseaNotCloseFitRobust.ts";
import { robustFitMeasures } from "../../src/fit/robustFitMeasures.ts";
import { cfi } from "../../src/fit/cfi.ts";
import { tli } from "../../src/fit/tli.ts";
import { rni } from "../../src/fit/rni.ts";
import { rmsea } from "../../src/fit/rmsea.ts";
import { loadFixture, within } from "./fixtures.ts";

// lavaan 0.6-14: fitMeasures(cfa(HS.model, HolzingerSwineford1939, estimator = "MLR")) (test/fixtures/hs1939_cfa_mlr.json)
const hs = loadFixture("hs1939_cfa_mlr").fit;
// lavaan 0.6-14: lav_fit_fiml_corrected() of the loyalty core model (test/fixtures/robust_fit_parts.R)
const parts = JSON.parse(readFileSync("test/fixtures/robust_fit_parts.json", "utf8")) as {
  cases: { id: string; fimlCorrected?: Record<string, number> }[];
};
const fc = (id: string): Record<string, number> => parts.cases.find((c) => c.id === id)!.fimlCorrected!;

describe("robust incremental indices (Brosseau-Liard & Savalei 2014)", () => {
  const args = [hs["chisq"]!, hs["df"]!, hs["baseline.chisq"]!, hs["baseline.df"]!, hs["chisq.scaling.factor"]!, hs["baseline.chisq.scaling.factor"]!] as const;
  it("complete data: c.hat of the Yuan-Bentler tests", () => {
    // lavaan: fitMeasures(fit)[c("cfi.robust", "tli.robust", "nnfi.robust", "rni.robust")], hs1939 MLR
    expect(within(cfiRobust(...args), hs["cfi.robust"]!, 1e-10, 0)).toBe(true);
    expect(within(tliRobust(...args), hs["tli.robust"]!, 1e-10, 0)).toBe(true);
    expect(within(tliRobust(...args), hs["nnfi.robust"]!, 1e-10, 0)).toBe(true);
    expect(within(rniRobust(...args), hs["rni.robust"]!, 1e-10, 0)).toBe(true);
  });
  it("FIML: Savalei's corrected statistics (V3 for MLR, V6 for ML)", () => {
    for (const [id, fid] of [["loyalty_core_mlr", "loyalty_core_mlr"], ["loyalty_core_fiml", "loyalty_core_fiml"]] as const) {
      const f = loadFixture(fid).fit, c = fc(id);
      const a = [c["XX3"]!, c["df3"]!, c["XX3.null"]!, c["df3.null"]!, c["c.hat3"]!, c["c.hat3.null"]!] as const;
      // lavaan: fitMeasures(fit)["cfi.robust"] etc. = lav_fit_cfi(XX3, df, XX3.null, df.null, c.hat3, c.hat3.null);
      // the two R runs (fixture and robust_fit_parts.R) agree to about 1e-7 (optimizer stopping)
      expect(within(cfiRobust(...a), f["cfi.robust"]!, 1e-6, 0), id).toBe(true);
      expect(within(tliRobust(...a), f["tli.robust"]!, 1e-6, 0), id).toBe(true);
      expect(within(rniRobust(...a), f["rni.robust"]!, 1e-6, 0), id).toBe(true);
      // lavaan: rmsea.robust = lav_fit_rmsea(XX3, df3, N, c.hat = c.hat3)
      expect(within(rmseaRobust(c["XX3"]!, c["df3"]!, 480, c["c.hat3"]!), f["rmsea.robust"]!, 1e-6, 0), id).toBe(true);
    }
  });
  it("a scaling factor of exactly 1 gives the ordinary index (lavaan's c.hat != 1 rule)", () => {
    const [x, d, x0, d0] = args;
    expect(cfiRobust(x, d, x0, d0, 1, 1.2)).toBe(cfi(x, d, x0, d0));
    expect(tliRobust(x, d, x0, d0, 1.3, 1)).toBe(tli(x, d, x0, d0));
    expect(rniRobust(x, d, x0, d0, 1, 1)).toBe(rni(x, d, x0, d0));
    expect(rmseaRobust(x, d, 301, 1)).toBe(rmsea(x, d, 301));
    expect(cfiRobust(NaN, d, x0, d0, 1.1, 1.2)).toBeNaN();
    expect(rmseaRobust(x, 0, 301, 1.1)).toBe(0);
  });
});

describe("robust RMSEA interval and tests", () => {
  const c = hs["chisq.scaling.factor"]!, t = hs["chisq.scaled"]!;
  it("matches lavaan on HS1939 MLR", () => {
    // lavaan: fitMeasures(fit)[c("rmsea.robust", "rmsea.ci.lower.robust", ...)]; lavaan's uniroot tolerance
    // (≈ 1.2e-4 in λ) limits the interval bounds to about 1e-4 relative
    expect(within(rmseaRobust(hs["chisq"]!, 24, 301, c), hs["rmsea.robust"]!, 1e-10, 0)).toBe(true);
    const [lo, hi] = rmseaCiRobust(t, 24, 301, c);
    expect(within(lo, hs["rmsea.ci.lower.robust"]!, 1e-4, 0)).toBe(true);
    expect(within(hi, hs["rmsea.ci.upper.robust"]!, 1e-4, 0)).toBe(true);
    expect(within(rmseaCloseFitRobust(t, 24, 301, c), hs["rmsea.pvalue.robust"]!, 1e-4, 0)).toBe(true);
    expect(within(rmseaNotCloseFitRobust(t, 24, 301, c), hs["rmsea.notclose.pvalue.robust"]!, 1e-4, 0)).toBe(true);
  });
  it("FIML V3 and V6: lower bound 0 when the central probability is below 1 - alpha/2", () => {
    // lavaan: loyalty_core_mlr rmsea.ci.lower.robust = 0, rmsea.ci.upper.robust from XX3.scaled and c.hat3
    const f = loadFixture("loyalty_core_mlr").fit, v3 = fc("loyalty_core_mlr");
    const [lo, hi] = rmseaCiRobust(v3["XX3.scaled"]!, 85, 480, v3["c.hat3"]!);
    expect(lo).toBe(f["rmsea.ci.lower.robust"]);
    expect(within(hi, f["rmsea.ci.upper.robust"]!, 1e-4, 0)).toBe(true);
    const g = loadFixture("loyalty_core_fiml").fit, v6 = fc("loyalty_core_fiml");
    const [lo6, hi6] = rmseaCiRobust(v6["XX3.scaled"]!, 85, 480, v6["c.hat3"]!);
    // lavaan 0.00300734216350852: uniroot stops 1.2e-4 from the root in λ, about 4e-4 relative in the bound
    expect(within(lo6, g["rmsea.ci.lower.robust"]!, 1e-3, 0)).toBe(true);
    expect(within(hi6, g["rmsea.ci.upper.robust"]!, 1e-4, 0)).toBe(true);
    expect(within(rmseaCloseFitRobust(v6["XX3.scaled"]!, 85, 480, v6["c.hat3"]!), g["rmsea.pvalue.robust"]!, 1e-6, 0)).toBe(true);
    expect(within(rmseaNotCloseFitRobust(v6["XX3.scaled"]!, 85, 480, v6["c.hat3"]!), g["rmsea.notclose.pvalue.robust"]!, 1e-4, 0)).toBe(true);
    expect(rmseaCloseFitRobust(10, 0, 480, 1.1)).toBeNaN();
    expect(rmseaCiRobust(NaN, 85, 480, 1.1)).toEqual([NaN, NaN]);
  });
});

describe("robustFitMeasures assembles lavaan's scaled and robust entries", () => {
  it("HS1939 MLR, from lavaan's test statistics alone", () => {
    const c = hs["chisq.scaling.factor"]!, c0 = hs["baseline.chisq.scaling.factor"]!;
    const out = robustFitMeasures({
      chisq: hs["chisq"]!, df: 24, baselineChisq: hs["baseline.chisq"]!, baselineDf: 36, n: 301, groups: 1,
      scaled: { chisq: hs["chisq.scaled"]!, df: 24, scalingFactor: c, traceUGamma: c * 24, baselineChisq: hs["baseline.chisq.scaled"]!, baselineDf: 36, baselineScalingFactor: c0 },
      robust: { chisq: hs["chisq"]!, df: 24, cHat: c, chisqScaled: hs["chisq.scaled"]!, baselineChisq: hs["baseline.chisq"]!, cHatNull: c0 },
    });
    // lavaan: every scaled/robust entry of fitMeasures(fit) (hs1939_cfa_mlr.json); p-values and CI bounds
    // go through pchisq/uniroot and agree to 1e-4 relative
    const names = Object.keys(hs).filter((k) => /(\.scaled$|\.robust$|^baseline\..*scal)/.test(k) && k !== "chisq.scaled" && k !== "df.scaled" && k !== "pvalue.scaled");
    expect(names.length).toBe(26);
    for (const k of names) expect(within(out[k], hs[k]!, 1e-4, 1e-12), k).toBe(true);
    expect(Object.keys(out).sort()).toEqual(names.sort());
  });
  it("leaves out what does not apply", () => {
    const base = { chisq: 100, df: 20, baselineChisq: 900, baselineDf: 30, n: 300, groups: 1 };
    expect(robustFitMeasures(base)).toEqual({});
    const r = robustFitMeasures({ ...base, robust: { chisq: 100, df: 20, cHat: 1.1, chisqScaled: 100 / 1.1, baselineChisq: 900, cHatNull: 1.2 } });
    expect(Object.keys(r)).toEqual(["cfi.robust", "tli.robust", "nnfi.robust", "rni.robust", "rmsea.robust",
      "rmsea.ci.lower.robust", "rmsea.ci.upper.robust", "rmsea.pvalue.robust", "rmsea.notclose.pvalue.robust"]);
  });
});
