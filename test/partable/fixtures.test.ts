import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import type { ParTableSpec } from "../../src/partable/types.ts";
import { parseModel } from "../../src/syntax/parse.ts";

interface FixtureRow {
  lhs: string; op: string; rhs: string; group?: number; label?: string; se: number | null; z: number | null;
}
interface Fixture { model: string; npar: number; fit: { npar: number }; parameters: FixtureRow[] }

const fixture = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8")) as Fixture;
const header = (file: string): string[] =>
  readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8").split("\n")[0]!.split(",").map((s) => JSON.parse(s) as string);

const HS = header("HolzingerSwineford1939.csv");
const PD = header("PoliticalDemocracy.csv");
const LOY = header("loyalty_survey.csv");
const SCHOOLS = ["Pasteur", "Grant-White"]; // order of first appearance in HolzingerSwineford1939.csv
const PLATFORMS = ["A", "B"]; // order of first appearance in loyalty_survey.csv

// Each case: the fixture (lavaan 0.6-14 parameterEstimates + npar) and the lavaan call it came from.
const cases: [string, Omit<ParTableSpec, "ovNames">, string[]][] = [
  ["hs1939_cfa_ml", {}, HS], // cfa(model, data)
  ["hs1939_cfa_mlr", {}, HS], // cfa(model, data, estimator = "MLR")
  ["hs1939_cfa_stdlv", { stdLv: true }, HS], // cfa(model, data, std.lv = TRUE)
  ["hs1939_cfa_meanstructure", { meanstructure: true }, HS], // cfa(model, data, meanstructure = TRUE)
  ["poldem_sem_ml", {}, PD], // sem(model, data)
  ["loyalty_core_ml", {}, LOY], // sem(model, data)
  ["loyalty_core_fiml", { meanstructure: true }, LOY], // sem(model, data, missing = "ml")
  ["loyalty_full_ml", {}, LOY], // sem(model, data)
  ["hs1939_mg_school_configural", { groups: SCHOOLS, meanstructure: true, groupEqual: ["none"] }, HS],
  ["hs1939_mg_school_metric", { groups: SCHOOLS, meanstructure: true, groupEqual: ["loadings"] }, HS],
  ["hs1939_mg_school_scalar", { groups: SCHOOLS, meanstructure: true, groupEqual: ["loadings", "intercepts"] }, HS],
  ["loyalty_core_mg_platform_metric", { groups: PLATFORMS, meanstructure: true, groupEqual: ["loadings"] }, LOY],
  // sem(model, data, ordered = TRUE, estimator = "WLSMV"): every item has 5 categories, so 4 thresholds
  ["loyalty_core_wlsmv", { ordered: new Map(LOY.filter((v) => /^(sat|tru|swc|loy)\d$/.test(v)).map((v) => [v, 4])) }, LOY],
];

const key = (lhs: string, op: string, rhs: string, group: number): string => `${group}: ${lhs} ${op} ${rhs}`;

describe("buildParTable reproduces lavaan 0.6-14's parameter tables", () => {
  for (const [name, options, ovNames] of cases) {
    it(name, () => {
      const f = fixture(name);
      const pt = buildParTable(parseModel(f.model), { ...options, ovNames });
      const ref = f.parameters.filter((r) => r.op !== "r2" && r.op !== ":=");
      const mine = pt.rows.filter((r) => r.op !== ":=" && r.op !== "==" && r.op !== "<" && r.op !== ">");
      // same (lhs, op, rhs, group) rows, in lavaan's order
      expect(mine.map((r) => key(r.lhs, r.op, r.rhs, r.group))).toEqual(ref.map((r) => key(r.lhs, r.op, r.rhs, r.group ?? 1)));
      // same fixed rows: lavaan reports se = 0 and z = null for fixed parameters
      expect(mine.map((r) => r.free === 0)).toEqual(ref.map((r) => r.se === 0 && r.z === null));
      // npar: lavaan's fitMeasures npar (free parameters after equality constraints) ...
      expect(pt.npar).toBe(f.fit.npar);
      // ... and lavaan's count of free parameter-table rows
      expect(pt.nfreeRows).toBe(f.npar);
      // user labels as lavaan shows them (lavaan fills unlabelled equal rows with plabels; we keep them empty)
      expect(mine.map((r) => r.label)).toEqual(ref.map((r) => ((r.label ?? "").startsWith(".p") ? "" : (r.label ?? ""))));
      // defined parameters as lavaan prints them
      expect(pt.rows.filter((r) => r.op === ":=").map((r) => `${r.lhs} := ${r.rhs}`)).toEqual(
        f.parameters.filter((r) => r.op === ":=").map((r) => `${r.lhs} := ${r.rhs}`),
      );
    });
  }
});
