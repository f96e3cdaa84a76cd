import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { thesisAnalysis } from "../../src/thesis/thesisAnalysis.ts";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { thesisDocument } from "../../src/report/thesisDocument.ts";
import type { ThesisDocument } from "../../src/report/thesisDocument.ts";
import { tableToCsv } from "../../src/report/renderCsvTable.ts";
import { tableToMarkdown } from "../../src/report/renderMarkdownTable.ts";
import { tableToLatex } from "../../src/report/renderLatexTable.ts";
import { documentToMarkdown } from "../../src/report/reportDocument.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import type { Dataset } from "../../src/data/types.ts";
import type { ThesisResult } from "../../src/thesis/result.ts";
import { loadReference } from "../helpers/reference.ts";

// The report's tables are checked cell by cell (through their CSV, full precision) against lavaan/semTools/psych
// reference files for the same model and options — ML with listwise deletion here, as the fixtures were made:
//   loyalty_full_ml.json                sem(structural model) [listwise], lavaan 0.6-14
//   loyalty_construct_reliability.json  cfa(measurement) [listwise]; semTools 0.5-6 compRelSEM, AVE, htmt
//   loyalty_alpha.json                  psych 2.2.9 alpha
//   thesis_loyalty.json                 invariance_ml: cfa(group = "platform", group.equal = …), lavTestLRT
const full = loadReference("loyalty_full_ml");
const cr = JSON.parse(readFileSync("test/fixtures/loyalty_construct_reliability.json", "utf8")) as {
  composite_reliability: Record<string, number>; ave: Record<string, number>; htmt: number[][]; latent_correlations: number[][]; standardized_loadings: { lhs: string; rhs: string; "est.std": number }[];
};
const inv = (JSON.parse(readFileSync("test/fixtures/thesis_loyalty.json", "utf8")) as { invariance_ml: { steps: Record<string, Record<string, number>>; lrt: { step: string; chisq_diff: number; p: number }[] } }).invariance_ml;
const config = parseThesisConfig({ ...JSON.parse(readFileSync("data/loyalty_analysis.json", "utf8")), estimation: { estimator: "ML", missing: "listwise" }, bootstrap: { draws: 50 }, parallel: { iterations: 10 } });
const NAMES = ["SQ", "PV", "SAT", "TRU", "SWC", "ALT", "LOY"];

let res: ThesisResult;
let en: ThesisDocument, zh: ThesisDocument;
const csv = (doc: ThesisDocument, id: string): Dataset => parseCsv(tableToCsv(doc.tables.find((t) => t.id === id)!));
const col = (ds: Dataset, name: string): (number | string | null)[] => { const c = ds.columns.get(name); expect(c, name).toBeDefined(); return [...c!.values]; };
// a column with a "—" cell (e.g. the diagonal) is read as text: its other cells are numbers written in full precision
const num = (ds: Dataset, name: string): number[] => col(ds, name).map((v) => (typeof v === "number" ? v : v === null || v === "—" ? Number.NaN : Number(v)));
const close = (a: number, b: number, tol: number, what: string): void => { expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(tol); };

