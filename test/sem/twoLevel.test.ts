import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { ModelSpecificationError, ModelSyntaxError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// Two-level models: level: 1 (within) / level: 2 (between) blocks with cluster, ML on complete data.
// Expected values are lavaan 0.6-14 results made by test/fixtures/two_level.R on lavaan's Demo.twolevel data.
const DEMO = readData("Demo.twolevel.csv");
const HS = readData("HolzingerSwineford1939.csv");
const TWO_LEVEL = "# within and between\nlevel: 1\n  fw =~ x1 + x2 + x3\nlevel: 2\n  fb =~ x1 + x2 + x3";

describe("two-level syntax", () => {
  test("level: blocks parse; the statements keep their order and each block records where it starts", () => {
    const ast = parseModel(TWO_LEVEL);
    expect(ast.statements.length).toBe(2);
    expect(ast.levels).toEqual([
      { label: "1", statement: 0, pos: { line: 2, col: 1 } },
      { label: "2", statement: 1, pos: { line: 4, col: 1 } },
    ]);
    expect(parseModel("level: within\nf =~ x1 + x2 + x3").levels?.[0]?.label).toBe("within");
  });
  test("a model without level: blocks has no levels field", () => {
    expect(parseModel("f =~ x1 + x2 + x3")).not.toHaveProperty("levels");
  });
  test("level: without a label is a syntax error", () => {
    expect(() => parseModel("level:\nf =~ x1 + x2")).toThrow(ModelSyntaxError);
  });
  test("buildParTable on a two-level model names the feature with line and column (the levels are fitted by sem())", () => {
    let err: unknown;
    try { buildParTable(parseModel(TWO_LEVEL), { ovNames: ["x1", "x2", "x3"] }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ModelSpecificationError);
    expect((err as Error).message).toBe(message.twoLevelUnsupported(2, 1));
    expect((err as ModelSpecificationError).line).toBe(2);
  });
  test("a two-level model without cluster, and cluster without levels, are option errors", () => {
    expect(() => sem(TWO_LEVEL, HS)).toThrow(message.twoLevelNeedsCluster);
    expect(() => sem("f =~ x1 + x2 + x3", HS, { cluster: "school" })).toThrow(OptionError);
  });
  test("an exogenous covariate observed at both levels is a typed error with line and column", () => {
    const m = "level: 1\nfw =~ y1 + y2 + y3\nfw ~ x1\nlevel: 2\nfb =~ y1 + y2 + y3\nfb ~ x1";
    expect(() => sem(m, DEMO, { cluster: "cluster" })).toThrow(message.twoLevelVariables(1, 1));
  });
});

describe("two-level CFA by ML (lavaan: sem(model, Demo.twolevel, cluster = 'cluster'))", () => {
  const ref = loadReference("twolevel_cfa_ml");
  const fit = sem(ref.model, DEMO, { cluster: "cluster" });
  test("estimates (1e-4), SEs from the observed information (1e-3 relative), std.lv, std.all and std.nox (1e-4), by level", () => {
    expect(fit.npar).toBe(ref.npar);
    expect(fit.ntotal).toBe(ref.nobs);
    const pe = fit.parameterEstimates();
    for (const r of ref.parameters) {
      const what = `${r["lhs"]} ${r["op"]} ${r["rhs"]} (level ${r["level"]})`;
      const m = pe.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"] && x.block === r["block"]);
      expect(m, what).toBeDefined();
      const est = r["est"] as number;
      expectClose(m!.est, est, 0, 1e-4 * Math.max(1, Math.abs(est)), `${what} est`);
      if (typeof r["se"] === "number" && r["se"] > 0) expectClose(m!.se, r["se"], 1e-3, 1e-8, `${what} se`);
      for (const k of ["std.lv", "std.all", "std.nox"] as const) expectClose(m![k], r[k] as number, 0, 1e-4, `${what} ${k}`);
    }
  });
  test("fit measures (1e-3 relative): χ² against the unrestricted two-level model, baseline, log-likelihoods, SRMR per level", () => {
    const fm = fit.fitMeasures();
    for (const k of ["chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "rmsea", "logl", "unrestricted.logl",
      "aic", "bic", "bic2", "srmr", "srmr_within", "srmr_between", "npar"]) {
      expectClose(fm[k], ref.fit[k] as number, 1e-3, 1e-8, k);
    }
  });
  test("summary prints; modification indices are a typed error", () => {
    const text = fit.summary();
    expect(text).toContain("Level 1 [within]:");
    expect(text.indexOf("Level 2 [between]:")).toBeGreaterThan(text.indexOf("  fw =~"));
    expect(text.indexOf("  fb =~")).toBeGreaterThan(text.indexOf("Level 2 [between]:"));
    expect(() => fit.modificationIndices()).toThrow(ModelSpecificationError);
  });
});

describe("two-level SEM with within-only and between-only covariates (lavaan: sem(model2, Demo.twolevel, cluster = 'cluster'))", () => {
  const ref = loadReference("twolevel_covariates_ml");
  const fit = sem(ref.model, DEMO, { cluster: "cluster" });
  test("estimates, observed-information SEs, std.lv, std.all and std.nox, by level", () => {
    expect(fit.npar).toBe(ref.npar);
    const pe = fit.parameterEstimates();
    for (const r of ref.parameters) {
      const what = `${r["lhs"]} ${r["op"]} ${r["rhs"]} (level ${r["level"]})`;
      const m = pe.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"] && x.block === r["block"]);
      expect(m, what).toBeDefined();
      const est = r["est"] as number, se = typeof r["se"] === "number" ? r["se"] : 0;
      // lavaan's nlminb stops when the objective changes by less than 1e-10 relative, 1.4e-6 below the maximum of
      // log L (semkit's log L is higher); along the flattest direction (the between intercept of y1, SE 0.075) that
      // leaves 1.1e-4 = 0.0014 SE, so estimates are compared to 1e-4 or 0.002 SE, whichever is larger
      expectClose(m!.est, est, 0, Math.max(1e-4 * Math.max(1, Math.abs(est)), 2e-3 * se), `${what} est`);
      if (se > 0) expectClose(m!.se, se, 1e-3, 1e-8, `${what} se`);
      for (const k of ["std.lv", "std.all", "std.nox"] as const) expectClose(m![k], r[k] as number, 0, Math.max(1e-4, 2e-3 * se), `${what} ${k}`);
    }
  });
  test("fit measures (1e-3 relative): logl without the covariates' own likelihood, as lavaan; baseline with fixed covariates", () => {
    const fm = fit.fitMeasures();
    for (const k of ["chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "rmsea", "logl", "unrestricted.logl",
      "aic", "bic", "bic2", "srmr", "srmr_within", "srmr_between", "npar"]) {
      expectClose(fm[k], ref.fit[k] as number, 1e-3, 1e-8, k);
    }
  });
});
