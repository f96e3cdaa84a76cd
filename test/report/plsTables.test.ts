import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { thesisAnalysis } from "../../src/thesis/thesisAnalysis.ts";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { thesisDocument } from "../../src/report/thesisDocument.ts";
import { tableToCsv } from "../../src/report/renderCsvTable.ts";
import { documentToMarkdown } from "../../src/report/reportDocument.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { loadSeminr, cell } from "../pls/plsFixture.ts";

// The loyalty core model as a thesis configuration with method "pls": the PLS section must equal seminr's
// estimate_pls(loyalty items, tru4/swc3 = 6 - x, mean replacement) (test/fixtures/pls/loyalty_pls_mean.json).
const ref = loadSeminr("loyalty_pls_mean");
const config = parseThesisConfig({
  method: "pls",
  constructs: [
    { name: "SAT", items: ["sat1", "sat2", "sat3", "sat4"] }, { name: "TRU", items: ["tru1", "tru2", "tru3", "tru4"] },
    { name: "SWC", items: ["swc1", "swc2", "swc3"] }, { name: "LOY", items: ["loy1", "loy2", "loy3", "loy4"] },
  ],
  reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, demographics: ["gender"],
  hypotheses: [{ id: "H1", from: "SAT", to: "TRU" }, { id: "H2", from: "SAT", to: "LOY" }, { id: "H3", from: "TRU", to: "LOY" }, { id: "H4", from: "SWC", to: "LOY" }],
  bootstrap: { draws: 100, seed: 1 }, parallel: { iterations: 5 },
});

describe("thesis report with method: \"pls\"", () => {
  const res = thesisAnalysis(parseCsv(readFileSync("data/loyalty_survey.csv", "utf8")), config);
  const doc = thesisDocument(res, { lang: "en" });
  const table = (id: string): string[][] => tableToCsv(doc.tables.find((t) => t.id === id)!).trim().split("\n").map((l) => l.split(","));
  test("the PLS step ran and the report has its four SmartPLS-style tables", () => {
    expect(res.pls?.available).toBe(true);
    expect(doc.tables.filter((t) => t.id.startsWith("pls_")).map((t) => t.id)).toEqual(["pls_measurement", "pls_discriminant", "pls_structural", "pls_predict"]);
    expect(documentToMarkdown(doc, () => "x.svg")).toContain("PLS-SEM (partial least squares path model)");
  });
  test("structural table: β as seminr's, bootstrap CI around it, f² as seminr's", () => {
    // seminr: estimate_pls(loyalty, mean_replacement); summary()$fSquare
    const rows = table("pls_structural");
    const pc = ref.path_coefficients;
    const paths = pc.rows.flatMap((from) => pc.cols.filter((to) => (cell(pc, from, to) as number) !== 0).map((to) => ({ from, to })));
    expect(paths.length).toBe(4);
    for (const p of paths) {
      const row = rows.find((r) => r[0] === `${p.from} → ${p.to}`);
      expect(row, `${p.from} → ${p.to}`).toBeDefined();
      expect(Math.abs(Number(row?.[1]) - (cell(ref.path_coefficients, p.from, p.to) as number))).toBeLessThan(1e-6);
      expect(Math.abs(Number(row?.[7]) - (cell(ref.f_squared, p.from, p.to) as number))).toBeLessThan(1e-6);
    }
  });
  test("measurement table: loadings as seminr's", () => {
    const rows = table("pls_measurement");
    for (const item of ["sat1", "tru4", "swc3", "loy2"]) {
      const row = rows.find((r) => r[0] === item);
      const construct = ref.outer_loadings.cols.find((c) => (cell(ref.outer_loadings, item, c) as number) !== 0) as string;
      expect(Math.abs(Number(row?.[1]) - (cell(ref.outer_loadings, item, construct) as number))).toBeLessThan(1e-6);
    }
  });
});