describe("thesis report tables (ML, listwise) against lavaan, semTools and psych", () => {
  beforeAll(() => {
    res = thesisAnalysis(parseCsv(readFileSync("data/loyalty_survey.csv", "utf8")), config);
    en = thesisDocument(res, { lang: "en" });
    zh = thesisDocument(res, { lang: "zh-CN" });
  }, 600_000);

  it("structural paths: B, SE, z, p and β equal parameterEstimates() of the fit and lavaan's loyalty_full_ml", () => {
    if (!res.structural.available) throw new Error(res.structural.reason);
    const t = csv(en, "structural_paths");
    const pe = res.structural.fit.parameterEstimates().filter((r) => r.op === "~");
    const paths = col(t, "Path");
    pe.forEach((r, i) => {
      expect(paths[i]).toBe(`${r.rhs} → ${r.lhs}`);
      expect(num(t, "B")[i]).toBe(r.est); // the same numbers, not recomputed
      expect(num(t, "SE")[i]).toBe(r.se);
      expect(num(t, "z")[i]).toBe(r.z);
      expect(num(t, "p")[i]).toBe(r.pvalue);
      expect(num(t, "Path coefficient β")[i]).toBe(r["std.all"]);
      const l = full.parameters.find((x) => x.op === "~" && x.lhs === r.lhs && x.rhs === r.rhs) as Record<string, number>;
      close(num(t, "B")[i]!, l.est!, 5e-6, `${r.rhs}→${r.lhs} est`); // optimizer tolerance (~1e-6)
      close(num(t, "SE")[i]!, l.se!, 5e-6, `${r.rhs}→${r.lhs} se`);
      close(num(t, "Path coefficient β")[i]!, l["std.all"]!, 5e-6, `${r.rhs}→${r.lhs} std.all`);
      close(num(t, "p")[i]!, l.pvalue!, 1e-5, `${r.rhs}→${r.lhs} p`);
    });
    expect(col(t, "Hypothesis")).toEqual(["H1", "H2", "H3", "H4", "H5", "H6", "H7"]);
  });

  it("fit indices: the structural column equals lavaan's fitMeasures() of loyalty_full_ml", () => {
    const t = csv(en, "fit_indices");
    const idx = col(t, "Index") as string[];
    const s = col(t, "Structural model");
    const at = (k: string): number => Number(s[idx.indexOf(k)]);
    const f = full.fit as Record<string, number>;
    close(at("χ²"), f.chisq!, 1e-5, "chisq");
    expect(at("df")).toBe(f.df);
    close(at("p"), f.pvalue!, 1e-6, "p");
    close(at("χ²/df"), f.chisq! / f.df!, 1e-7, "chisq/df");
    for (const k of ["CFI", "TLI", "RMSEA", "SRMR", "GFI", "AGFI"]) close(at(k), f[k.toLowerCase()]!, 1e-6, k);
    expect(s[idx.indexOf("RMSEA 90% CI")]).toBe(`[${f["rmsea.ci.lower"]!.toFixed(3).replace(/^0/, "")}, ${f["rmsea.ci.upper"]!.toFixed(3).replace(/^0/, "")}]`);
  });

  it("CFA loadings: standardized loadings, CR and AVE equal semTools on the listwise CFA", () => {
    const t = csv(en, "cfa_loadings");
    const items = col(t, "Item"), std = num(t, "Std. loading"), crCol = num(t, "CR"), aveCol = num(t, "AVE");
    for (const l of cr.standardized_loadings) close(std[items.indexOf(l.rhs)]!, l["est.std"], 1e-5, `${l.rhs} std`);
    for (const c of NAMES) {
      const first = items.indexOf(config.constructs.find((k) => k.name === c)!.items[0]!);
      close(crCol[first]!, cr.composite_reliability[c]!, 1e-5, `CR ${c}`);
      close(aveCol[first]!, cr.ave[c]!, 1e-5, `AVE ${c}`);
    }
  });

  it("Fornell–Larcker and HTMT tables equal semTools' latent correlations, √AVE and htmt()", () => {
    const fl = csv(en, "fornell_larcker"), ht = csv(en, "htmt");
    NAMES.forEach((a, i) => NAMES.forEach((b, j) => {
      if (j > i) return;
      if (i === j) close(num(fl, a)[i]!, Math.sqrt(cr.ave[a]!), 1e-5, `sqrt AVE ${a}`);
      else {
        close(num(fl, b)[i]!, cr.latent_correlations[i]![j]!, 1e-5, `r ${a},${b}`);
        close(num(ht, b)[i]!, cr.htmt[i]![j]!, 1e-6, `HTMT ${a},${b}`);
      }
    }));
  });

  it("reliability and invariance tables equal psych's alpha and lavaan's ML invariance ladder", () => {
    const alphaRef = JSON.parse(readFileSync("test/fixtures/loyalty_alpha.json", "utf8")) as { scales: Record<string, { total: { raw_alpha: number }[] }> };
    num(csv(en, "reliability"), "Cronbach's α").forEach((a, i) => close(a, alphaRef.scales[NAMES[i]!]!.total[0]!.raw_alpha, 1e-6, `alpha ${NAMES[i]}`));
    const t = csv(en, "invariance");
    ["configural", "metric", "scalar", "strict"].forEach((step, i) => {
      const f = inv.steps[step]!;
      close(num(t, "χ²")[i]!, f.chisq!, 1e-5, `${step} chisq`);
      close(num(t, "CFI")[i]!, f.cfi!, 1e-6, `${step} cfi`);
      close(num(t, "RMSEA")[i]!, f.rmsea!, 1e-6, `${step} rmsea`);
      close(num(t, "SRMR")[i]!, f.srmr!, 1e-6, `${step} srmr`);
      const l = inv.lrt.find((x) => x.step === step);
      if (l !== undefined) close(num(t, "Δχ²")[i]!, l.chisq_diff, 1e-5, `${step} Δχ²`);
    });
  });

  it("indirect effects: the table rows are the fit's := rows", () => {
    if (!res.structural.available) throw new Error(res.structural.reason);
    const t = csv(en, "indirect_effects");
    const defs = res.structural.fit.parameterEstimates().filter((r) => r.op === ":=");
    expect(num(t, "B")).toEqual(defs.map((d) => d.est));
    expect(num(t, "SE")).toEqual(defs.map((d) => d.se));
    expect(num(t, "β")).toEqual(defs.map((d) => d["std.all"]));
  });

  it("zh-CN: the same numbers under Chinese labels (组合信度 CR, 平均方差萃取量 AVE, 路径系数, 假设成立)", () => {
    const heads = (doc: ThesisDocument, id: string): string[] => doc.tables.find((t) => t.id === id)!.columns.map((c) => c.label);
    expect(heads(zh, "cfa_loadings")).toEqual(expect.arrayContaining(["组合信度 CR", "平均方差萃取量 AVE", "标准化因子载荷"]));
    expect(heads(zh, "structural_paths")).toContain("路径系数 β");
    expect(heads(zh, "hypotheses")).toContain("假设是否成立");
    const hyp = csv(zh, "hypotheses");
    expect(col(hyp, "假设是否成立").every((v) => v === "假设成立" || v === "假设不成立")).toBe(true);
    expect(num(csv(zh, "structural_paths"), "路径系数 β")).toEqual(num(csv(en, "structural_paths"), "Path coefficient β"));
    const md = documentToMarkdown(zh, (f) => `figures/${f.id}.svg`);
    expect(md).toContain("**表 1**");
    expect(md).toContain("*注：*");
    expect(md).toContain("验证性因子分析");
    const tex = tableToLatex(zh.tables.find((t) => t.id === "cfa_loadings")!, "zh-CN");
    expect(tex).toContain("组合信度 CR");
    expect(tableToMarkdown(zh.tables[0]!, "zh-CN")).toContain("样本概况");
    expect(en.tables.map((t) => t.id)).toEqual(zh.tables.map((t) => t.id));
  });
});
