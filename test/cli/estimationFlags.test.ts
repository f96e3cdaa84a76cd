import { describe, expect, it } from "vitest";
import { estimationOptions } from "../../src/cli/estimationFlags.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { fitCommand } from "../../src/cli/fit.ts";
import { sem } from "../../src/sem/sem.ts";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("estimationOptions: the estimation flags every model command shares", () => {
  it("turns --estimator, --missing, --ordered and --group into sem() options", () => {
    expect(estimationOptions(parseArgs(["--estimator", "mlr", "--missing", "fiml", "--group", "platform"]))).toEqual({ estimator: "MLR", missing: "ml", group: "platform" });
    expect(estimationOptions(parseArgs(["--ordered", "sat1,sat2"]))).toEqual({ ordered: ["sat1", "sat2"] });
    expect(estimationOptions(parseArgs(["--ordered"]))).toEqual({ ordered: true });
    expect(estimationOptions(parseArgs([]))).toEqual({});
    expect(estimationOptions(parseArgs(["--missing", "ML.X"]))).toEqual({ missing: "ml.x" });
    expect(estimationOptions(parseArgs(["--missing", "listwise"]), { estimator: "MLR", missing: "ml" })).toEqual({ estimator: "MLR", missing: "listwise" });
  });
  it("rejects an unknown estimator or missing-data mode, naming the choices", () => {
    expect(() => estimationOptions(parseArgs(["--estimator", "PML"]))).toThrow(new OptionError(message.cliBadChoice("estimator", "PML", ["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV", "DWLS"])));
    expect(() => estimationOptions(parseArgs(["--missing", "pairwise"]))).toThrow(new OptionError(message.cliBadChoice("missing", "pairwise", ["listwise", "fiml", "ml.x"])));
    expect(() => estimationOptions(parseArgs(["--estimator"]))).toThrow(OptionError);
  });
});

describe("semkit fit: --missing ml.x, --std-ov and --rotation reach sem()", () => {
  const csv = "data/loyalty_survey.csv";
  async function fitJson(argv: string[]): Promise<{ fit: Record<string, number>; nobs: number }> {
    let text = "";
    const code = await fitCommand.run(parseArgs(argv), (t) => { text += t; });
    expect(code).toBe(0);
    return JSON.parse(text);
  }

  it("--missing ml.x gives lavaan's missing = \"ml.x\" fit", async () => {
    // lavaan: sem(model, loy, missing = "ml.x") (test/fixtures/missing_x.R → loyalty_missing_x_mlx.json)
    const ref = JSON.parse(readFileSync("test/fixtures/loyalty_missing_x_mlx.json", "utf8")) as { model: string; fit: Record<string, number> };
    const dir = mkdtempSync(join(tmpdir(), "semkit-mlx-"));
    writeFileSync(join(dir, "m.lav"), ref.model);
    const j = await fitJson([csv, "--model", join(dir, "m.lav"), "--missing", "ml.x", "--reverse", "tru4,swc3", "--scale", "1:5", "--json"]);
    expect(Math.abs(j.fit["chisq"]! - ref.fit["chisq"]!)).toBeLessThan(1e-3 * ref.fit["chisq"]!);
  });

  it("--std-ov and --rotation are sem()'s stdOv and rotation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semkit-stdov-"));
    writeFileSync(join(dir, "m.lav"), "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3");
    const j = await fitJson([csv, "--model", join(dir, "m.lav"), "--std-ov", "--json"]);
    const api = sem("SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3", readFileSync(csv, "utf8"), { stdOv: true });
    expect(j.fit["chisq"]).toBeCloseTo(api.fitMeasures()["chisq"]!, 10);
    await expect(fitJson([csv, "--model", join(dir, "m.lav"), "--rotation", "geomn", "--json"])).rejects.toThrow(OptionError);
  });
});

describe("--std-lv, --std-ov and --rotation are shared by every model command", () => {
  it("estimationOptions reads them", () => {
    expect(estimationOptions(parseArgs(["--std-lv", "--std-ov", "--rotation", "oblimin"]))).toEqual({ stdLv: true, stdOv: true, rotation: "oblimin" });
  });
  it("validity takes --std-ov, and report refuses the three with a message that names the flag", async () => {
    const { validityCommand } = await import("../../src/cli/validity.ts");
    const { reportCommand } = await import("../../src/cli/report.ts");
    const dir = mkdtempSync(join(tmpdir(), "semkit-shared-"));
    writeFileSync(join(dir, "m.lav"), "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3");
    let text = "";
    expect(await validityCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", join(dir, "m.lav"), "--std-ov", "--json"]), (t) => { text += t; })).toBe(0);
    expect(JSON.parse(text)).toBeTypeOf("object");
    for (const flagArgs of [["--std-lv"], ["--std-ov"], ["--rotation", "geomin"]]) {
      await expect(reportCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", join(dir, "m.lav"), ...flagArgs, "--out", join(dir, "out")]), () => {}))
        .rejects.toThrow(message.reportEstimatorUnsupported(flagArgs[0]!));
    }
  });
});
