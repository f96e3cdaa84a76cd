import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { totalVarianceExplained } from "../../src/efa/totalVarianceExplained.ts";
import { readData } from "../helpers/reference.ts";

// Reference: test/fixtures/total_variance_explained.json (test/fixtures/total_variance_explained.R), psych 2.2.9 on the
// 15 loyalty items (tru4, swc3 recoded as 6 − x), complete cases, 4 factors.
const ref = JSON.parse(readFileSync("test/fixtures/total_variance_explained.json", "utf8"));
const data = readData("loyalty_survey.csv");
const base = { items: ref.items as string[], reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, nfactors: 4 };
const close = (got: number, want: number, tol: number, what: string): void => {
  expect(Math.abs(got - want), `${what}: semkit ${got}, psych ${want}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
};

describe("totalVarianceExplained: SPSS's Total Variance Explained table", () => {
  it("initial eigenvalues with % and cumulative %, extraction and varimax rotation sums (pa) as psych", () => {
    const t = totalVarianceExplained(data, { ...base, fm: "pa", rotate: "varimax" });
    // psych: fa(X, 4)$e.values
    expect(t.initial.length).toBe(15);
    t.initial.forEach((c, k) => close(c.total, ref.initial[k], 1e-8, `eigenvalue ${k + 1}`));
    close(t.initial[0]!.percent, (100 * ref.initial[0]) / 15, 1e-8, "% of variance");
    close(t.initial[14]!.cumulative, 100, 1e-8, "cumulative %");
    // psych: fa(X, 4, fm = "pa", rotate = "none" / "varimax")$Vaccounted["SS loadings", ]
    t.extraction.forEach((c, k) => close(c.total, ref.pa_varimax.extraction[k], 1e-4, `pa extraction ${k + 1}`));
    t.rotation.forEach((c, k) => close(c.total, ref.pa_varimax.rotation[k], 1e-4, `pa rotation ${k + 1}`));
    close(t.rotation[3]!.cumulative, t.extraction[3]!.cumulative, 1e-8, "an orthogonal rotation keeps the total");
    expect(t.oblique).toBe(false);
  });

  it("PCA: the extraction sums are the first eigenvalues; minres extraction as psych; oblique rotations give totals only", () => {
    const pca = totalVarianceExplained(data, { ...base, fm: "pca", rotate: "varimax" });
    // psych: principal(X, 4, rotate = "none" / "varimax")$Vaccounted
    pca.extraction.forEach((c, k) => close(c.total, ref.pca_varimax.extraction[k], 1e-6, `pca extraction ${k + 1}`));
    pca.rotation.forEach((c, k) => close(c.total, ref.pca_varimax.rotation[k], 1e-6, `pca rotation ${k + 1}`));
    const ob = totalVarianceExplained(data, { ...base, fm: "minres", rotate: "oblimin" });
    // psych: fa(X, 4, fm = "minres", rotate = "none")$Vaccounted
    ob.extraction.forEach((c, k) => close(c.total, ref.minres.extraction[k], 1e-4, `minres extraction ${k + 1}`));
    expect(ob.oblique).toBe(true);
    expect(ob.rotation.every((c) => Number.isNaN(c.percent) && Number.isFinite(c.total))).toBe(true);
  });
});

describe("semkit efa: the total-variance table, and no χ²/RMSEA/TLI for PCA", () => {
  const run = async (argv: string[]): Promise<string> => {
    const { efaCommand } = await import("../../src/cli/efa.ts");
    const { parseArgs } = await import("../../src/cli/args.ts");
    let text = "";
    expect(await efaCommand.run(parseArgs(["data/loyalty_survey.csv", "--items", (ref.items as string[]).join(","), "--reverse", "tru4,swc3", "--scale", "1:5", "--nfactors", "4", ...argv]), (t) => { text += t; })).toBe(0);
    return text;
  };
  it("--fm pca --rotate varimax: psych principal()'s sums, and the factor-model fit lines left out", async () => {
    const text = await run(["--fm", "pca", "--rotate", "varimax"]);
    const row1 = text.split("\n").find((l) => /^1\s/.test(l.trim()) && l.includes(ref.initial[0].toFixed(3)))!;
    // psych: fa(X, 4)$e.values[1]; principal(X, 4, rotate = "varimax")$Vaccounted["SS loadings", 1]
    expect(row1.trim().split(/\s+/)).toEqual(["1", ref.initial[0].toFixed(3), ((100 * ref.initial[0]) / 15).toFixed(2), ((100 * ref.initial[0]) / 15).toFixed(2),
      ref.pca_varimax.extraction[0].toFixed(3), ((100 * ref.pca_varimax.extraction[0]) / 15).toFixed(2), ((100 * ref.pca_varimax.extraction[0]) / 15).toFixed(2),
      ref.pca_varimax.rotation[0].toFixed(3), ((100 * ref.pca_varimax.rotation[0]) / 15).toFixed(2), ((100 * ref.pca_varimax.rotation[0]) / 15).toFixed(2)]);
    expect(text).not.toMatch(/Degrees of freedom|RMSEA|Tucker-Lewis/);
    expect(text).toContain("RMSR =");
    const j = JSON.parse(await run(["--fm", "pca", "--rotate", "varimax", "--json"]));
    expect(j.total_variance_explained.initial.length).toBe(15);
  });
  it("--fm pa keeps the fit lines", async () => {
    expect(await run(["--fm", "pa", "--rotate", "varimax"])).toMatch(/Degrees of freedom.*chi square =.*\n.*RMSEA/);
  });
});
