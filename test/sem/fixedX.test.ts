import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";
import { EstimationError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { modificationIndices } from "../../src/inference/modificationIndices.ts";

// ML with fixed exogenous covariates (lavaan's fixed.x): the log-likelihoods are conditional on the covariates
// (lav_mvnorm_loglik_samplestats subtracts their marginal log-likelihood at the sample moments), and GFI weights
// the moments with lavaan's expected h1 information whose covariate rows are eliminated (lav_fit_gfi.R).
// Every expected value is a lavaan 0.6-14 result in test/fixtures/<id>.json (made by robust_estimators.R / fixed_x.R).
const LIKELIHOOD = ["logl", "unrestricted.logl", "aic", "bic", "bic2", "gfi", "agfi", "pgfi"];
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;

/** The HS1939 data with x1[seq(3, n, by = 7)] and x5[seq(5, n, by = 7)] removed, as fixed_x.R does in R. */
function hsWithMissing(): string {
  const lines = readData("HolzingerSwineford1939.csv").trimEnd().split("\n");
  const head = lines[0]!.split(",").map((s) => s.replace(/"/g, ""));
  const i1 = head.indexOf("x1"), i5 = head.indexOf("x5");
  const rows = lines.slice(1).map((line, r) => {
    const cells = line.split(",");
    const row = r + 1; // R's 1-based row
    if (row >= 3 && (row - 3) % 7 === 0) cells[i1] = "NA";
    if (row >= 5 && (row - 5) % 7 === 0) cells[i5] = "NA";
    return cells.join(",");
  });
  return [lines[0]!, ...rows].join("\n");
}

const cases: { id: string; data: () => string; options: SemOptions }[] = [
  // lavaan: sem(covModel, hs)
  { id: "hs1939_covariates_ml", data: () => readData("HolzingerSwineford1939.csv"), options: {} },
  // lavaan: sem(covModel, hs, group = "school")
  { id: "hs1939_covariates_mg_ml", data: () => readData("HolzingerSwineford1939.csv"), options: { group: "school" } },
  // lavaan: sem(covModel, hs, estimator = "MLR") and "MLM": the same likelihood entries as ML
  { id: "hs1939_covariates_mlr", data: () => readData("HolzingerSwineford1939.csv"), options: { estimator: "MLR" } },
  { id: "hs1939_covariates_mlm", data: () => readData("HolzingerSwineford1939.csv"), options: { estimator: "MLM" } },
  // lavaan: sem(covModel, hs, estimator = "MLR", missing = "ml") (complete data)
  { id: "hs1939_covariates_mlr_fiml", data: () => readData("HolzingerSwineford1939.csv"), options: { estimator: "MLR", missing: "ml" } },
  // lavaan: sem(covModel, hsm, missing = "ml") with 43 values of x1 and 43 of x5 removed
  { id: "hs1939_covariates_ml_fiml", data: hsWithMissing, options: { missing: "ml" } },
];

describe.each(cases)("fixed.x likelihood and GFI: $id", ({ id, data, options }) => {
  const ref = loadReference(id);
  const fit = sem(ref.model, data(), options);
  test("logl, unrestricted.logl, AIC, BIC, SABIC, GFI, AGFI, PGFI equal lavaan's to 1e-7", () => {
    const fm = fit.fitMeasures();
    for (const k of LIKELIHOOD) expectClose(fm[k], ref.fit[k] as number, 1e-7, 1e-8, k);
  });
});

describe("FIML with missing values in the indicators and fixed covariates", () => {
  // lavaan: sem(covModel, hsm, missing = "ml") — every fitMeasures() entry
  const ref = loadReference("hs1939_covariates_ml_fiml");
  const fit = sem(ref.model, hsWithMissing(), { missing: "ml" });
  test("nobs, npar and the parameter estimates", () => {
    expect(fit.npar).toBe(ref.npar);
    expect(fit.ntotal).toBe(ref.nobs);
    const est = new Map(fit.parameterEstimates().map((r) => [`${r.lhs}|${r.op}|${r.rhs}`, r] as const));
    for (const r of ref.parameters) {
      const m = est.get(`${r["lhs"]}|${r["op"]}|${r["rhs"]}`);
      expect(m, `${r["lhs"]}${r["op"]}${r["rhs"]}`).toBeDefined();
      expectClose(m!.est, r["est"] as number, 1e-5, 1e-6, `${r["lhs"]}${r["op"]}${r["rhs"]} est`);
      if (typeof r["se"] === "number" && r["se"] !== 0) expectClose(m!.se, r["se"], 1e-4, 1e-6, `${r["lhs"]}${r["op"]}${r["rhs"]} se`);
    }
  });
  test("modification indices: the expected information over the missing-data patterns without the covariates' moments", () => {
    // lavaan: modindices(fit, sort. = TRUE)[1:15, ] — includes ageyr ~ visual and sex ~ visual
    const mi = fit.modificationIndices();
    for (const r of ref.modindices) {
      const m = mi.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"]);
      expect(m, `${r["lhs"]}${r["op"]}${r["rhs"]}`).toBeDefined();
      expectClose(m!.mi, r["mi"] as number, 1e-4, 1e-4, `mi ${r["lhs"]}${r["op"]}${r["rhs"]}`);
      expectClose(m!.epc, r["epc"] as number, 1e-4, 1e-4, `epc ${r["lhs"]}${r["op"]}${r["rhs"]}`);
      expectClose(m!["sepc.all"], r["sepc.all"] as number, 1e-4, 1e-4, `sepc.all ${r["lhs"]}${r["op"]}${r["rhs"]}`);
    }
  });
  test("every fit measure (robust RMSEA entries to 1e-4, the rest to 1e-6)", () => {
    const fm = fit.fitMeasures();
    for (const [k, v] of Object.entries(ref.fit)) {
      if (v === null) continue;
      const rel = /robust/.test(k) ? 1e-4 : 1e-6;
      expectClose(fm[k], v, rel, 1e-8, k);
    }
  });
});

describe("GFI under FIML uses lavaan's WLS.obs (pairwise moments) and the patterns' expected information", () => {
  test("loyalty core model, missing = 'ml' (480 cases, 24 patterns)", () => {
    // lavaan: sem(core, loy, missing = "ml"); fitMeasures(fit)[c("gfi", "agfi", "pgfi")]
    const ref = loadReference("loyalty_core_fiml");
    const fm = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, missing: "ml" }).fitMeasures();
    for (const k of ["gfi", "agfi", "pgfi"]) expectClose(fm[k], ref.fit[k] as number, 1e-8, 1e-9, k);
  });
});

describe("the ML score tests are refused for a DWLS solution, never applied to it", () => {
  test("modificationIndices(solution, 'WLSMV') throws EstimationError; fit.modificationIndices() uses the DWLS tests", () => {
    // lavaan: modindices() of a WLSMV fit uses the DWLS gradient and information (test/inference/modificationIndices.test.ts)
    const ref = loadReference("loyalty_core_wlsmv");
    const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, ordered: true, estimator: "WLSMV" });
    expect(() => modificationIndices(fit.solution, "WLSMV")).toThrow(EstimationError);
    expect(() => modificationIndices(fit.solution, "WLSMV")).toThrow(message.fixedXModindicesEstimator("WLSMV"));
    // lavaan: modindices(fit, sort. = TRUE)[1, ] is TRU =~ swc3, mi 23.468
    expectClose(fit.modificationIndices()[0]!.mi, ref.modindices[0]!["mi"] as number, 1e-4, 1e-4, "largest mi");
  });
});
