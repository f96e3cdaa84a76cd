import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { efaCommand } from "../../src/cli/efa.ts";
import { parallelCommand } from "../../src/cli/parallel.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { message } from "../../src/messages.ts";
import { OptionError } from "../../src/errors.ts";
import loyalty from "../fixtures/loyalty_efa.json" with { type: "json" };
import hs from "../fixtures/hs1939_efa.json" with { type: "json" };
import { applyMatch, matchFactors, maxAbsDiff } from "../efa/helpers.ts";

const data = (f: string): string => fileURLToPath(new URL(`../../data/${f}`, import.meta.url));

async function run(cmd: typeof efaCommand, argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await cmd.run(parseArgs(argv), (t) => { text += t; });
  return { code, text };
}

describe("semkit efa --json", () => {
  it("loyalty ml/promax: psych's loadings, Φ, fit, KMO and Bartlett", async () => {
    // psych 2.2.9: fa(na.omit(items), nfactors = 7, fm = "ml", rotate = "promax"), tru4/swc3 as 6 − x (loyalty_efa.json)
    const ref = loyalty.solutions.find((s) => s.fm === "ml" && s.rotate === "promax")!;
    const { code, text } = await run(efaCommand, [data("loyalty_survey.csv"), "--items", "sq*,pv*,sat*,tru*,swc*,alt*,loy*",
      "--reverse", "tru4,swc3", "--nfactors", "7", "--fm", "ml", "--rotate", "promax", "--json"]);
    expect(code).toBe(0);
    const j = JSON.parse(text);
    expect(j.items).toEqual(loyalty.items);
    expect(j.nobs).toBe(321);
    const got = applyMatch(j.loadings, j.phi, matchFactors(j.loadings, ref.loadings));
    expect(maxAbsDiff(got.L, ref.loadings)).toBeLessThan(1e-3);
    expect(maxAbsDiff(got.phi!, ref.Phi!)).toBeLessThan(1e-3);
    expect(maxAbsDiff([j.communalities], [ref.communalities])).toBeLessThan(1e-3);
    expect(Math.abs(j.fit.chi - ref.chi_ml)).toBeLessThan(1e-3);
    expect(Math.abs(j.fit.tli - ref.TLI)).toBeLessThan(1e-5);
    expect(j.fit.rmsea).toBeCloseTo(ref.RMSEA, 6);
    expect(Math.abs(j.fit.rms - ref.rms)).toBeLessThan(1e-5);
    expect(j.fit.dof).toBe(ref.dof);
    // psych: KMO(items), cortest.bartlett(R, n)
    expect(Math.abs(j.kmo.overall - loyalty.kmo.overall)).toBeLessThan(1e-6);
    expect(Math.abs(j.kmo.items.swc2 - loyalty.kmo.items.swc2)).toBeLessThan(1e-6);
    expect(Math.abs(j.bartlett.chisq - loyalty.bartlett.chisq)).toBeLessThan(1e-6);
    expect(j.bartlett.df).toBe(300);
    expect(j.warnings).toEqual([]);
  });

  it("HS1939 default minres/oblimin with a text table", async () => {
    // psych 2.2.9: fa(HS[, x1..x9], nfactors = 3) — minres, oblimin (hs1939_efa.json solution 1)
    const { code, text } = await run(efaCommand, [data("HolzingerSwineford1939.csv"), "--items", "x*", "--nfactors", "3"]);
    expect(code).toBe(0);
    expect(text).toContain("fm = minres, rotate = oblimin, n = 301");
    expect(text).toContain("Factor correlations:");
    expect(text).toContain(`RMSR = ${hs.solutions[0]!.rms.toFixed(2)}`);
  });

  it("errors: no file, no --nfactors, unknown rotation", async () => {
    await expect(run(efaCommand, [])).rejects.toThrow(message.cliMissingArgument("efa", "the data file"));
    await expect(run(efaCommand, [data("HolzingerSwineford1939.csv")])).rejects.toThrow(message.cliMissingArgument("efa", "--nfactors"));
    await expect(run(efaCommand, [data("HolzingerSwineford1939.csv"), "--items", "x*", "--nfactors", "3", "--rotate", "bogus"]))
      .rejects.toThrow(OptionError);
  });
});

describe("semkit parallel --json", () => {
  it("suggests 7 factors for the loyalty items, reproducibly for a seed", async () => {
    const argv = [data("loyalty_survey.csv"), "--items", "sq*,pv*,sat*,tru*,swc*,alt*,loy*", "--reverse", "tru4,swc3",
      "--iterations", "40", "--seed", "7", "--json"];
    const a = JSON.parse((await run(parallelCommand, argv)).text);
    const b = JSON.parse((await run(parallelCommand, argv)).text);
    // loyalty_survey.csv comes from a 7-factor population model (shared/reference README)
    expect(a.nfactors).toBe(7);
    expect(a.nobs).toBe(321);
    expect(a.faRandom).toEqual(b.faRandom);
    expect(a.map.map).toHaveLength(8);
  });

  it("rejects a bad --type and --seed", async () => {
    await expect(run(parallelCommand, [data("HolzingerSwineford1939.csv"), "--items", "x*", "--type", "bootstrap"]))
      .rejects.toThrow(message.efaUnknownMethod("--type", "bootstrap", ["simulated", "resampled"]));
    await expect(run(parallelCommand, [data("HolzingerSwineford1939.csv"), "--items", "x*", "--seed", "x"]))
      .rejects.toThrow(message.cliBadSeed("x"));
  });
});
