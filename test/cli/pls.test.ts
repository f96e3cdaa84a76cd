import { describe, test, expect } from "vitest";
import { plsCommand, PLS_FLAGS } from "../../src/cli/pls.ts";
import { commands } from "../../src/cli/commands.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { OptionError } from "../../src/errors.ts";
import { loadSeminr, lavaanModel, cell } from "../pls/plsFixture.ts";

const c = loadSeminr("loyalty_pls");
const modelFile = tempFile("loyalty_pls.lav", lavaanModel(c));
const LOY = ["data/loyalty_survey.csv", "--model", modelFile, "--reverse", "tru4,swc3", "--scale", "1:5", "--missing", "listwise"];

describe("semkit pls", () => {
  test("is registered and lists its flags in the usage", () => {
    expect(commands["pls"]).toBe(plsCommand);
    for (const f of Object.keys(PLS_FLAGS)) expect(plsCommand.usage).toContain(`--${f}`);
  });
  test("--json has the documented shape and seminr's numbers", async () => {
    // seminr: estimate_pls(loyalty (tru4, swc3 = 6 - x; na.omit), loyalty_mm, loyalty_sm)
    const { code, text } = await runCommand(plsCommand, [...LOY, "--json"]);
    expect(code).toBe(0);
    const j = JSON.parse(text) as Record<string, unknown> & {
      iterations: number; paths: { lhs: string; op: string; rhs: string; est: number }[];
      loadings: { lhs: string; op: string; rhs: string; est: number }[]; weights: Record<string, unknown>[];
      r2: Record<string, number>; reliability: Record<string, Record<string, number>>;
      htmt: { names: string[]; matrix: (number | null)[][] }; f2: { lhs: string; rhs: string; est: number }[];
    };
    expect(Object.keys(j)).toEqual(["iterations", "paths", "loadings", "weights", "r2", "r2adj", "reliability", "htmt", "f2", "warnings"]);
    expect(j.iterations).toBe(c.iterations);
    expect(Object.keys(j.paths[0] ?? {})).toEqual(["lhs", "op", "rhs", "est"]);
    expect(Object.keys(j.weights[0] ?? {})).toEqual(["lhs", "rhs", "est"]);
    const tru = j.paths.find((p) => p.lhs === "TRU" && p.rhs === "SAT");
    expect(tru?.op).toBe("~");
    expect(Math.abs((tru?.est as number) - (cell(c.path_coefficients, "SAT", "TRU") as number))).toBeLessThan(1e-6);
    expect(Math.abs((j.r2["LOY"] as number) - (c.r_squared["LOY"] as number))).toBeLessThan(1e-6);
    expect(Math.abs((j.reliability["TRU"]?.["rhoA"] as number) - (cell(c.reliability, "TRU", "rhoA") as number))).toBeLessThan(1e-6);
    expect(j.htmt.names).toEqual(["SAT", "TRU", "SWC", "LOY"]);
    expect(j.htmt.matrix[0]?.[0]).toBeNull();
    expect(j.f2.find((r) => r.lhs === "LOY" && r.rhs === "SWC")?.est).toBeCloseTo(cell(c.f_squared, "SWC", "LOY") as number, 6);
    expect(j["warnings"]).toEqual(["94 of 480 rows dropped for missing values (missing: \"listwise\")"]);
  });
  test("--boot adds se, ci.lower and ci.upper to every row", async () => {
    const { text } = await runCommand(plsCommand, [...LOY, "--boot", "100", "--seed", "3", "--json"]);
    const j = JSON.parse(text) as { paths: Record<string, number>[]; loadings: Record<string, number>[]; weights: Record<string, number>[] };
    for (const row of [...j.paths, ...j.loadings, ...j.weights]) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(["se", "ci.lower", "ci.upper"]));
      expect(row["se"] as number).toBeGreaterThan(0);
    }
  });
  test("text output names the paths and fit", async () => {
    const { text } = await runCommand(plsCommand, [...LOY, "--scheme", "factorial"]);
    expect(text).toContain("factorial weighting");
    expect(text).toContain("SAT -> TRU");
    expect(text).toContain("SRMR");
  });
  test("bad choices are OptionErrors", async () => {
    await expect(runCommand(plsCommand, [...LOY, "--scheme", "magic"])).rejects.toThrow(OptionError);
    await expect(runCommand(plsCommand, [...LOY, "--missing", "fiml"])).rejects.toThrow(OptionError);
    await expect(runCommand(plsCommand, [...LOY, "--boot", "many"])).rejects.toThrow(OptionError);
    await expect(runCommand(plsCommand, ["data/loyalty_survey.csv"])).rejects.toThrow(OptionError);
  });
});
