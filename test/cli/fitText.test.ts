import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fitCommand } from "../../src/cli/fit.ts";
import { parseArgs } from "../../src/cli/args.ts";

// Reference: test/fixtures/fit_text_output.json and loyalty_core_ml_summary_std.txt (test/fixtures/fit_text_output.R),
// lavaan 0.6-14 on the loyalty core model, tru4 and swc3 recoded as 6 − x, ML with listwise deletion.
const ref = JSON.parse(readFileSync("test/fixtures/fit_text_output.json", "utf8"));
const lavaanSummary = readFileSync("test/fixtures/loyalty_core_ml_summary_std.txt", "utf8").split("\n");
const dir = mkdtempSync(join(tmpdir(), "semkit-fit-text-"));
const model = join(dir, "core.lav");
writeFileSync(model, ref.model);
const base = ["data/loyalty_survey.csv", "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5"];

async function run(extra: string[]): Promise<string> {
  let text = "";
  expect(await fitCommand.run(parseArgs([...base, ...extra]), (t) => { text += t + "\n"; })).toBe(0);
  return text;
}
/** The lines of one block ("Regressions:" …) up to the next blank line. */
function block(lines: readonly string[], title: string): string[] {
  const at = lines.indexOf(title);
  expect(at, title).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > at && l.trim() === "");
  return lines.slice(at + 1, end < 0 ? undefined : end);
}
const tokens = (l: string): string[] => l.trim().split(/\s+/).filter((t) => t !== "");

describe("semkit fit text output", () => {
  it("prints every AMOS index (CMIN/DF, GFI, AGFI, PGFI, NFI, IFI, PNFI) with lavaan's values", async () => {
    const text = await run([]);
    // lavaan: fitMeasures(sem(core, loy), c("gfi", "agfi", "pgfi", "nfi", "ifi", "pnfi", ...))
    const want: [string, number][] = [
      ["(CMIN/DF)", ref.fit.chisq / ref.fit.df], ["(GFI)", ref.fit.gfi], ["(AGFI)", ref.fit.agfi], ["(PGFI)", ref.fit.pgfi],
      ["(NFI)", ref.fit.nfi], ["(IFI)", ref.fit.ifi], ["(PNFI)", ref.fit.pnfi], ["(CFI)", ref.fit.cfi], ["(TLI)", ref.fit.tli],
    ];
    const lines = text.split("\n");
    for (const [key, v] of want) {
      const line = lines.find((l) => l.includes(key));
      expect(line, key).toBeDefined();
      expect(tokens(line!).at(-1)).toBe(v.toFixed(3));
    }
    expect(text).not.toContain("include the means");
    for (const k of ["RMSEA   ", "90 Percent confidence interval - lower", "SRMR"]) expect(text).toContain(k);
  });

  it("with a mean structure, GFI/AGFI/PGFI are lavaan's (means counted) and labelled so", async () => {
    const text = await run(["--meanstructure"]);
    // lavaan: fitMeasures(sem(core, loy, meanstructure = TRUE), c("gfi", "agfi", "pgfi"))
    for (const [key, v] of [["(GFI)", ref.fit_meanstructure.gfi], ["(AGFI)", ref.fit_meanstructure.agfi], ["(PGFI)", ref.fit_meanstructure.pgfi]] as const) {
      expect(tokens(text.split("\n").find((l) => l.includes(key))!).at(-1)).toBe(v.toFixed(3));
    }
    expect(text).toContain("GFI, AGFI and PGFI include the means");
  });

  it("parameter blocks carry lavaan's printed values: fixed loadings with blank SE columns, R-Square under Estimate only", async () => {
    const lines = (await run([])).split("\n").map((l) => l.trimEnd());
    // lavaan: summary(sem(core, loy), standardized = TRUE, rsquare = TRUE)
    for (const title of ["Latent Variables:", "Regressions:", "Defined Parameters:", "R-Square:"]) {
      const mine = block(lines, title), theirs = block(lavaanSummary, title);
      expect(tokens(mine[0]!), title).toEqual(tokens(theirs[0]!));
      const rows = (b: string[]) => b.slice(1).map(tokens).filter((t) => t.length > 2 || title === "R-Square:");
      expect(rows(mine), title).toEqual(rows(theirs));
    }
    expect(tokens(block(lines, "Latent Variables:").find((l) => l.trim().startsWith("sat1"))!)).toEqual(["sat1", "1.000", "0.820", "0.802"]);
  });

  it("--mi --min 10 prints lavaan's modindices(sort. = TRUE, minimum.value = 10)", async () => {
    const text = await run(["--mi", "--min", "10"]);
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Modification Indices"));
    expect(at).toBeGreaterThan(0);
    // lavaan: print(modindices(fit, sort. = TRUE, minimum.value = 10)) — header and rows, without R's row names
    const lavaanRows = (ref.modindices_print as string[]).slice(1).map((l) => tokens(l).slice(1));
    expect(tokens(lines[at + 2]!)).toEqual(tokens(ref.modindices_print[0]));
    expect(lines.slice(at + 4, at + 4 + lavaanRows.length).map(tokens)).toEqual(lavaanRows);
    const json = JSON.parse(await run(["--mi", "--min", "10", "--json"]));
    expect(json.modindices.length).toBe(ref.modindices.length);
    json.modindices.forEach((r: Record<string, number | string>, i: number) => {
      const w = ref.modindices[i];
      expect([r["lhs"], r["op"], r["rhs"]]).toEqual([w.lhs, w.op, w.rhs]);
      for (const k of ["mi", "epc", "sepc.lv", "sepc.all", "sepc.nox"]) expect(Math.abs((r[k] as number) - w[k]), k).toBeLessThan(1e-3 * Math.max(1, Math.abs(w[k])));
    });
  });
});
