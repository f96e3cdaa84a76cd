import { describe, test, expect } from "vitest";
import { sem, cfa } from "../../src/sem/sem.ts";
import type { SemFit, SemOptions } from "../../src/sem/types.ts";
import { loadReference, readData, expectClose, type SemReference } from "../helpers/reference.ts";

// Every case below is a lavaan 0.6-14 result in test/fixtures/<id>.json; the R call is in each case's `call`.
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
interface Case {
  id: string; data: string; fn: typeof sem; options: SemOptions;
  /** Fit measures not yet reproduced (listed so the gap is explicit; see the open estimator issue). */
  pendingFit?: RegExp;
  /** Whether the top-5 modification indices are compared. */
  modindices?: boolean;
}
const cases: Case[] = [
  // lavaan: cfa(HS.model, data = HolzingerSwineford1939)
  { id: "hs1939_cfa_ml", data: "HolzingerSwineford1939.csv", fn: cfa, options: {} },
  // lavaan: cfa(HS.model, data, std.lv = TRUE)
  { id: "hs1939_cfa_stdlv", data: "HolzingerSwineford1939.csv", fn: cfa, options: { stdLv: true } },
  // lavaan: cfa(HS.model, data, meanstructure = TRUE)
  { id: "hs1939_cfa_meanstructure", data: "HolzingerSwineford1939.csv", fn: cfa, options: { meanstructure: true } },
  // lavaan: cfa(HS.model, data, group = "school")
  { id: "hs1939_mg_school_configural", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school" } },
  // lavaan: cfa(HS.model, data, group = "school", group.equal = "loadings")
  { id: "hs1939_mg_school_metric", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school", groupEqual: ["loadings"] } },
  // lavaan: cfa(HS.model, data, group = "school", group.equal = c("loadings", "intercepts"))
  { id: "hs1939_mg_school_scalar", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school", groupEqual: ["loadings", "intercepts"] } },
  // lavaan: sem(model, data = PoliticalDemocracy) with equality labels a, b, c
  { id: "poldem_sem_ml", data: "PoliticalDemocracy.csv", fn: sem, options: {} },
  // lavaan: sem(core model, loyalty data), tru4/swc3 reversed, listwise
  { id: "loyalty_core_ml", data: "loyalty_survey.csv", fn: sem, options: LOYALTY },
  // lavaan: sem(full 7-factor model, loyalty data), listwise
  { id: "loyalty_full_ml", data: "loyalty_survey.csv", fn: sem, options: LOYALTY },
  // lavaan: sem(core model, loyalty data, group = "platform", group.equal = "loadings")
  { id: "loyalty_core_mg_platform_metric", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, group: "platform", groupEqual: ["loadings"] } },
  // lavaan: sem(core model, loyalty data, missing = "ml")
  // (robust CFI/RMSEA: lav_fit_fiml_corrected version V6)
  { id: "loyalty_core_fiml", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, missing: "ml" } },
  // lavaan: cfa(HS.model, data, estimator = "MLR")
  { id: "hs1939_cfa_mlr", data: "HolzingerSwineford1939.csv", fn: cfa, options: { estimator: "MLR" } },
  // lavaan: sem(core model, loyalty data, estimator = "MLR", missing = "ml")
  { id: "loyalty_core_mlr", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, estimator: "MLR", missing: "ml" } },
  // lavaan: sem(core model, loyalty data, ordered = TRUE, estimator = "WLSMV"), listwise
  // (robust CFI/TLI/RMSEA: lavaan's catML statistics, lav_fit_catml_dwls)
  { id: "loyalty_core_wlsmv", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, ordered: true, estimator: "WLSMV" } },
  // The cases below are made by test/fixtures/robust_estimators.R (lavaan 0.6-14).
  // lavaan: cfa(HS.model, data, estimator = "MLM")
  { id: "hs1939_cfa_mlm", data: "HolzingerSwineford1939.csv", fn: cfa, options: { estimator: "MLM" } },
  // lavaan: sem(core model, loyalty data, estimator = "MLM"), listwise
  { id: "loyalty_core_mlm", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, estimator: "MLM" } },
  // lavaan: cfa(HS.model, data, estimator = "GLS") (modification indices from the GLS gradient and information, as lavaan)
  { id: "hs1939_cfa_gls", data: "HolzingerSwineford1939.csv", fn: cfa, options: { estimator: "GLS" } },
  // lavaan: cfa(HS.model, data, estimator = "ULS")
  { id: "hs1939_cfa_uls", data: "HolzingerSwineford1939.csv", fn: cfa, options: { estimator: "ULS" } },
  // lavaan: sem(core model, loyalty data, estimator = "GLS"), listwise
  { id: "loyalty_core_gls", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, estimator: "GLS" } },
  // lavaan: sem(core model, loyalty data, estimator = "ULS"), listwise
  { id: "loyalty_core_uls", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, estimator: "ULS" } },
  // lavaan: cfa(HS.model, data, group = "school", estimator = "MLM")
  { id: "hs1939_mg_school_mlm", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school", estimator: "MLM" } },
  // lavaan: cfa(HS.model, data, group = "school", group.equal = "loadings", estimator = "MLR")
  { id: "hs1939_mg_school_mlr", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school", groupEqual: ["loadings"], estimator: "MLR" } },
  // lavaan: cfa(HS.model, data, group = "school", group.equal = "loadings", estimator = "GLS")
  { id: "hs1939_mg_school_gls", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school", groupEqual: ["loadings"], estimator: "GLS" } },
  // lavaan: cfa(HS.model, data, group = "school", estimator = "ULS")
  { id: "hs1939_mg_school_uls", data: "HolzingerSwineford1939.csv", fn: cfa, options: { group: "school", estimator: "ULS" } },
  // lavaan: sem(core model, loyalty data, group = "platform", estimator = "MLR", missing = "ml") (labels a, b, c equal across groups)
  { id: "loyalty_core_mg_platform_mlr_fiml", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, group: "platform", estimator: "MLR", missing: "ml" } },
  // lavaan: sem(core model, loyalty data, group = "platform", missing = "ml")
  { id: "loyalty_core_mg_platform_fiml", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, group: "platform", missing: "ml" } },
  // The cases below are made by test/fixtures/wlsmv_extra.R (lavaan 0.6-14).
  // lavaan: sem(core model, loyalty data, ordered = TRUE, estimator = "WLSMV", group = "gender") (labels a, b, c equal across groups)
  { id: "loyalty_core_mg_gender_wlsmv", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, ordered: true, estimator: "WLSMV", group: "gender" }, modindices: false },
  // lavaan: the same with group.equal = c("thresholds", "loadings") (scale factors and latent means free in group 2;
  // lavaan reports the robust CFI/TLI/RMSEA as NA, the fixture stores null and semkit NaN)
  {
    id: "loyalty_core_mg_gender_wlsmv_equal", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: true, estimator: "WLSMV", group: "gender", groupEqual: ["thresholds", "loadings"] }, modindices: false,
  },
  // The cases below are made by test/fixtures/wlsmv_mixed.R (lavaan 0.6-14): ordinal and continuous indicators.
  // lavaan: sem(SAT =~ sat1-sat4, TRU =~ tru1-tru3, ordered = c("sat1", "sat2", "sat3", "sat4"), estimator = "WLSMV")
  // (robust CFI/TLI/RMSEA: NA in lavaan with continuous indicators, null in the fixture)
  { id: "loyalty_mixed_wlsmv", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV" }, modindices: false },
  // lavaan: sem(core model, loyalty data, ordered = c(sat1-sat4, loy1-loy4), estimator = "WLSMV") (TRU, SWC continuous)
  {
    id: "loyalty_core_mixed_wlsmv", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4", "loy1", "loy2", "loy3", "loy4"], estimator: "WLSMV" }, modindices: false,
  },
  // lavaan: the two-factor mixed model with group = "gender" (intercepts of tru1-tru3 free in each group)
  {
    id: "loyalty_mixed_mg_gender_wlsmv", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV", group: "gender" }, modindices: false,
  },
  // lavaan: the same with group.equal = c("thresholds", "loadings", "intercepts") (scale factors and latent means free in group 2)
  {
    id: "loyalty_mixed_mg_gender_wlsmv_equal", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV", group: "gender", groupEqual: ["thresholds", "loadings", "intercepts"] },
    modindices: false,
  },
  // lavaan: SAT =~ sat1-sat4, SAT ~ tru1 with fixed.x = FALSE, conditional.x = FALSE (semkit: fixedX: false)
  {
    id: "loyalty_mixed_covariate_wlsmv", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV", fixedX: false }, modindices: false,
  },
  // lavaan: sem(covariate model, data, estimator = "MLR" | "MLM" | "GLS" | "ULS"), and "MLR" with missing = "ml":
  // exogenous covariates ageyr and sex (fixed.x for the ML family, free for GLS/ULS as lavaan's defaults).
  // The ML family's logl/AIC/BIC are conditional on the fixed covariates and GFI leaves their own moments out.
  // Modification indices include regressions of the covariates on the factors (e.g. ageyr ~ visual), with the information
  // of the ML family leaving the covariates' own moments out, as lavaan.
  { id: "hs1939_covariates_mlr", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "MLR" } },
  { id: "hs1939_covariates_mlm", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "MLM" } },
  { id: "hs1939_covariates_gls", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "GLS" } },
  { id: "hs1939_covariates_uls", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "ULS" } },
  { id: "hs1939_covariates_mlr_fiml", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "MLR", missing: "ml" } },
  // The cases below are made by test/fixtures/fixed_x.R (lavaan 0.6-14).
  // lavaan: sem(covariate model, data) — ML, fixed.x = TRUE
  { id: "hs1939_covariates_ml", data: "HolzingerSwineford1939.csv", fn: sem, options: {} },
  // lavaan: sem(covariate model, data, group = "school") — two groups with a mean structure, fixed.x = TRUE
  { id: "hs1939_covariates_mg_ml", data: "HolzingerSwineford1939.csv", fn: sem, options: { group: "school" } },
  // lavaan: sem(covariate model, data, estimator = "GLS" | "ULS", fixed.x = TRUE) — GLS's weight (GFI, MIs) leaves the
  // covariates' own moments out, ULS's does not; the covariates' fixed moments are freed as MI candidates
  { id: "hs1939_covariates_gls_fixedx", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "GLS", fixedX: true } },
  { id: "hs1939_covariates_uls_fixedx", data: "HolzingerSwineford1939.csv", fn: sem, options: { estimator: "ULS", fixedX: true } },
];

