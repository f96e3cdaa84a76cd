import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportCommand } from "../../src/cli/report.ts";
import { chartCommand } from "../../src/cli/chart.ts";
import { fitCommand } from "../../src/cli/fit.ts";
import { validityCommand } from "../../src/cli/validity.ts";
import { invarianceCommand } from "../../src/cli/invariance.ts";
import { parseArgs } from "../../src/cli/args.ts";
import type { Command } from "../../src/cli/command.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { loadReference } from "../helpers/reference.ts";

// Reference: test/fixtures/loyalty_core_mlr.json — lavaan 0.6-14
// sem(core model, data, estimator = "MLR", missing = "ml"), tru4 and swc3 recoded as 6 − x.
const core = loadReference("loyalty_core_mlr");
const dir = mkdtempSync(join(tmpdir(), "semkit-same-"));
const model = join(dir, "core.lav");
writeFileSync(model, core.model);
const data = "data/loyalty_survey.csv";
const settings = ["--reverse", "tru4,swc3", "--scale", "1:5", "--estimator", "MLR", "--missing", "fiml"];

async function run(cmd: Command, argv: string[]): Promise<string> {
  let text = "";
  expect(await cmd.run(parseArgs(argv), (t) => { text += t; })).toBe(0);
  return text;
}
const json = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const reportTable = (name: string) => parseCsv(readFileSync(join(dir, "out", "tables", readdirSync(join(dir, "out", "tables")).find((f) => f.endsWith(`_${name}.csv`))!), "utf8"));

beforeAll(async () => {
  await run(reportCommand, [data, "--model", model, ...settings, "--group", "platform", "--draws", "20", "--out", join(dir, "out")]);
}, 600_000);

describe("single commands with the report's settings reproduce the report", () => {
  it("chart path --estimator MLR --missing fiml draws the report's path diagram (SWC → LOY significant, solid)", async () => {
    await run(chartCommand, ["path", data, "--model", model, ...settings, "--hide-indicators", "--out", join(dir, "path.vl.json")]);
    const mine = json(join(dir, "path.vl.json")) as { layer?: unknown[] };
    expect(mine).toEqual(json(join(dir, "out", "figures", "path.vl.json")));
    // without the flags: the listwise ML solution, a different figure
    await run(chartCommand, ["path", data, "--model", model, ...settings.slice(0, 4), "--hide-indicators", "--out", join(dir, "path-ml.vl.json")]);
    expect(json(join(dir, "path-ml.vl.json"))).not.toEqual(mine);
    // lavaan: standardizedSolution(fit) row LOY ~ SWC
    const ref = core.parameters.find((r) => r["lhs"] === "LOY" && r["op"] === "~" && r["rhs"] === "SWC")!;
    expect(ref["pvalue"] as number).toBeLessThan(0.05);
    expect(JSON.stringify(mine)).toContain(`${(ref["std.all"] as number).toFixed(2).replace(/^0/, "")}*`);
  }, 120_000);

  it("chart fit with MLR shows the report's robust indices", async () => {
    await run(chartCommand, ["fit", data, "--model", model, ...settings, "--out", join(dir, "fit.vl.json")]);
    const spec = json(join(dir, "fit.vl.json"));
    expect(spec).toEqual(json(join(dir, "out", "figures", "fit.vl.json")));
    // the report's fit table shows the figure's GFI and AGFI (mean structure under FIML, as lavaan computes them)
    const t = reportTable("fit_indices");
    const idx = t.columns.get("Index")!.values as string[];
    const structural = t.columns.get("Structural model")!.values as (string | null)[];
    const points = JSON.stringify(spec);
    for (const k of ["GFI", "AGFI"]) {
      const v = Number(structural[idx.indexOf(k)]);
      expect(Number.isFinite(v), k).toBe(true);
      expect(points).toContain(`"index":"${k}","value":${v}`);
    }
  }, 120_000);

  it("fit --json gives lavaan's MLR/FIML estimates, and the report's β for every path", async () => {
    const fit = JSON.parse(await run(fitCommand, [data, "--model", model, ...settings, "--json"])) as { parameters: Record<string, number | string>[] };
    const paths = reportTable("structural_paths");
    const beta = paths.columns.get(paths.names.find((n) => n.includes("β"))!)!.values as ArrayLike<number>;
    const label = paths.columns.get("Path")!.values as (string | null)[];
    for (const r of core.parameters.filter((x) => x["op"] === "~")) {
      const mine = fit.parameters.find((x) => x["lhs"] === r["lhs"] && x["op"] === "~" && x["rhs"] === r["rhs"])!;
      // lavaan: parameterEstimates(fit, standardized = TRUE)
      expect(Math.abs((mine["est"] as number) - (r["est"] as number))).toBeLessThan(1e-4);
      expect(Math.abs((mine["std.all"] as number) - (r["std.all"] as number))).toBeLessThan(1e-4);
      const i = label.findIndex((l) => l === `${r["rhs"]} → ${r["lhs"]}`);
      expect(i, `${r["rhs"]} → ${r["lhs"]}`).toBeGreaterThanOrEqual(0);
      expect(Math.abs(beta[i]! - (mine["std.all"] as number))).toBeLessThan(1e-9);
    }
  }, 120_000);

  it("validity --missing fiml --estimator MLR gives the report's CR and AVE", async () => {
    const cfaModel = join(dir, "cfa.lav");
    writeFileSync(cfaModel, core.model.split("\n").filter((l) => l.includes("=~")).join("\n") + "\n");
    const v = JSON.parse(await run(validityCommand, [data, "--model", cfaModel, ...settings, "--json"])) as { composite_reliability: Record<string, number>; ave: Record<string, number> };
    const t = reportTable("cfa_loadings");
    const cr = t.columns.get(t.names.find((n) => n.includes("CR"))!)!.values as ArrayLike<number>;
    const ave = t.columns.get(t.names.find((n) => n.includes("AVE"))!)!.values as ArrayLike<number>;
    const item = t.columns.get(t.names[0]!)!.values as (string | null)[];
    for (const c of ["SAT", "TRU", "SWC", "LOY"]) {
      const i = item.findIndex((x) => x === c) + 1; // CR and AVE stand on the construct's first item row
      expect(i, c).toBeGreaterThanOrEqual(0);
      expect(Math.abs(cr[i]! - v.composite_reliability[c]!)).toBeLessThan(1e-9);
      expect(Math.abs(ave[i]! - v.ave[c]!)).toBeLessThan(1e-9);
    }
  }, 120_000);

  it("invariance --estimator MLR --missing fiml gives the report's invariance table (scaled χ², robust CFI/RMSEA)", async () => {
    const cfaModel = join(dir, "cfa.lav");
    const inv = JSON.parse(await run(invarianceCommand, [data, "--model", cfaModel, ...settings, "--group", "platform", "--json"])) as { table: { chisq: number; cfi: number; rmsea: number; deltaChisq: number | null }[] };
    const t = reportTable("invariance");
    const num = (i: number) => t.columns.get(t.names[i]!)!.values as ArrayLike<number>;
    expect(inv.table.length).toBe(4);
    inv.table.forEach((r, k) => {
      expect(Math.abs(num(1)[k]! - r.chisq)).toBeLessThan(1e-9);
      expect(Math.abs(num(3)[k]! - r.cfi)).toBeLessThan(1e-9);
      expect(Math.abs(num(4)[k]! - r.rmsea)).toBeLessThan(1e-9);
      if (k > 0) expect(Math.abs(num(6)[k]! - r.deltaChisq!)).toBeLessThan(1e-9);
    });
  }, 300_000);
});
