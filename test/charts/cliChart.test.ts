import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chartCommand, constructsOf } from "../../src/cli/chart.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { svgTexts } from "./checkSpec.ts";
import { loyaltyFull } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "semkit-chart-"));
const model = join(dir, "full.lav");
writeFileSync(model, loyaltyFull.model);
const data = new URL("../../data/loyalty_survey.csv", import.meta.url).pathname;
const run = (argv: string[]) => chartCommand.run(parseArgs(argv), () => {});

describe("semkit chart", () => {
  it("writes the loyalty path diagram as SVG with lavaan's standardized coefficients", async () => {
    const out = join(dir, "path.svg");
    expect(await run(["path", data, "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5", "--out", out])).toBe(0);
    const texts = svgTexts(readFileSync(out, "utf8"));
    // lavaan 0.6-14 (loyalty_full_ml.json): SAT ~ SQ std.all .516, TRU ~ SAT .505, LOY R² .279
    expect(texts).toEqual(expect.arrayContaining([".52***", ".50***", "R² = .28"]));
  });

  it("writes the fit chart as a Vega-Lite spec and a PNG", async () => {
    const vl = join(dir, "fit.vl.json"), png = join(dir, "fit.png");
    await run(["fit", data, "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5", "--out", vl]);
    const spec = JSON.parse(readFileSync(vl, "utf8"));
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    // lavaan: CFI 0.98852 → "0.989  meets cutoff"
    expect(spec.data.values.some((v: { text?: string }) => v.text === "0.989  meets cutoff")).toBe(true);
    await run(["fit", data, "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5", "--out", png, "--png-scale", "1"]);
    expect([...readFileSync(png).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it("draws alpha-if-dropped per construct of the model (psych: SQ α .820)", async () => {
    const out = join(dir, "alpha.svg");
    await run(["alpha", data, "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5", "--out", out]);
    expect(svgTexts(readFileSync(out, "utf8"))).toContain("SQ (α = .820)");
  });

  it("reads the constructs of lavaan syntax", () => {
    expect(constructsOf("F1 =~ a + 0.5*b + c # note\nF2 =~ d+e\nF2 ~ F1").map((g) => `${g.construct}:${g.items.join(",")}`)).toEqual(["F1:a,b,c", "F2:d,e"]);
  });

  it("rejects an unknown kind and a bad --out", async () => {
    await expect(run(["pie", data, "--out", "x.svg"])).rejects.toThrow(new OptionError(message.chartUnknownKind("pie", ["path", "coefficients", "fit", "loadings", "scree", "residuals", "likert", "alpha", "bootstrap", "slopes", "invariance"])));
    await expect(run(["fit", data, "--out", "x.pdf"])).rejects.toThrow(new OptionError(message.chartBadOut("x.pdf")));
    await expect(run(["fit", data, "--out", "x.svg"])).rejects.toThrow(new OptionError(message.cliMissingArgument("chart fit", "--model")));
  });
});
