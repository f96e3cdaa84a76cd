import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alphaCommand } from "../../src/cli/alpha.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { message } from "../../src/messages.ts";
import { OptionError } from "../../src/errors.ts";
import { alpha } from "../../src/reliability/alpha.ts";
import { toDataset } from "../../src/data/toDataset.ts";

// Reference: test/fixtures/loyalty_alpha.json — psych 2.2.9 alpha(items, check.keys = FALSE), pairwise deletion;
// tru4 and swc3 reverse-coded as 6 − x.
const fixture = JSON.parse(readFileSync(new URL("../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));
const csv = fileURLToPath(new URL("../../data/loyalty_survey.csv", import.meta.url));
const TOL = 1e-6;

/** psych's column names and the names of semkit's alpha() result, which `--json` prints. */
const NAMES: Record<string, string> = {
  raw_alpha: "rawAlpha", "std.alpha": "stdAlpha", "G6(smc)": "g6Smc", average_r: "averageR", "S/N": "signalNoise", ase: "ase",
  mean: "mean", sd: "sd", median_r: "medianR", "alpha se": "alphaSe", "var.r": "varR", "med.r": "medR",
  n: "n", "raw.r": "rawR", "std.r": "stdR", "r.cor": "rCor", "r.drop": "rDrop",
};
const key = (psychName: string): string => NAMES[psychName] ?? `(no name for ${psychName})`;

async function run(argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await alphaCommand.run(parseArgs(argv), (t) => { text += t; });
  return { code, text };
}

function expectClose(got: unknown, want: number | null, what: string): void {
  if (want === null) { expect(got, what).toBeNull(); return; }
  expect(typeof got, what).toBe("number");
  expect(Math.abs((got as number) - want), `${what}: got ${got}, psych ${want}`).toBeLessThan(TOL);
}

describe("semkit alpha --json", () => {
  it("TRU with --reverse tru4 --scale 1:5 prints psych's numbers under the names of alpha()", async () => {
    const { code, text } = await run([csv, "--items", "tru1,tru2,tru3,tru4", "--reverse", "tru4", "--scale", "1:5", "--json"]);
    expect(code).toBe(0);
    const j = JSON.parse(text);
    const ref = fixture.scales.TRU;
    // psych: alpha(TRU)$total
    for (const [name, v] of Object.entries<number | string>(ref.total[0])) {
      if (name === "_row") continue;
      expectClose(j.total[key(name)], v as number, `total ${name}`);
    }
    expect(Object.keys(j.total).sort()).toEqual(["ase", "averageR", "g6Smc", "mean", "medianR", "rawAlpha", "sd", "signalNoise", "stdAlpha"]);
    expect(Object.keys(j).sort()).toEqual(["alphaDrop", "feldt", "itemStats", "items", "nObs", "negativeItems", "reversed", "total", "warnings"]);
    // psych: alpha(TRU)$feldt
    expectClose(j.feldt.lower, ref.feldt.lower, "feldt lower");
    expectClose(j.feldt.upper, ref.feldt.upper, "feldt upper");
    // psych: alpha(TRU)$alpha.drop and $item.stats
    ref.alpha_drop.forEach((d: Record<string, number | string | null>, i: number) => {
      expect(j.alphaDrop[i].item).toBe(d["item"]);
      for (const [name, v] of Object.entries(d)) if (name !== "item" && name !== "_row") expectClose(j.alphaDrop[i][key(name)], v as number | null, `drop ${d["item"]} ${name}`);
    });
    ref.item_stats.forEach((d: Record<string, number | string>, i: number) => {
      for (const [name, v] of Object.entries(d)) if (name !== "item" && name !== "_row") expectClose(j.itemStats[i][key(name)], v as number, `item ${d["item"]} ${name}`);
    });
    expect(j.warnings).toEqual([]);
  });

  it("--json prints exactly what alpha() returns for the same options", async () => {
    const { text } = await run([csv, "--items", "tru1,tru2,tru3,tru4", "--reverse", "tru4", "--scale", "1:5", "--json"]);
    const api = alpha(toDataset(readFileSync(csv, "utf8")), { items: ["tru1", "tru2", "tru3", "tru4"], reverse: ["tru4"], scale: { min: 1, max: 5 }, checkKeys: false });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(api)));
    expect(JSON.parse(text).total.rawAlpha).toBeCloseTo(fixture.scales.TRU.total[0].raw_alpha, 6); // psych: alpha(TRU)$total$raw_alpha
  });

  it("a pattern for --items and psych's NA as null for the 3-item SWC scale", async () => {
    const { text } = await run([csv, "--items", "swc*", "--reverse", "swc3", "--scale", "1:5", "--json"]);
    const j = JSON.parse(text);
    const ref = fixture.scales.SWC;
    expect(j.items).toEqual(ref.items);
    expectClose(j.total.rawAlpha, ref.total[0].raw_alpha, "SWC raw_alpha"); // psych alpha(SWC)$total$raw_alpha
    expect(j.alphaDrop[0].varR).toBeNull(); // psych: var.r is NA when one correlation is left
  });

  it("without recoding the trust scale warns about tru4", async () => {
    const { text } = await run([csv, "--items", "tru*", "--json"]);
    const j = JSON.parse(text);
    // psych: alpha(trust, check.keys = FALSE)$total$raw_alpha (tru4 as recorded)
    expectClose(j.total.rawAlpha, fixture.trust_without_recoding.total[0].raw_alpha, "unrecoded raw_alpha");
    expect(j.warnings).toEqual([message.alphaNegativeItems(["tru4"])]);
  });

  it("--missing-codes turns codes into missing values", async () => {
    // recode every observed 1 of sq1 as missing with the code "1": the count of sq1 drops accordingly
    const { text } = await run([csv, "--items", "sq*", "--missing-codes", "1", "--json"]);
    const j = JSON.parse(text);
    const ds = readFileSync(csv, "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[4]);
    const expected = ds.filter((v) => v !== "" && v !== "1").length;
    expect(j.itemStats[0].n).toBe(expected);
  });

  it("readable table output names the psych columns", async () => {
    const { code, text } = await run([csv, "--items", "sq*"]);
    expect(code).toBe(0);
    expect(text).toContain("raw_alpha");
    expect(text).toContain("Reliability if an item is dropped:");
    expect(text).toContain((fixture.scales.SQ.total[0].raw_alpha as number).toFixed(3)); // psych raw_alpha 0.820
  });

  it("bad --scale and missing file argument are option errors", async () => {
    await expect(run([csv, "--items", "sq*", "--reverse", "sq1", "--scale", "5:1"])).rejects.toThrow(message.cliBadScale("5:1"));
    await expect(run(["--items", "sq*"])).rejects.toThrow(OptionError);
  });
});
