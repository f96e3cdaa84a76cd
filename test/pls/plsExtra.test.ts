import { describe, test, expect } from "vitest";
import { pls } from "../../src/pls/pls.ts";
import type { PlsOptions, PlsResult } from "../../src/pls/types.ts";
import { loadSeminr, readDataFile, cell, type SeminrMatrix } from "./plsFixture.ts";

// Cases made by test/fixtures/pls/seminr_extra.R (seminr 2.3.2); deterministic outputs within 1e-6.
const TOL = 1e-6;
const ECSI = `
  Image =~ IMAG1 + IMAG2 + IMAG3 + IMAG4 + IMAG5
  Expectation =~ CUEX1 + CUEX2 + CUEX3
  Quality =~ PERQ1 + PERQ2 + PERQ3 + PERQ4 + PERQ5 + PERQ6 + PERQ7
  Value =~ PERV1 + PERV2
  Satisfaction =~ CUSA1 + CUSA2 + CUSA3
  Complaints =~ CUSCO
  Loyalty =~ CUSL1 + CUSL2 + CUSL3
  Expectation ~ Image
  Quality ~ Expectation
  Value ~ Expectation + Quality
  Satisfaction ~ Image + Expectation + Quality + Value
  Complaints ~ Satisfaction
  Loyalty ~ Image + Satisfaction + Complaints`;
const ECSI_B = ECSI.replace("Image =~", "Image <~");
const INTERACTION = `
  Image =~ IMAG1 + IMAG2 + IMAG3 + IMAG4 + IMAG5
  Expectation =~ CUEX1 + CUEX2 + CUEX3
  Satisfaction =~ CUSA1 + CUSA2 + CUSA3
  Loyalty =~ CUSL1 + CUSL2 + CUSL3
  Satisfaction ~ Image + Expectation + Image:Expectation
  Loyalty ~ Satisfaction`;
const LOYALTY = `
  SAT =~ sat1 + sat2 + sat3 + sat4
  TRU =~ tru1 + tru2 + tru3 + tru4
  SWC =~ swc1 + swc2 + swc3
  LOY =~ loy1 + loy2 + loy3 + loy4
  TRU ~ SAT
  LOY ~ SAT + TRU + SWC`;
const mobi = readDataFile("mobi.csv");

/** seminr names interactions "X*Z" and the two-stage item "X*Z_intxn"; semkit writes "X:Z". */
const fromSeminr = (name: string): string => name.replace(/_intxn$/, "").split("*").join(":");

function close(actual: number | null | undefined, expected: number | null, what: string, tol = TOL): void {
  expect(actual, what).toBeTypeOf("number");
  expect(Math.abs((actual as number) - (expected as number)), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected as number)));
}

/** Compare the core estimates of a fit with a seminr case. */
function compareCore(fit: PlsResult, id: string, options: { skipPathsTo?: string; skipLoadingsOf?: string } = {}): void {
  const c = loadSeminr(id);
  const k = (name: string): number => fit.constructs.indexOf(fromSeminr(name));
  expect(fit.iterations, `${id} iterations`).toBe(c.iterations);
  expect(fit.nobs).toBe(c.nobs);
  const pc = c.path_coefficients;
  for (const from of pc.rows) for (const to of pc.cols) {
    const v = cell(pc, from, to) as number;
    if (v === 0 || to === options.skipPathsTo) continue;
    close(fit.paths.find((r) => r.lhs === fromSeminr(to) && r.rhs === fromSeminr(from))?.est, v, `${id} path ${from}->${to}`);
  }
  const each = (mat: SeminrMatrix, rows: readonly { lhs: string; rhs: string; est: number }[], what: string): void => {
    for (const item of mat.rows) for (const name of mat.cols) {
      const v = cell(mat, item, name) as number;
      if (v === 0 || name === options.skipLoadingsOf) continue;
      close(rows.find((r) => r.lhs === fromSeminr(name) && r.rhs === fromSeminr(item))?.est, v, `${id} ${what} ${name} ${item}`);
    }
  };
  each(c.outer_loadings, fit.loadings, "loading");
  each(c.outer_weights, fit.weights, "weight");
  for (const [name, v] of Object.entries(c.r_squared)) close(fit.r2[fromSeminr(name)], v, `${id} R² ${name}`);
  for (const [name, v] of Object.entries(c.adj_r_squared)) close(fit.r2adj[fromSeminr(name)], v, `${id} adj R² ${name}`);
  for (const name of c.reliability.rows) {
    for (const stat of ["alpha", "rhoC", "AVE", "rhoA"] as const) {
      if (name === options.skipLoadingsOf && (stat === "rhoC" || stat === "AVE")) continue;
      close(fit.reliability[fromSeminr(name)]?.[stat], cell(c.reliability, name, stat), `${id} ${stat} ${name}`);
    }
  }
  const te = c.total_effects;
  for (const a of te.rows) for (const b of te.cols) {
    if (b === options.skipPathsTo || a === options.skipLoadingsOf || (cell(te, a, b) as number) === 0) continue;
    close(fit.totalEffects.values[k(a)]?.[k(b)], cell(te, a, b), `${id} total ${a}->${b}`);
  }
}

