import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { thesisCommand } from "../../src/cli/thesis.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import type { Dataset } from "../../src/data/types.ts";

// References: test/fixtures/loyalty_alpha.json (psych 2.2.9 alpha, tru4/swc3 reversed) and
// test/fixtures/thesis_loyalty.json (lavaan 0.6-14 sem(..., estimator = "MLR", missing = "ml"), made by thesis_loyalty.R).
const alphaRef = JSON.parse(readFileSync("test/fixtures/loyalty_alpha.json", "utf8")) as { scales: Record<string, { total: { raw_alpha: number }[] }> };
const ref = JSON.parse(readFileSync("test/fixtures/thesis_loyalty.json", "utf8")) as {
  sem_mlr: { rows: { lhs: string; op: string; rhs: string; est: number; se: number; z: number; pvalue: number; "std.all": number }[]; fit: Record<string, number> };
};

const dir = mkdtempSync(join(tmpdir(), "semkit-thesis-"));
let printed = "";
let code = -1;
const table = (name: string): Dataset => {
  const file = readdirSync(join(dir, "tables")).find((f) => f.endsWith(`_${name}.csv`))!;
  return parseCsv(readFileSync(join(dir, "tables", file), "utf8"));
};
const column = (ds: Dataset, name: string): (number | string | null)[] => {
  const c = ds.columns.get(name)!;
  return c.kind === "numeric" ? [...c.values] : [...c.values];
};

describe("semkit thesis (npm start)", () => {
  beforeAll(async () => {
    code = await thesisCommand.run(parseArgs(["--out", dir, "--draws", "100"]), (t) => { printed += t; });
  }, 600_000);

  it("writes report.md, a self-contained report.html, figures and tables, and prints where the report is", () => {
    expect(code).toBe(0);
    expect(printed).toContain(`report written to ${join(dir, "report.html")}`);
    expect(printed).toMatch(/done in \d+\.\d s/);
    for (const f of ["report.md", "report.html"]) expect(existsSync(join(dir, f)), f).toBe(true);
    const figs = readdirSync(join(dir, "figures"));
    for (const id of ["likert", "alpha", "scree", "efa", "cfa", "fit", "path", "coef", "boot", "slopes", "invariance"]) {
      expect(figs, id).toContain(`${id}.svg`);
      expect(figs, id).toContain(`${id}.png`);
    }
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=/); // every script inline: no CDN, no network
    expect(html).toContain("vegaEmbed");
    expect(html.match(/class="chart" data-spec=/g)!.length).toBe(figs.filter((f) => f.endsWith(".svg")).length);
  });

  it("the reliability table holds psych's alpha of every scale", () => {
    const t = table("reliability");
    const alphas = column(t, "Cronbach's α") as number[];
    Object.values(alphaRef.scales).forEach((s, i) => expect(alphas[i]).toBeCloseTo(s.total[0]!.raw_alpha, 6));
  });

  it("the structural-path and indirect-effect tables hold lavaan's MLR/FIML estimates, SEs and std.all", () => {
    const t = table("structural_paths");
    const paths = column(t, "Path") as string[];
    const regs = ref.sem_mlr.rows.filter((r) => r.op === "~");
    expect(paths).toEqual(regs.map((r) => `${r.rhs} → ${r.lhs}`));
    regs.forEach((r, i) => {
      expect((column(t, "B") as number[])[i]).toBeCloseTo(r.est, 4);
      expect((column(t, "SE") as number[])[i]).toBeCloseTo(r.se, 4);
      expect((column(t, "Path coefficient β") as number[])[i]).toBeCloseTo(r["std.all"], 4);
    });
    const ind = table("indirect_effects");
    const defs = ref.sem_mlr.rows.filter((r) => r.op === ":=");
    defs.forEach((r, i) => {
      expect((column(ind, "B") as number[])[i], r.lhs).toBeCloseTo(r.est, 4);
      expect((column(ind, "SE") as number[])[i], r.lhs).toBeCloseTo(r.se, 4);
      expect((column(ind, "β") as number[])[i], r.lhs).toBeCloseTo(r["std.all"], 4);
    });
  });

  it("the fit table holds lavaan's scaled chi-square and robust indices of the structural model", () => {
    const t = table("fit_indices");
    const s = column(t, "Structural model") as (number | string)[];
    const idx = column(t, "Index") as string[];
    const at = (name: string): number => Number(s[idx.indexOf(name)]);
    expect(at("χ²")).toBeCloseTo(ref.sem_mlr.fit["chisq.scaled"]!, 3);
    expect(at("df")).toBe(ref.sem_mlr.fit.df);
    expect(at("CFI")).toBeCloseTo(ref.sem_mlr.fit["cfi.robust"]!, 4);
    expect(at("TLI")).toBeCloseTo(ref.sem_mlr.fit["tli.robust"]!, 4);
    expect(at("RMSEA")).toBeCloseTo(ref.sem_mlr.fit["rmsea.robust"]!, 4);
    expect(at("SRMR")).toBeCloseTo(ref.sem_mlr.fit.srmr!, 4);
  });
});
