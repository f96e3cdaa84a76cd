import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sem, cfa } from "../../src/sem/sem.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { summaryHeader } from "../../src/sem/summaryHeader.ts";
import { loadReference, readData } from "../helpers/reference.ts";

// lavaan 0.6-14 summary(fit) header lines, printed by test/fixtures/summary_headers.R into summary_headers.json (each
// case stores its R call). semkit's header must carry the same lines (labels, Used/Total, npar, equality constraints,
// missing patterns, groups) except the first line (iteration count of lavaan's optimizer) and the "Optimization method"
// line (lavaan: NLMINB; semkit: Fisher scoring + BFGS).
interface HeaderCase { readonly id: string; readonly call: string; readonly header: readonly string[] }
const lavaan = JSON.parse(readFileSync("test/fixtures/summary_headers.json", "utf8")) as HeaderCase[];
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const core = readFileSync("bench/models/loyalty_core.lav", "utf8");
const loy = readData("loyalty_survey.csv");

const cases: { id: string; fit: () => ReturnType<typeof sem> }[] = [
  // lavaan: sem(core, loy) — ML, listwise deletion: Used 386, Total 480
  { id: "loyalty_core_ml", fit: () => sem(core, loy, LOYALTY) },
  // lavaan: sem(core, loy, estimator = "MLR", missing = "ml") — 24 missing patterns
  { id: "loyalty_core_mlr_fiml", fit: () => sem(core, loy, { ...LOYALTY, estimator: "MLR", missing: "ml" } as SemOptions) },
  // lavaan: sem(poldem, pd) — labels a, b, c each shared by two loadings: 31 parameters, 3 equality constraints
  { id: "poldem_sem_ml", fit: () => sem(loadReference("poldem_sem_ml").model, readData("PoliticalDemocracy.csv")) },
  // lavaan: cfa(HS.model, hs, group = "school", group.equal = "loadings") — 60 parameters, 6 equality constraints
  { id: "hs1939_mg_school_metric", fit: () => cfa(loadReference("hs1939_cfa_ml").model, readData("HolzingerSwineford1939.csv"), { group: "school", groupEqual: ["loadings"] }) },
  // lavaan: cfa(HS.equal, hs) with "a == b" on the loadings of x2 and x3 — 21 parameters, 1 equality constraint
  { id: "hs1939_cfa_label_equal", fit: () => cfa("visual =~ x1 + a*x2 + b*x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9\na == b", readData("HolzingerSwineford1939.csv")) },
  // lavaan: sem(core, loy, group = "platform") — listwise per group (Used/Total), labels shared across groups: 3 constraints
  { id: "loyalty_core_mg_platform_ml", fit: () => sem(core, loy, { ...LOYALTY, group: "platform" }) },
  // lavaan: sem(core, loy, estimator = "MLR", missing = "ml", group = "platform") — missing patterns per group (18, 22)
  { id: "loyalty_core_mg_platform_mlr_fiml", fit: () => sem(core, loy, { ...LOYALTY, estimator: "MLR", missing: "ml", group: "platform" }) },
];

describe.each(cases)("summary header of $id", ({ id, fit }) => {
  const ref = lavaan.find((c) => c.id === id)!;
  const f = fit();
  const text = f.summary().split("\n").map((l) => l.trimEnd());
  const keep = (l: string): boolean => !l.startsWith("  Optimization method");
  test("lavaan's header lines, line by line, except the optimizer", () => {
    expect(ref).toBeDefined();
    const want = ref.header.slice(1).filter(keep);
    // semkit's header follows its own "ended normally" line, as lavaan's follows lavaan's
    expect(text[0]).toMatch(/^semkit ended normally after \d+ iterations$/);
    expect(text.slice(1, 1 + ref.header.length - 1).filter(keep)).toEqual(want);
    expect(text[ref.header.length]).toBe("");
  });
  test("semkit names its own optimizer", () => {
    // the value right-aligned at column 54, as lavaan aligns "NLMINB"
    expect(summaryHeader(f)).toContain(`  Optimization method${"Fisher scoring + BFGS".padStart(33)}`);
  });
});

test("the MLR fit names its point estimator ML, as lavaan", () => {
  // lavaan: sem(core, loy, estimator = "MLR", missing = "ml") prints "Estimator ML" (the robust test follows below)
  const ref = lavaan.find((c) => c.id === "loyalty_core_mlr_fiml")!;
  expect(ref.header).toContain("  Estimator                                         ML");
  const f = sem(core, loy, { ...LOYALTY, estimator: "MLR", missing: "ml" });
  expect(summaryHeader(f)).toContain("  Estimator                                         ML");
});
