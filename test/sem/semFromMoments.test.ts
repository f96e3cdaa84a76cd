import { describe, test, expect } from "vitest";
import { semFromMoments } from "../../src/sem/semFromMoments.ts";
import { semFromMoments as fromIndex } from "../../src/index.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { momentsOf, type SampleStatistics } from "../../src/data/sampleStatistics.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { SemFit } from "../../src/sem/types.ts";
import { loadReference, readData, expectClose, type SemReference } from "../helpers/reference.ts";

// Sample moments of HolzingerSwineford1939 (301 rows), computed here with momentsOf on the parsed CSV, in an order
// unlike the model's (x9 … x1) and with a column the model does not use (ageyr): semFromMoments must reorder and cut.
const COLS = ["x9", "x8", "x7", "ageyr", "x6", "x5", "x4", "x3", "x2", "x1"];
function hsMoments(): SampleStatistics {
  const X = numericMatrix(parseCsv(readData("HolzingerSwineford1939.csv")), COLS, { missing: "listwise" });
  const { mean, cov } = momentsOf(X.data, X.n, X.p);
  return { names: COLS, groups: [""], nobs: [X.n], ntotal: X.n, cov: [cov], mean: [mean] };
}

const key = (r: { lhs?: unknown; op?: unknown; rhs?: unknown; group?: unknown }): string => `${r.lhs}|${r.op}|${r.rhs}|${r.group ?? 1}`;

/** The comparisons and tolerances of test/sem/semReference.test.ts. */
function checkAgainst(fit: SemFit, ref: SemReference): void {
  expect(fit.converged).toBe(true);
  expect(fit.npar).toBe(ref.npar);
  expect(fit.ntotal).toBe(ref.nobs);
  const mine = new Map(fit.parameterEstimates().map((r) => [key(r), r] as const));
  for (const r of ref.parameters) {
    const m = mine.get(key(r));
    expect(m, `row ${key(r)} missing`).toBeDefined();
    expectClose(m!.est, r["est"] as number, 1e-4, 1e-4, `${key(r)} est`);
    for (const col of ["std.lv", "std.all"] as const) {
      const v = r[col] as number | null;
      if (v !== null && v !== undefined) expectClose(m![col], v, 1e-4, 1e-4, `${key(r)} ${col}`);
    }
    for (const col of ["se", "z", "ci.lower", "ci.upper"] as const) {
      const v = r[col] as number | null;
      if (v !== null && v !== undefined && (col !== "se" || v !== 0)) expectClose(m![col], v, 1e-3, 1e-4, `${key(r)} ${col}`);
    }
  }
  expect(fit.parameterEstimates().filter((r) => r.op !== ":=").length).toBe(ref.parameters.length);
  const fm = fit.fitMeasures();
  for (const [name, v] of Object.entries(ref.fit)) {
    if (v !== null) expectClose(fm[name], v, 1e-3, 1e-4, `fit ${name}`);
  }
}

