import { describe, test, expect } from "vitest";
import { pls } from "../../src/pls/pls.ts";
import type { PlsOptions, PlsResult } from "../../src/pls/types.ts";
import { loadSeminr, readDataFile, lavaanModel, cell, type SeminrCase } from "./plsFixture.ts";

// Deterministic seminr 2.3.2 outputs, matched within 1e-6 (test/fixtures/pls/README.md).
const TOL = 1e-6;
const cases: { id: string; options: PlsOptions }[] = [
  // seminr: estimate_pls(mobi, mobi_mm (all composite mode_A), mobi_sm)
  { id: "mobi_ecsi_pls_modeA", options: {} },
  // seminr: estimate_pls(mobi, mobi_mm with composite("Image", ..., weights = mode_B), mobi_sm)
  { id: "mobi_ecsi_pls_imageB", options: {} },
  // seminr: estimate_pls(loyalty (tru4, swc3 = 6 - x; na.omit), loyalty_mm, loyalty_sm)
  { id: "loyalty_pls", options: { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "listwise" } },
];

function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual === null || actual === undefined || Number.isNaN(actual), what).toBe(true);
    return;
  }
  expect(actual, what).toBeTypeOf("number");
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(expected)));
}

function fitCase(c: SeminrCase, options: PlsOptions, extra: PlsOptions = {}): PlsResult {
  return pls(lavaanModel(c), readDataFile(c.data.file), { ...options, ...extra });
}

describe.each(cases)("seminr reference $id", ({ id, options }) => {
  const c = loadSeminr(id);
  const fit = fitCase(c, options);
  const k = (name: string): number => fit.constructs.indexOf(name);
  const m = fit.constructs.length;

  test("iterations, nobs, missing", () => {
    expect(fit.iterations).toBe(c.iterations);
    expect(fit.nobs).toBe(c.nobs);
    expect(fit.missing.rowsDropped).toBe(c.data.rows_dropped ?? 0);
  });
  test("outer loadings and weights", () => {
    for (const row of fit.loadings) close(row.est, cell(c.outer_loadings, row.rhs, row.lhs), `loading ${row.lhs}=~${row.rhs}`);
    for (const row of fit.weights) close(row.est, cell(c.outer_weights, row.rhs, row.lhs), `weight ${row.lhs}<-${row.rhs}`);
  });
  test("paths, R², adjusted R²", () => {
    expect(fit.paths.length).toBe(c.paths.length);
    for (const p of c.paths) close(fit.paths.find((r) => r.lhs === p.to && r.rhs === p.from)?.est, p.coefficient, `path ${p.from}->${p.to}`);
    for (const [name, v] of Object.entries(c.r_squared)) close(fit.r2[name], v, `R² ${name}`);
    for (const [name, v] of Object.entries(c.adj_r_squared)) close(fit.r2adj[name], v, `adj R² ${name}`);
  });
  test("construct scores and correlations", () => {
    const head = c.construct_scores_head;
    head.rows.forEach((_, i) => head.cols.forEach((name, j) => close(fit.scores[i * m + k(name)], head.values[i]?.[j] ?? null, `score ${i} ${name}`)));
    for (const a of c.construct_correlations.rows) for (const b of c.construct_correlations.cols) {
      close(fit.constructCorrelations.values[k(a)]?.[k(b)], cell(c.construct_correlations, a, b), `cor ${a} ${b}`);
    }
  });
  test("total and indirect effects", () => {
    for (const a of c.total_effects.rows) for (const b of c.total_effects.cols) {
      close(fit.totalEffects.values[k(a)]?.[k(b)], cell(c.total_effects, a, b), `total ${a}->${b}`);
      close(fit.totalIndirectEffects.values[k(a)]?.[k(b)], cell(c.total_indirect_effects, a, b), `indirect ${a}->${b}`);
    }
  });
  test("reliability: alpha, rhoC, rhoA, AVE", () => {
    for (const name of c.reliability.rows) {
      const r = fit.reliability[name];
      for (const stat of ["alpha", "rhoC", "AVE", "rhoA"] as const) close(r?.[stat], cell(c.reliability, name, stat), `${stat} ${name}`);
    }
  });
  test("HTMT, Fornell–Larcker, cross-loadings", () => {
    for (const a of c.htmt.rows) for (const b of c.htmt.cols) {
      const ref = cell(c.htmt, a, b);
      // seminr fills the lower triangle in its own construct order; semkit fills row > column in declaration order
      const mine = k(a) > k(b) ? fit.htmt.matrix[k(a)]?.[k(b)] : fit.htmt.matrix[k(b)]?.[k(a)];
      if (ref !== null) close(mine, ref, `htmt ${a} ${b}`);
      const fl = cell(c.fornell_larcker, a, b);
      if (fl !== null) close(k(a) >= k(b) ? fit.fornellLarcker.values[k(a)]?.[k(b)] : fit.fornellLarcker.values[k(b)]?.[k(a)], fl, `FL ${a} ${b}`);
    }
    for (const item of c.cross_loadings.rows) for (const name of c.cross_loadings.cols) {
      close(fit.crossLoadings.values[fit.items.indexOf(item)]?.[k(name)], cell(c.cross_loadings, item, name), `cross ${item} ${name}`);
    }
  });
  test("VIF of items and antecedents", () => {
    for (const [name, items] of Object.entries(c.vif_items)) for (const [item, v] of Object.entries(items)) close(fit.vifItems[name]?.[item], v, `vif ${item}`);
    for (const [name, ants] of Object.entries(c.vif_antecedents)) for (const [a, v] of Object.entries(ants)) close(fit.vifAntecedents[name]?.[a] ?? null, v, `vif ${a}->${name}`);
  });
  test("f² (seminr re-estimation) and AIC/BIC", () => {
    for (const p of c.paths) close(fit.f2.find((r) => r.lhs === p.to && r.rhs === p.from)?.est, cell(c.f_squared, p.from, p.to), `f2 ${p.from}->${p.to}`);
    for (const name of c.it_criteria.cols) {
      close(fit.itCriteria[name]?.AIC, cell(c.it_criteria, "AIC", name), `AIC ${name}`);
      close(fit.itCriteria[name]?.BIC, cell(c.it_criteria, "BIC", name), `BIC ${name}`);
    }
  });
  test("f² with fixed scores", () => {
    // the fixture script's variant: R²_excluded from the full model's score correlations
    const fixed = fitCase(c, options, { fSquared: "fixedScores" });
    for (const p of c.paths) close(fixed.f2.find((r) => r.lhs === p.to && r.rhs === p.from)?.est, cell(c.f_squared_fixed_scores, p.from, p.to), `f2 fixed ${p.from}->${p.to}`);
  });
});