function fSquaredMatches(fit: PlsResult, id: string): void {
  const c = loadSeminr(id);
  const fs = c.f_squared;
  for (const row of fit.f2) {
    const from = fs.rows.find((r) => fromSeminr(r) === row.rhs) as string;
    const to = fs.cols.find((r) => fromSeminr(r) === row.lhs) as string;
    const ref = cell(fs, from, to);
    if (ref === null) expect(row.est, `${id} f2 ${from}->${to}`).toBeNaN();
    else close(row.est, ref, `${id} f2 ${from}->${to}`);
  }
}

describe("inner weighting schemes", () => {
  test("factorial", () => {
    // seminr: estimate_pls(mobi, ECSI mode_A, inner_weights = path_factorial)
    const fit = pls(ECSI, mobi, { scheme: "factorial" });
    compareCore(fit, "mobi_ecsi_factorial");
    fSquaredMatches(fit, "mobi_ecsi_factorial");
  });
  test("centroid", () => {
    // seminr: estimate_pls(mobi, ECSI mode_A, inner_weights = sign(cor) * (P + t(P)))
    const fit = pls(ECSI, mobi, { scheme: "centroid" });
    compareCore(fit, "mobi_ecsi_centroid");
    fSquaredMatches(fit, "mobi_ecsi_centroid");
  });
});

describe("model fit: SRMR, d_ULS, d_G (saturated model)", () => {
  test.each([
    // seminr: estimate_pls(mobi, ECSI mode_A); base-R implied matrix and eigen(solve(S) %*% Sigma)
    ["mobi_ecsi_fit_modeA", ECSI, {}],
    // seminr: estimate_pls(mobi, ECSI with Image mode_B); same base-R computation
    ["mobi_ecsi_fit_imageB", ECSI_B, {}],
    // seminr: estimate_pls(mobi, ECSI reflective()) = PLSc; base-R computation on the disattenuated correlations
    ["mobi_ecsi_plsc", ECSI, { consistent: true }],
  ] as [string, string, PlsOptions][])("%s", (id, model, options) => {
    const ref = loadSeminr(id)["model_fit"] as { srmr: number; dULS: number; dG: number };
    const fit = pls(model, mobi, options);
    close(fit.fit.srmr, ref.srmr, "SRMR");
    close(fit.fit.dULS, ref.dULS, "d_ULS");
    close(fit.fit.dG, ref.dG, "d_G");
  });
});

describe("consistent PLS (PLSc)", () => {
  test("ECSI, all reflective", () => {
    // seminr: estimate_pls(mobi, constructs(reflective(...)), ECSI structural model)
    const fit = pls(ECSI, mobi, { consistent: true });
    compareCore(fit, "mobi_ecsi_plsc");
    const rho = loadSeminr("mobi_ecsi_plsc")["rhoA_used"] as Record<string, number>;
    for (const [name, v] of Object.entries(rho)) close(fit.reliability[name]?.rhoA, v, `rhoA ${name}`);
  });
});

describe("interactions", () => {
  test("two-stage, seminr's raw-product scaling", () => {
    // seminr: estimate_pls(mobi, ..., interaction_term(Image, Expectation, method = two_stage), ...)
    const fit = pls(INTERACTION, mobi, { interactionScale: "raw" });
    compareCore(fit, "mobi_interaction_two_stage");
    fSquaredMatches(fit, "mobi_interaction_two_stage");
  });
  test("two-stage, unit-SD interaction score (default)", () => {
    // seminr: coef(lm(scale(scores)[, "Satisfaction"] ~ scale(scores)[, c("Image", "Expectation", "Image*Expectation")]))
    const fit = pls(INTERACTION, mobi);
    const ref = loadSeminr("mobi_interaction_two_stage")["paths_standardized_satisfaction"] as Record<string, number>;
    for (const [from, v] of Object.entries(ref)) close(fit.paths.find((r) => r.lhs === "Satisfaction" && r.rhs === fromSeminr(from))?.est, v, `std path ${from}`);
    // the construct weights and R² do not depend on the scaling
    compareCore(fit, "mobi_interaction_two_stage", { skipPathsTo: "Satisfaction", skipLoadingsOf: "Image*Expectation" });
  });
  test("product indicators, raw scaling", () => {
    // seminr: estimate_pls(mobi, ..., interaction_term(Image, Expectation, method = product_indicator), ...)
    const fit = pls(INTERACTION, mobi, { interaction: "productIndicator", interactionScale: "raw" });
    compareCore(fit, "mobi_interaction_product_indicator");
  });
});

describe("missing values", () => {
  test("mean replacement (seminr's default) is counted in a warning", () => {
    // seminr: estimate_pls(loyalty items with tru4, swc3 = 6 - x, missing = mean_replacement)
    const fit = pls(LOYALTY, readDataFile("loyalty_survey.csv"), { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
    compareCore(fit, "loyalty_pls_mean");
    const count = loadSeminr("loyalty_pls_mean")["missing_values"] as number;
    expect(fit.missing).toEqual({ method: "mean", rowsDropped: 0, valuesReplaced: count });
    expect(fit.warnings.some((w) => w.startsWith(`${count} missing values`))).toBe(true);
  });
});
