import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sem, cfa } from "../../src/sem/sem.ts";
import type { SemOptions, ModificationIndex } from "../../src/sem/types.ts";
import { readData, expectClose, loadReference } from "../helpers/reference.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";

// Complete modindices(fit) lists of lavaan 0.6-14 (test/fixtures/modindices_full.json, made by fixed_x.R): semkit must
// report exactly lavaan's rows (lav_partable_full candidates, fixed rows freed, NA rows dropped) with the same mi, epc,
// sepc.lv, sepc.all and sepc.nox.
interface Row { lhs: string; op: string; rhs: string; group?: number; mi: number; epc: number; "sepc.lv": number | null; "sepc.all": number | null; "sepc.nox": number | null }
const full = JSON.parse(readFileSync("test/fixtures/modindices_full.json", "utf8")) as Record<string, { call: string; model: string; rows: Row[] }>;
const HS = "HolzingerSwineford1939.csv";
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;

/** sat1–sat4 and tru1–tru4 (tru4 reversed) dichotomised as x >= 4 → 1, else 0, missing kept (as fixed_x.R). */
function binaryData(): Record<string, number[]> {
  const ds = reverseCode(toDataset(readData("loyalty_survey.csv")), ["tru4"], { min: 1, max: 5 });
  const out: Record<string, number[]> = {};
  for (const v of ["sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "tru4"]) {
    out[v] = Array.from(ds.columns.get(v)!.values as Float64Array, (x) => (Number.isNaN(x) ? NaN : x >= 4 ? 1 : 0));
  }
  return out;
}

const cases: { id: string; data: string | (() => Record<string, number[]>); fn: typeof sem; options: SemOptions }[] = [
  { id: "covariates", data: HS, fn: sem, options: {} }, // lavaan: sem(covModel, hs) — fixed.x
  { id: "covariates_mg", data: HS, fn: sem, options: { group: "school" } }, // lavaan: sem(covModel, hs, group = "school")
  { id: "covariates_gls", data: HS, fn: sem, options: { estimator: "GLS" } }, // lavaan: sem(covModel, hs, estimator = "GLS")
  { id: "poldem", data: "PoliticalDemocracy.csv", fn: sem, options: {} }, // lavaan: sem(pdModel, PoliticalDemocracy): marker loadings freed
  { id: "stdlv", data: HS, fn: cfa, options: { stdLv: true } }, // lavaan: cfa(HS.model, hs, std.lv = TRUE)
  { id: "orthogonal", data: HS, fn: cfa, options: { orthogonal: true } }, // lavaan: cfa(HS.model, hs, orthogonal = TRUE)
  { id: "scalar", data: HS, fn: cfa, options: { group: "school", groupEqual: ["loadings", "intercepts"] } }, // latent means freed
  // lavaan: sem(core, loy, ordered = TRUE, estimator = "WLSMV") — DWLS gradient and information
  { id: "wlsmv", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, ordered: true, estimator: "WLSMV" } },
  // lavaan: the same with group = "gender" (scale factors ~*~ of the marker items are candidates)
  { id: "wlsmv_mg", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, ordered: true, estimator: "WLSMV", group: "gender" } },
  // lavaan: group.equal = c("thresholds", "loadings") (intercepts of the latent responses are candidates)
  {
    id: "wlsmv_mg_equal", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: true, estimator: "WLSMV", group: "gender", groupEqual: ["thresholds", "loadings"] },
  },
  // lavaan: sem(core, loy, ordered = c("sat1", …, "sat4"), estimator = "WLSMV") — ordinal and continuous indicators
  { id: "wlsmv_mixed", data: "loyalty_survey.csv", fn: sem, options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4"], estimator: "WLSMV" } },
  // lavaan: the same with loy1–loy4 ordered too
  {
    id: "wlsmv_mixed_two", data: "loyalty_survey.csv", fn: sem,
    options: { ...LOYALTY, ordered: ["sat1", "sat2", "sat3", "sat4", "loy1", "loy2", "loy3", "loy4"], estimator: "WLSMV" },
  },
  // lavaan: cfa(two factors, binary items, ordered = TRUE, estimator = "WLSMV") — tetrachoric correlations
  { id: "wlsmv_binary", data: binaryData, fn: cfa, options: { ordered: true, estimator: "WLSMV" } },
];

const key = (r: { lhs: string; op: string; rhs: string; group?: number }): string => `${r.lhs}|${r.op}|${r.rhs}|${r.group ?? 1}`;

describe.each(cases)("every modification index of lavaan: $id", ({ id, data, fn, options }) => {
  const ref = full[id]!;
  const mi: readonly ModificationIndex[] = fn(ref.model, typeof data === "string" ? readData(data) : data(), options).modificationIndices();
  test("the same rows", () => {
    expect([...mi].map(key).sort()).toEqual(ref.rows.map(key).sort());
  });
  test("mi, epc, sepc.lv, sepc.all, sepc.nox", () => {
    const mine = new Map(mi.map((m) => [key(m), m] as const));
    for (const r of ref.rows) {
      const m = mine.get(key(r))!;
      // a candidate nearly equivalent to a model parameter (small score-test variance, large EPC) amplifies the
      // last digits of θ̂: there lavaan's own values move by ~1e-3 between fits; compare those at 5e-3
      const rel = Math.abs(r.epc) > 2 ? 5e-3 : 1e-3;
      expectClose(m.mi, r.mi, rel, 1e-4, `mi ${key(r)}`);
      for (const c of ["epc", "sepc.lv", "sepc.all", "sepc.nox"] as const) {
        const v = c === "epc" ? r.epc : r[c];
        if (typeof v === "number") expectClose(m[c], v, rel, 1e-4, `${c} ${key(r)}`);
      }
    }
  });
});

test("computing the DWLS modification indices leaves the fitted estimates as they were", () => {
  // lavaan: parameterEstimates() of sem(core, loy, ordered = TRUE, estimator = "WLSMV") — the residual variances of the
  // latent responses (1/δ² − diag ΛCΛᵀ) must survive the extended model's evaluation
  const ref = loadReference("loyalty_core_wlsmv");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, ordered: true, estimator: "WLSMV" });
  fit.modificationIndices();
  const est = new Map(fit.parameterEstimates().map((r) => [`${r.lhs}|${r.op}|${r.rhs}`, r.est] as const));
  for (const r of ref.parameters) {
    if (r["op"] === ":=") continue;
    expectClose(est.get(`${r["lhs"]}|${r["op"]}|${r["rhs"]}`), r["est"] as number, 1e-4, 1e-4, `${r["lhs"]}${r["op"]}${r["rhs"]}`);
  }
});
