import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readDataFile } from "../../src/cli/readDataFile.ts";
import { alphaCommand } from "../../src/cli/alpha.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const dir = mkdtempSync(join(tmpdir(), "semkit-read-"));
const csv = readFileSync("data/loyalty_survey.csv", "utf8");
const source = parseCsv(csv);
const items = ["sat1", "sat2", "sat3", "sat4"];
const zh = ["满意度1", "满意度2", "满意度3", "满意度4"];

async function run(argv: string[]): Promise<string> {
  let text = "";
  const code = await alphaCommand.run(parseArgs(argv), (t) => { text += t; });
  expect(code).toBe(0);
  return text;
}

beforeAll(async () => {
  // A wjx-style workbook: an info sheet first, then the answers under Chinese headers.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").addRow(["问卷星导出"]);
  const ws = wb.addWorksheet("答卷");
  ws.addRow(["序号", ...zh]);
  for (let i = 0; i < source.n; i++) {
    ws.addRow([i + 1, ...items.map((it) => { const v = (source.columns.get(it)!.values as Float64Array)[i]!; return Number.isNaN(v) ? null : v; })]);
  }
  await wb.xlsx.writeFile(join(dir, "survey.xlsx"));
  const lines = csv.split(/\r?\n/).filter((l) => l !== "");
  writeFileSync(join(dir, "survey.tsv"), lines.map((l) => l.split(",").join("\t")).join("\n") + "\n");
  writeFileSync(join(dir, "survey.txt"), csv);
});

describe("readDataFile: the CLI reads data files by extension", () => {
  it("reads the named sheet of an .xlsx workbook with Chinese headers, and alpha matches the CSV result", async () => {
    const ds = await readDataFile(parseArgs(["--sheet", "答卷"]), join(dir, "survey.xlsx"));
    expect(ds.names).toEqual(["序号", ...zh]);
    expect(ds.n).toBe(source.n);
    expect([...(ds.columns.get("满意度2")!.values as Float64Array)]).toEqual([...(source.columns.get("sat2")!.values as Float64Array)]);
    const fromXlsx = JSON.parse(await run([join(dir, "survey.xlsx"), "--sheet", "2", "--items", zh.join(","), "--json"]));
    const fromCsv = JSON.parse(await run(["data/loyalty_survey.csv", "--items", items.join(","), "--json"]));
    expect(fromXlsx.alpha).toEqual(fromCsv.alpha);
  });

  it("reads .tsv and .txt files as the CSV", async () => {
    for (const f of ["survey.tsv", "survey.txt"]) {
      const ds = await readDataFile(parseArgs([]), join(dir, f));
      expect(ds.names).toEqual(source.names);
      expect([...(ds.columns.get("sat1")!.values as Float64Array)]).toEqual([...(source.columns.get("sat1")!.values as Float64Array)]);
    }
  });

  it("rejects --sheet on a CSV file and an unknown extension", async () => {
    await expect(readDataFile(parseArgs(["--sheet", "1"]), "data/loyalty_survey.csv")).rejects.toThrow(new OptionError(message.cliSheetNotWorkbook("data/loyalty_survey.csv")));
    await expect(readDataFile(parseArgs([]), "survey.xls")).rejects.toThrow(OptionError);
  });
});

describe("readDataFile: SPSS .sav", () => {
  it("reads the loyalty survey .sav with the same item values as the CSV, and applies --missing-codes", async () => {
    const ds = await readDataFile(parseArgs([]), "test/fixtures/loyalty_survey.sav");
    expect(ds.n).toBe(source.n);
    expect([...(ds.columns.get("sat1")!.values as Float64Array)]).toEqual([...(source.columns.get("sat1")!.values as Float64Array)]);
    const coded = await readDataFile(parseArgs(["--missing-codes", "5"]), "test/fixtures/loyalty_survey.sav");
    const v = coded.columns.get("sat1")!.values as Float64Array;
    expect(v.some((x) => x === 5)).toBe(false);
    expect(v.filter((x) => Number.isNaN(x)).length).toBe((source.columns.get("sat1")!.values as Float64Array).filter((x) => x === 5 || Number.isNaN(x)).length);
  });
});

describe("readDataFile --labels: a wjx export with answer texts", () => {
  it("maps 非常不同意 … 非常同意 to 1 … 5 in an .xlsx and alpha equals the numeric file's", async () => {
    const zh5 = ["非常不同意", "不同意", "一般", "同意", "非常同意"];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("答卷");
    ws.addRow(["性别", ...zh]);
    for (let i = 0; i < source.n; i++) {
      ws.addRow([i % 2 ? "男" : "女", ...items.map((it) => { const v = (source.columns.get(it)!.values as Float64Array)[i]!; return Number.isNaN(v) ? null : zh5[v - 1]; })]);
    }
    const file = join(dir, "texts.xlsx");
    await wb.xlsx.writeFile(file);
    await expect(run([file, "--items", zh.join(",")])).rejects.toThrow("--labels");
    const fromTexts = JSON.parse(await run([file, "--labels", "zh5", "--items", zh.join(","), "--json"]));
    const fromCsv = JSON.parse(await run(["data/loyalty_survey.csv", "--items", items.join(","), "--json"]));
    expect(fromTexts.alpha).toEqual(fromCsv.alpha);
    const pairs = await readDataFile(parseArgs(["--labels", zh5.map((t, k) => `${t}=${k + 1}`).join(",")]), file);
    expect(pairs.columns.get("满意度1")!.kind).toBe("numeric");
    expect(pairs.columns.get("性别")!.kind).toBe("text");
  });
});
