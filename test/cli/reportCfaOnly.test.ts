import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportCommand } from "../../src/cli/report.ts";
import { chartCommand } from "../../src/cli/chart.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { message } from "../../src/messages.ts";
import JSZip from "jszip";

const dir = mkdtempSync(join(tmpdir(), "semkit-cfa-report-"));

describe("semkit report on a measurement-only (CFA) model", () => {
  it("writes the report with the CFA section; the structural model, its figures and the coefficient plot are left out with the reason", async () => {
    const model = join(dir, "cfa.lav");
    writeFileSync(model, "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3 + tru4\nLOY =~ loy1 + loy2 + loy3\n");
    let printed = "";
    const code = await reportCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", model, "--reverse", "tru4", "--scale", "1:5", "--draws", "20", "--out", join(dir, "out")]), (t) => { printed += t; });
    expect(code).toBe(0);
    expect(printed).toContain("report written to");
    const md = readFileSync(join(dir, "out", "report.md"), "utf8");
    expect(md).toContain("Confirmatory factor analysis");
    expect(md).toContain("Common-method bias");
    expect(md).toContain("*Total variance explained*");
    // the report's table holds commonMethodBias() of the measurement model with the report's estimation (MLR, FIML)
    const { commonMethodBias } = await import("../../src/cmb/commonMethodBias.ts");
    const r = commonMethodBias(readFileSync("data/loyalty_survey.csv", "utf8"), readFileSync(join(dir, "cfa.lav"), "utf8"),
      { reverse: ["tru4"], scale: { min: 1, max: 5 }, estimator: "MLR", missing: "ml" });
    const t = readFileSync(join(dir, "out", "tables", readdirSync(join(dir, "out", "tables")).find((f) => f.endsWith("_common_method_bias.csv"))!), "utf8");
    expect(t).toContain(`Traits + method factor,${r.methodFactor.method.chisq},${r.methodFactor.method.df},`);
    expect(md).toContain(message.thesisNoStructuralPaths);
    expect(existsSync(join(dir, "out", "figures", "cfa.svg"))).toBe(true);
    expect(existsSync(join(dir, "out", "figures", "coef.svg"))).toBe(false);
    // report.docx beside report.html: every table of the Markdown as a Word table, every figure's PNG embedded
    expect(printed).toContain(join(dir, "out", "report.docx"));
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "out", "report.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const tables = (md.match(/^\*\*Table \d+\*\*$/gm) ?? []).length;
    expect(tables).toBeGreaterThan(5);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(tables);
    expect(xml).toContain("Confirmatory factor analysis");
    const pngs = readdirSync(join(dir, "out", "figures")).filter((f) => f.endsWith(".png"));
    expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/")).length).toBe(pngs.length);
    // table CSVs start with the UTF-8 byte-order mark by default
    const csv = readdirSync(join(dir, "out", "tables")).find((f) => f.endsWith(".csv"))!;
    expect([...readFileSync(join(dir, "out", "tables", csv)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }, 600_000);

  it("in Chinese with --no-bom: 表 captions in the Word file, CSVs without the byte-order mark", async () => {
    const model = join(dir, "cfa.lav");
    const code = await reportCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", model, "--reverse", "tru4", "--scale", "1:5", "--lang", "zh-CN", "--no-bom", "--draws", "20", "--out", join(dir, "zh")]), () => {});
    expect(code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, "zh", "report.docx")))).file("word/document.xml")!.async("string");
    for (const s of ["表 1", "验证性因子分析", "注：", "图 1", "共同方法偏差检验", "Harman 单因子检验"]) expect(xml, s).toContain(s);
    const csv = readdirSync(join(dir, "zh", "tables")).find((f) => f.endsWith(".csv"))!;
    const head = readFileSync(join(dir, "zh", "tables", csv));
    expect(head[0]).not.toBe(0xef);
    expect(head.toString("utf8").length).toBeGreaterThan(0);
  }, 600_000);
});

describe("semkit chart coefficients on a model with := lines", () => {
  it("draws the regression paths and, with --ops ~,:=, the defined indirect effect (group 0) beside them", async () => {
    const model = join(dir, "med.lav");
    writeFileSync(model, "SAT =~ sat1 + sat2 + sat3 + sat4\nLOY =~ loy1 + loy2 + loy3\nTRU =~ tru1 + tru2 + tru3\nTRU ~ a*SAT\nLOY ~ b*TRU + SAT\nind := a*b\n");
    const out = join(dir, "coef.vl.json");
    for (const ops of [["--ops", "~"], ["--ops", "~,:="]]) {
      expect(await chartCommand.run(parseArgs(["coefficients", "data/loyalty_survey.csv", "--model", model, "--out", out, ...ops]), () => {})).toBe(0);
      const spec = JSON.parse(readFileSync(out, "utf8"));
      const paths = (spec.data.values as { path: string }[]).map((v) => v.path);
      expect(paths.filter((p) => p.includes("→")).length).toBe(3);
      expect(paths.includes("ind")).toBe(ops[1] === "~,:=");
    }
  }, 120_000);
});
