import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { sem } from "../../src/sem/sem.ts";
import { conditionalStatistics } from "../../src/ordinal/conditionalStatistics.ts";
import { ModelSpecificationError, OptionError } from "../../src/errors.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// Ordinal indicators with observed exogenous covariates: lavaan 0.6-14's WLSMV with conditional.x = TRUE.
// Expected values are made by test/fixtures/wlsmv_conditional_x.R (loyalty data, tru4 and swc3 reversed, listwise).
const LOY = readData("loyalty_survey.csv");
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const SAT = ["sat1", "sat2", "sat3", "sat4"];
const LOYS = ["loy1", "loy2", "loy3", "loy4"];

interface CondRef { wlsObs: number[]; gamma: number[][]; wlsV: number[]; ordered: string[] }

const cases = [
  // lavaan: sem(mimic, loy, ordered = paste0("sat", 1:4), estimator = "WLSMV")
  { id: "loyalty_condx_mimic_wlsmv", ordered: SAT, covariates: ["tru1", "swc1"] },
  // lavaan: sem(two, loy, ordered = c(paste0("sat", 1:4), paste0("loy", 1:4)), estimator = "WLSMV")
  { id: "loyalty_condx_two_wlsmv", ordered: [...SAT, ...LOYS], covariates: ["tru1"] },
];