const key = (r: { lhs?: unknown; op?: unknown; rhs?: unknown; group?: unknown }): string => `${r.lhs}|${r.op}|${r.rhs}|${r.group ?? 1}`;

function checkParameters(fit: SemFit, ref: SemReference): void {
  const mine = new Map(fit.parameterEstimates().map((r) => [r.op === ":=" ? `${r.lhs}|:=` : key(r), r] as const));
  let compared = 0;
  for (const r of ref.parameters) {
    const k = r["op"] === ":=" ? `${r["lhs"]}|:=` : key(r);
    const m = mine.get(k);
    expect(m, `row ${k} missing`).toBeDefined();
    const est = r["est"] as number;
    expectClose(m!.est, est, 1e-4, 1e-4, `${k} est`);
    for (const col of ["std.lv", "std.all"] as const) {
      const v = r[col] as number | null;
      if (v !== null && v !== undefined) expectClose(m![col], v, 1e-4, 1e-4, `${k} ${col}`);
    }
    for (const col of ["se", "z", "ci.lower", "ci.upper"] as const) {
      const v = r[col] as number | null;
      if (v !== null && v !== undefined && (col !== "se" || v !== 0)) expectClose(m![col], v, 1e-3, 1e-4, `${k} ${col}`);
    }
    compared++;
  }
  expect(compared).toBe(ref.parameters.length);
}