describe("semFromMoments", () => {
  const stats = hsMoments();

  // lavaan 0.6-14: cfa(HS.model, data = HolzingerSwineford1939) — test/fixtures/hs1939_cfa_ml.json
  test("HS1939 CFA from moments reproduces lavaan's ML estimates, SEs and every fit measure", () => {
    const ref = loadReference("hs1939_cfa_ml");
    const fit = semFromMoments(ref.model, stats);
    checkAgainst(fit, ref);
    expect(fit.warnings).toEqual([]);
    expect(fromIndex).toBe(semFromMoments);
  });

  // lavaan 0.6-14: cfa(HS.model, data, std.lv = TRUE) — test/fixtures/hs1939_cfa_stdlv.json
  test("std.lv from moments", () => {
    const ref = loadReference("hs1939_cfa_stdlv");
    checkAgainst(semFromMoments(ref.model, stats, { stdLv: true }), ref);
  });

  // lavaan 0.6-14: cfa(HS.model, data, estimator = "GLS") — test/fixtures/hs1939_cfa_gls.json
  test("GLS from moments", () => {
    const ref = loadReference("hs1939_cfa_gls");
    checkAgainst(semFromMoments(ref.model, stats, { estimator: "GLS" }), ref);
  });

  // lavaan 0.6-14: cfa(HS.model, data, group = "school") — test/fixtures/hs1939_mg_school_configural.json;
  // moments per school computed here with momentsOf, the groups in data order (Pasteur, Grant-White) as lavaan
  test("two groups from per-group moments (configural, mean structure on by default)", () => {
    const ref = loadReference("hs1939_mg_school_configural");
    const ds = parseCsv(readData("HolzingerSwineford1939.csv"));
    const school = ds.columns.get("school")!;
    const names = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];
    const X = numericMatrix(ds, names, { missing: "listwise" });
    const groups = ["Pasteur", "Grant-White"];
    const cov: Float64Array[] = [], mean: Float64Array[] = [], nobs: number[] = [];
    for (const g of groups) {
      const rows: number[] = [];
      for (let r = 0; r < X.n; r++) if (school.values[X.rows[r]!] === g) rows.push(...X.data.subarray(r * 9, r * 9 + 9));
      const mom = momentsOf(Float64Array.from(rows), rows.length / 9, 9);
      cov.push(mom.cov); mean.push(mom.mean); nobs.push(rows.length / 9);
    }
    const fit = semFromMoments(ref.model, { names, groups, nobs, ntotal: nobs[0]! + nobs[1]!, cov, mean });
    expect(fit.nobs).toEqual(ref.nobs);
    const fm = fit.fitMeasures();
    for (const [name, v] of Object.entries(ref.fit)) if (v !== null) expectClose(fm[name], v, 1e-3, 1e-4, `fit ${name}`);
    const mine = new Map(fit.parameterEstimates().map((r) => [key(r), r] as const));
    for (const r of ref.parameters) {
      expectClose(mine.get(key(r))?.est, r["est"] as number, 1e-4, 1e-4, `${key(r)} est`);
      const se = r["se"] as number | null;
      if (se !== null && se !== 0) expectClose(mine.get(key(r))?.se, se, 1e-3, 1e-4, `${key(r)} se`);
    }
  });

  test("options that need raw rows are rejected with their name", () => {
    const model = loadReference("hs1939_cfa_ml").model;
    expect(() => semFromMoments(model, stats, { estimator: "MLR" })).toThrow(new OptionError(message.momentsEstimatorNeedsData("MLR")));
    expect(() => semFromMoments(model, stats, { estimator: "WLSMV" })).toThrow(message.momentsEstimatorNeedsData("WLSMV"));
    for (const [name, value] of [["group", "school"], ["missing", "ml"], ["reverse", ["x1"]], ["se", "bootstrap"]] as const) {
      expect(() => semFromMoments(model, stats, { [name]: value } as never)).toThrow(new OptionError(message.momentsOptionNeedsData(name)));
    }
  });

  test("malformed statistics are a DataError saying what is wrong", () => {
    const model = loadReference("hs1939_cfa_ml").model;
    const p = COLS.length;
    expect(() => semFromMoments(model, { ...stats, groups: [] })).toThrow(new DataError(message.momentsBadStats));
    expect(() => semFromMoments(model, { ...stats, names: [...COLS.slice(0, -1), "x9"] })).toThrow(message.momentsBadStats);
    expect(() => semFromMoments(model, { ...stats, cov: [new Float64Array(p * p - 1)] })).toThrow(message.momentsBadLength("", "cov", p * p));
    expect(() => semFromMoments(model, { ...stats, mean: [Float64Array.from({ length: p }, () => NaN)] }))
      .toThrow(message.momentsBadLength("", "mean", p));
    expect(() => semFromMoments(model, { ...stats, nobs: [300.5], ntotal: 300.5 })).toThrow(message.momentsBadNobs("", 300.5));
    expect(() => semFromMoments(model, { ...stats, ntotal: 300 })).toThrow(message.momentsBadTotal(300, 301));
    expect(() => semFromMoments(model, { ...stats, nobs: [1], ntotal: 1 })).toThrow(new DataError(message.tooFewCases("", 1)));
  });
});
