import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { sem } from "../../src/sem/sem.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";
import { ModelSpecificationError } from "../../src/errors.ts";

// Formative composites `f <~ x1 + x2 + x3`: a latent variable regressed on its parts with no disturbance.
// Expected values are lavaan 0.6-14 results made by test/fixtures/formative.R.
const HS = readData("HolzingerSwineford1939.csv");
const HS_NAMES = HS.slice(0, HS.indexOf("\n")).split(",").map((s) => s.replace(/"/g, ""));

interface PtRow { lhs: string; op: string; rhs: string; user: number; free: number; ustart: number | null; exo: number }

function expectPartable(model: string, expected: readonly PtRow[], meanstructure: boolean, fixedX = true): void {
  const pt = buildParTable(parseModel(model), { ovNames: HS_NAMES, meanstructure, fixedX });
  const got = pt.rows.filter((r) => r.group > 0).map((r) => `${r.lhs} ${r.op === "~1" ? "~1" : r.op} ${r.rhs}`);
  expect(got).toEqual(expected.map((r) => `${r.lhs} ${r.op} ${r.rhs}`));
  expected.forEach((e, i) => {
    const r = pt.rows[i]!;
    const what = `${e.lhs} ${e.op} ${e.rhs}`;
    expect(r.user, what).toBe(e.user);
    expect(r.free, what).toBe(e.free);
    expect(r.exo, what).toBe(e.exo);
    if (e.ustart === null) expect(Number.isNaN(r.ustart), what).toBe(true);
    else expect(r.ustart, what).toBe(e.ustart);
  });
}

describe("formative composites: lavaan's parameter table", () => {
  const pts = JSON.parse(readFileSync("test/fixtures/formative_partables.json", "utf8")) as Record<string, { model: string; rows: PtRow[] }>;
  test("every weight free, disturbance variance fixed at 0, parts exogenous (lavaanify(free, auto = TRUE))", () => {
    expectPartable(pts["free"]!.model, pts["free"]!.rows, false, false); // lavaanify's default fixed.x = FALSE
  });
  test("two composites: lv.x covariance f1 ~~ f2, intercepts of composites fixed at 0 (lavaanify(two, meanstructure = TRUE))", () => {
    expectPartable(pts["two"]!.model, pts["two"]!.rows, true, false);
  });
});

const cases = [
  // lavaan: sem(formModel, hs)
  { id: "hs1939_formative_ml", options: {} },
  // lavaan: sem(formModel2, hs, meanstructure = TRUE)
  { id: "hs1939_formative_mimic_ml", options: { meanstructure: true } },
];

describe.each(cases)("formative composites: $id", ({ id, options }) => {
  const ref = loadReference(id);
  const fit = sem(ref.model, HS, options);
  test("parameter table equals lavaan's parTable(fit)", () => {
    expectPartable(ref.model, (ref as unknown as { partable: PtRow[] }).partable, options.meanstructure === true);
  });
  test("estimates (1e-4), SEs (1e-3 relative), std.lv, std.all and std.nox (1e-4)", () => {
    expect(fit.npar).toBe(ref.npar);
    const pe = fit.parameterEstimates();
    for (const r of ref.parameters) {
      if (r["op"] === "r2") continue;
      const what = `${r["lhs"]} ${r["op"]} ${r["rhs"]}`;
      const m = pe.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"]);
      expect(m, what).toBeDefined();
      const est = r["est"] as number;
      expectClose(m!.est, est, 0, 1e-4 * Math.max(1, Math.abs(est)), `${what} est`);
      if (typeof r["se"] === "number" && r["se"] > 0) expectClose(m!.se, r["se"], 1e-3, 1e-8, `${what} se`);
      for (const k of ["std.lv", "std.all", "std.nox"] as const) {
        if (typeof r[k] === "number") expectClose(m![k], r[k] as number, 0, 1e-4, `${what} ${k}`);
      }
    }
  });
  test("fit measures (1e-3 relative)", () => {
    const fm = fit.fitMeasures();
    for (const k of ["chisq", "df", "pvalue", "cfi", "tli", "rmsea", "srmr", "aic", "bic", "logl", "baseline.chisq", "gfi"]) {
      expectClose(fm[k], ref.fit[k] as number, 1e-3, 1e-8, k);
    }
  });
  test("modification indices are a typed error, not lavaan-different numbers", () => {
    expect(() => fit.modificationIndices()).toThrow(ModelSpecificationError);
  });
  test("summary has lavaan's Composites section", () => {
    const s = fit.summary();
    expect(s).toContain("Composites:");
    expect(s).toMatch(/ {2}f <~\n {4}x1 +1\.000/);
  });
});
