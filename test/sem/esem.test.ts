import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { printModel } from "../../src/syntax/print.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { ModelSyntaxError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// ESEM blocks on HolzingerSwineford1939; every expected value is a lavaan 0.6-14 result made by test/fixtures/esem.R.
const HS = readData("HolzingerSwineford1939.csv");
const NAMES = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];

interface PtRow { lhs: string; op: string; rhs: string; user: number; free: number; ustart: number | null; efa: string; "est.unrotated": number }

const LOY = readData("loyalty_survey.csv");
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const namesOf = (csv: string): string[] => csv.slice(0, csv.indexOf("\n")).split(",").map((v) => v.replace(/"/g, ""));

const cases: { id: string; options: SemOptions; data?: string }[] = [
  // lavaan: sem(esem3, hs) — geomin (epsilon 0.001), oblique
  { id: "hs1939_esem_geomin", options: {} },
  // lavaan: sem(esem3, hs, rotation = "oblimin")
  { id: "hs1939_esem_oblimin", options: { rotation: "oblimin" } },
  // lavaan: sem(esem3, hs, rotation = "varimax") — orthogonal, Kaiser row weights
  { id: "hs1939_esem_varimax", options: { rotation: "varimax" } },
  // lavaan: sem(esem3, hs, rotation = "promax") — no standard errors
  { id: "hs1939_esem_promax", options: { rotation: "promax" } },
  // lavaan: sem(esem3, hs, estimator = "MLR") — robust SEs through the bordered observed information
  { id: "hs1939_esem_mlr", options: { estimator: "MLR" } },
  // lavaan: sem(esemSem, hs) — a two-factor ESEM block and a CFA factor regressed on it
  { id: "hs1939_esem_sem", options: {} },
  // lavaan: sem(esemLoy, loy, missing = "ml") — FIML, observed information
  { id: "loyalty_esem_fiml", options: { ...LOYALTY, missing: "ml" }, data: LOY },
  // lavaan: sem(esemLoy, loy, missing = "ml", estimator = "MLR")
  { id: "loyalty_esem_mlr_fiml", options: { ...LOYALTY, missing: "ml", estimator: "MLR" }, data: LOY },
  // lavaan: sem(esemOrd, loy, ordered = TRUE, estimator = "WLSMV") — robust SEs through the bordered DWLS information
  { id: "loyalty_esem_wlsmv", options: { ...LOYALTY, ordered: true, estimator: "WLSMV" }, data: LOY },
];

describe.each(cases)("ESEM: $id", ({ id, options, data = HS }) => {
  const ref = loadReference(id);
  const partable = (ref as unknown as { partable: PtRow[] }).partable;
  const fit = sem(ref.model, data, options);
  test("parameter table: lavaan's echelon zeros and factor covariances (user 7), unit factor variances", () => {
    const ast = parseModel(ref.model);
    const items = buildParTable(ast, { ovNames: data === HS ? NAMES : namesOf(data) }).ov;
    const pt = buildParTable(ast, {
      ovNames: data === HS ? NAMES : namesOf(data), orthogonalEfa: options.rotation === "varimax", meanstructure: options.missing === "ml",
      ...(options.ordered === true ? { ordered: new Map(items.map((v) => [v, 4] as const)) } : {}), // five categories
    });
    expect(pt.rows.map((r) => `${r.lhs} ${r.op} ${r.rhs} ${r.user} ${r.free} ${r.efa ?? ""}`))
      .toEqual(partable.map((r) => `${r.lhs} ${r.op} ${r.rhs} ${r.user} ${r.free} ${r.efa}`));
  });
  test("fit measures of the unrotated solution (1e-3 relative)", () => {
    const fm = fit.fitMeasures();
    expect(fit.npar).toBe(ref.npar);
    const keys = options.estimator === "WLSMV" ? ["chisq", "df", "npar", "chisq.scaled", "cfi", "tli", "rmsea", "srmr", "cfi.scaled"]
      : ["chisq", "df", "npar", "cfi", "tli", "rmsea", "srmr", "aic", "bic", ...(options.estimator === "MLR" ? ["chisq.scaled", "cfi.robust", "rmsea.robust"] : [])];
    for (const k of keys) {
      expectClose(fm[k], ref.fit[k] as number, 1e-3, 1e-8, k);
    }
  });
  test("rotated estimates (1e-4), standard errors (1e-3 relative), std.lv, std.all and std.nox (1e-4)", () => {
    const pe = fit.parameterEstimates();
    ref.parameters.forEach((r, i) => {
      if (r["op"] === "r2") return;
      const what = `${r["lhs"]} ${r["op"]} ${r["rhs"]}`;
      const m = pe.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"]);
      expect(m, what).toBeDefined();
      const est = r["est"] as number;
      expectClose(m!.est, est, 0, 1e-4 * Math.max(1, Math.abs(est)), `${what} est`);
      if (typeof r["se"] === "number" && r["se"] > 0) expectClose(m!.se, r["se"], 1e-3, 1e-8, `${what} se`);
      const free = partable[i]!.free > 0 || partable[i]!.user === 7;
      if (r["se"] === undefined && free) expect(m!.se, `${what} se (lavaan: se = "none" for promax)`).toBeNull();
      for (const k of ["std.lv", "std.all", "std.nox"] as const) expectClose(m![k], r[k] as number, 0, 1e-4, `${what} ${k}`);
    });
  });
});

describe("ESEM syntax and options", () => {
  test("efa() on the left of =~ parses and prints back", () => {
    const ast = parseModel('efa("b1")*f1 + efa("b1")*f2 =~ x1 + x2 + x3 + x4');
    const s = ast.statements[0]!;
    expect(s.kind === "relation" && s.lhs.map((l) => `${l.efa}:${l.name}`)).toEqual(["b1:f1", "b1:f2"]);
    expect(printModel(ast)).toBe('efa("b1")*f1 + efa("b1")*f2 =~ x1 + x2 + x3 + x4');
  });
  test("efa() before another operator is a syntax error naming efa, with line and column", () => {
    expect(() => parseModel('f =~ x1 + x2\nefa("b1")*f1 ~ x3')).toThrow(ModelSyntaxError);
    expect(() => parseModel('f =~ x1 + x2\nefa("b1")*f1 ~ x3')).toThrow(`line 2, col 11: ${message.syntaxEfaOnlyMeasurement("~")}`);
  });
  test("an unknown rotation and an unsupported estimator are typed errors", () => {
    const m = 'efa("b")*f1 + efa("b")*f2 =~ x1 + x2 + x3 + x4 + x5 + x6';
    expect(() => sem(m, HS, { rotation: "bentler" as never })).toThrow(OptionError);
    expect(() => sem(m, HS, { rotationArgs: { rstarts: -1 } })).toThrow(OptionError);
    expect(() => sem(m, HS, { rotationArgs: { epsilon: 0.01 } as never })).toThrow(OptionError);
    expect(() => sem(m, HS, { estimator: "MLM" })).toThrow(message.esemEstimatorUnsupported("MLM"));
    expect(() => sem(m, HS, { estimator: "GLS" })).toThrow(message.esemEstimatorUnsupported("GLS"));
    expect(() => sem(m, HS, { se: "bootstrap", bootstrap: 10 })).toThrow(message.bootstrapFeatureUnsupported("ESEM blocks (efa)"));
  });
});