/** The complete rows of the loyalty data on the ordinal items and covariates, as category codes and a covariate matrix. */
function loyaltyRows(ys: readonly string[], xs: readonly string[]): { codes: Uint8Array; X: Float64Array; n: number } {
  const lines = readFileSync("data/loyalty_survey.csv", "utf8").trim().split("\n");
  const head = lines[0]!.split(",").map((s) => s.replace(/"/g, ""));
  const value = (cells: string[], v: string): number => {
    const x = cells[head.indexOf(v)]!;
    if (x === "") return NaN;
    return v === "tru4" || v === "swc3" ? 6 - Number(x) : Number(x);
  };
  const rows = lines.slice(1).map((l) => l.split(",")).filter((c) => [...ys, ...xs].every((v) => !Number.isNaN(value(c, v))));
  const n = rows.length, p = ys.length, q = xs.length;
  const codes = new Uint8Array(n * p), X = new Float64Array(n * q);
  rows.forEach((c, i) => {
    ys.forEach((v, j) => { codes[i * p + j] = value(c, v) - 1; });
    xs.forEach((v, k) => { X[i * q + k] = value(c, v); });
  });
  return { codes, X, n };
}

describe.each(cases)("WLSMV conditional.x: $id", ({ id, ordered, covariates }) => {
  const ref = loadReference(id);
  const cref = ref as unknown as CondRef;
  const fit = sem(ref.model, LOY, { ...LOYALTY, ordered, estimator: "WLSMV" });
  test("sample statistics: thresholds, probit slopes, residual polychorics and their NACOV (lavInspect wls.obs, gamma, wls.v)", () => {
    const { codes, X, n } = loyaltyRows(ordered, covariates);
    expect(n).toBe(ref.nobs);
    const st = conditionalStatistics(codes, ordered.map(() => 5), X, n, ordered.length, covariates.length, ordered);
    const D = st.wlsObs.length;
    expect(D).toBe(cref.wlsObs.length);
    cref.wlsObs.forEach((v, i) => expectClose(st.wlsObs[i], v, 0, 1e-6, `wls.obs[${i}]`));
    cref.wlsV.forEach((v, i) => expectClose(st.wlsVdiag[i], v, 1e-5, 1e-10, `wls.v[${i}]`));
    for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) expectClose(st.gamma[a * D + b], cref.gamma[a]![b]!, 1e-4, 1e-6, `gamma[${a},${b}]`);
  });
  test("estimates (1e-4), robust SEs (1e-3 relative), std.lv, std.all and std.nox (1e-4)", () => {
    expect(fit.ntotal).toBe(ref.nobs);
    expect(fit.npar).toBe(ref.npar);
    const pe = fit.parameterEstimates();
    for (const r of ref.parameters) {
      const what = `${r["lhs"]} ${r["op"]} ${r["rhs"]}`;
      const m = pe.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"]);
      expect(m, what).toBeDefined();
      const est = r["est"] as number;
      expectClose(m!.est, est, 0, 1e-4 * Math.max(1, Math.abs(est)), `${what} est`);
      if (typeof r["se"] === "number" && r["se"] > 0) expectClose(m!.se, r["se"], 1e-3, 1e-8, `${what} se`);
      for (const k of ["std.lv", "std.all", "std.nox"] as const) if (typeof r[k] === "number") expectClose(m![k], r[k] as number, 0, 1e-4, `${what} ${k}`);
    }
  });
  test("fit measures (1e-3 relative): DWLS and scaled-shifted χ², baseline, CFI/TLI, RMSEA, SRMR, WRMR", () => {
    const fm = fit.fitMeasures();
    const keys = ["chisq", "df", "pvalue", "chisq.scaled", "chisq.scaling.factor", "baseline.chisq", "baseline.df", "baseline.chisq.scaled",
      "cfi", "tli", "cfi.scaled", "tli.scaled", "rmsea", "rmsea.scaled", "rmsea.ci.upper", "srmr", "rmr", "crmr", "wrmr", "gfi", "npar"];
    for (const k of keys) {
      const v = ref.fit[k] as number;
      expectClose(fm[k], v, 1e-3, 1e-7, k);
    }
  });
});

describe("WLSMV conditional.x in two groups: loyalty_condx_mg_wlsmv", () => {
  // lavaan: sem(mimic, loy, ordered = paste0("sat", 1:4), estimator = "WLSMV", group = "gender")
  const ref = loadReference("loyalty_condx_mg_wlsmv");
  const fit = sem(ref.model, LOY, { ...LOYALTY, ordered: SAT, estimator: "WLSMV", group: "gender" });
  test("estimates (1e-4), robust SEs (1e-3 relative), std.lv, std.all and std.nox (1e-4) in both groups", () => {
    expect(fit.nobs).toEqual(ref.nobs);
    const pe = fit.parameterEstimates();
    for (const r of ref.parameters) {
      const what = `${r["lhs"]} ${r["op"]} ${r["rhs"]} (group ${r["group"]})`;
      const m = pe.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"] && x.group === r["group"]);
      expect(m, what).toBeDefined();
      const est = r["est"] as number;
      expectClose(m!.est, est, 0, 1e-4 * Math.max(1, Math.abs(est)), `${what} est`);
      if (typeof r["se"] === "number" && r["se"] > 0) expectClose(m!.se, r["se"], 1e-3, 1e-8, `${what} se`);
      for (const k of ["std.lv", "std.all", "std.nox"] as const) if (typeof r[k] === "number") expectClose(m![k], r[k] as number, 0, 1e-4, `${what} ${k}`);
    }
  });
  test("fit measures (1e-3 relative)", () => {
    const fm = fit.fitMeasures();
    for (const k of ["chisq", "df", "chisq.scaled", "baseline.chisq", "baseline.chisq.scaled", "cfi", "tli", "cfi.scaled", "rmsea", "rmsea.scaled", "srmr", "wrmr", "npar"]) {
      expectClose(fm[k], ref.fit[k] as number, 1e-3, 1e-7, k);
    }
  });
});

describe("WLSMV conditional.x scope", () => {
  test("modification indices are a typed error, not an empty list", () => {
    const fit = sem("SAT =~ sat1 + sat2 + sat3 + sat4\nSAT ~ tru1", LOY, { ...LOYALTY, ordered: SAT, estimator: "WLSMV" });
    expect(() => fit.modificationIndices()).toThrow(ModelSpecificationError);
  });
  test("continuous indicators next to ordinal ones with covariates stay a typed error", () => {
    expect(() => sem("SAT =~ sat1 + sat2 + sat3 + sat4 + loy1\nSAT ~ tru1", LOY, { ...LOYALTY, ordered: SAT, estimator: "WLSMV" })).toThrow(OptionError);
  });
});
