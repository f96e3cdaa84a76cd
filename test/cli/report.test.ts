import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportCommand } from "../../src/cli/report.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { Dataset } from "../../src/data/types.ts";
import { loadReference } from "../helpers/reference.ts";

// Reference: test/fixtures/loyalty_core_mlr.json — lavaan 0.6-14 sem(core model, estimator = "MLR", missing = "ml"),
// tru4 and swc3 recoded as 6 − x; its := rows `indirect` (a*b) and `total` (c + a*b).
const core = loadReference("loyalty_core_mlr");
const dir = mkdtempSync(join(tmpdir(), "semkit-report-"));
const modelFile = join(dir, "core.lav");
// the user's model with its own labels and := lines; semkit adds labels and effect definitions of its own
writeFileSync(modelFile, core.model);
let printed = "";
let code = -1;
const table = (name: string): Dataset => parseCsv(readFileSync(join(dir, "out", "tables", readdirSync(join(dir, "out", "tables")).find((f) => f.endsWith(`_${name}.csv`))!), "utf8"));
const col = (ds: Dataset, name: string): (number | string | null)[] => { const c = ds.columns.get(name); expect(c, name).toBeDefined(); return [...c!.values]; };

describe("semkit report --lang zh-CN on a user's model", () => {
  beforeAll(async () => {
    code = await reportCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", modelFile, "--reverse", "tru4,swc3", "--scale", "1:5", "--group", "platform",
      "--demographics", "gender,platform", "--lang", "zh-CN", "--draws", "50", "--out", join(dir, "out")]), (t) => { printed += t; });
  }, 600_000);

  it("writes the Chinese report and says where it is", () => {
    expect(code).toBe(0);
    expect(printed).toContain(`semkit：报告已写入 ${join(dir, "out", "report.html")}`); // the console summary speaks the report's language
    const md = readFileSync(join(dir, "out", "report.md"), "utf8");
    for (const s of ["样本概况", "信度分析", "验证性因子分析", "结构模型路径系数", "中介效应检验", "测量不变性检验", "假设检验结果", "**表 1**"]) expect(md, s).toContain(s);
    expect(readFileSync(join(dir, "out", "report.html"), "utf8")).toContain('<html lang="zh-CN">');
  });

  it("writes the tables with Chinese labels (组合信度 CR, 平均方差萃取量 AVE, 路径系数, 假设成立)", () => {
    const cfa = table("cfa_loadings");
    expect(cfa.names).toEqual(["题项", "非标准化系数 B", "标准误 SE", "z 值", "p 值", "标准化因子载荷", "组合信度 CR", "平均方差萃取量 AVE"]);
    expect(table("structural_paths").names).toContain("路径系数 β");
    const h = table("hypotheses");
    expect(col(h, "假设")).toEqual(["H1", "H2", "H3", "H4"]); // one per regression path of the model
    expect(col(h, "假设是否成立").every((v) => v === "假设成立" || v === "假设不成立")).toBe(true);
  });

  it("the indirect and total effect of SAT on LOY equal lavaan's := rows of the same model (MLR, FIML)", () => {
    const t = table("indirect_effects");
    const paths = col(t, "路径") as string[];
    const B = col(t, "非标准化系数 B") as number[], SE = col(t, "标准误 SE") as number[];
    const ind = core.parameters.find((p) => p.op === ":=" && p.lhs === "indirect") as Record<string, number>;
    const tot = core.parameters.find((p) => p.op === ":=" && p.lhs === "total") as Record<string, number>;
    const i = paths.indexOf("SAT → TRU → LOY"), j = paths.indexOf("SAT → LOY");
    expect(Math.abs(B[i]! - ind.est!)).toBeLessThan(1e-5);
    expect(Math.abs(SE[i]! - ind.se!)).toBeLessThan(1e-5);
    expect(Math.abs(B[j]! - tot.est!)).toBeLessThan(1e-5);
    expect(Math.abs(SE[j]! - tot.se!)).toBeLessThan(1e-5);
  });

  it("refuses a run without a model or config, and a bad language", async () => {
    await expect(reportCommand.run(parseArgs(["data/loyalty_survey.csv"]), () => {})).rejects.toThrow(message.cliMissingArgument("report", "--model (or --config)"));
    await expect(reportCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", modelFile, "--lang", "fr", "--out", join(dir, "x")]), () => {})).rejects.toThrow(OptionError);
  });
});