describe.each(cases)("$id", ({ id, data, fn, options, pendingFit, modindices }) => {
  const ref = loadReference(id);
  const fit = fn(ref.model, readData(data), options);
  test("converges with lavaan's nobs and npar", () => {
    expect(fit.converged).toBe(true);
    expect(fit.npar).toBe(ref.npar);
    expect(fit.nobs.length === 1 ? fit.nobs[0] : fit.nobs).toEqual(ref.nobs);
  });
  test("parameter estimates, SEs and standardized solution", () => checkParameters(fit, ref));
  test("every fit measure in the fixture", () => {
    const fm = fit.fitMeasures();
    for (const [name, v] of Object.entries(ref.fit)) {
      if (v === null || pendingFit?.test(name)) continue;
      expectClose(fm[name], v, 1e-3, 1e-4, `fit ${name}`);
    }
  });
  if (modindices !== false) test("modification indices: lavaan's top 15 rows and its top-5 ranking", () => {
    const mi = fit.modificationIndices();
    for (const r of ref.modindices) {
      const m = mi.find((x) => key(x) === key(r));
      expect(m, `MI ${key(r)}`).toBeDefined();
      expectClose(m!.mi, r["mi"] as number, 1e-3, 1e-3, `MI ${key(r)}`);
      expectClose(m!.epc, r["epc"] as number, 1e-3, 1e-3, `EPC ${key(r)}`);
      if (typeof r["sepc.all"] === "number") expectClose(m!["sepc.all"], r["sepc.all"], 1e-3, 1e-3, `sepc.all ${key(r)}`);
    }
    // the same top 5 in the same order, up to rows whose lavaan MIs tie within 1e-3 (equivalent models)
    ref.modindices.slice(0, 5).forEach((r, i) => {
      const v = r["mi"] as number;
      const tied = ref.modindices.filter((x) => Math.abs((x["mi"] as number) - v) <= 1e-3 * v).map(key);
      expect(tied, `rank ${i + 1}`).toContain(key(mi[i]!));
    });
  });
});
