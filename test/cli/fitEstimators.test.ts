import { describe, test, expect } from "vitest";
import { fitCommand } from "../../src/cli/fit.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, expectClose } from "../helpers/reference.ts";

const modelFile = (id: string): string => tempFile(`${id}.lav`, loadReference(id).model);
const run = (argv: string[]): Promise<{ code: number; text: string }> => runCommand(fitCommand, argv);
const LOY = ["data/loyalty_survey.csv", "--reverse", "tru4,swc3", "--scale", "1:5"];

describe("semkit fit --estimator / --missing", () => {
  // lavaan 0.6-14 fixtures; the R call of each is in its `call` (robust_estimators.R for MLM/GLS/ULS)
  const cases: [string, string[], string[]][] = [
    ["hs1939_cfa_mlm", ["data/HolzingerSwineford1939.csv", "--estimator", "MLM"], ["chisq.scaled", "cfi.robust", "rmsea.robust"]],
    ["hs1939_cfa_gls", ["data/HolzingerSwineford1939.csv", "--estimator", "gls"], ["chisq", "cfi", "rmsea", "gfi"]],
    ["hs1939_cfa_uls", ["data/HolzingerSwineford1939.csv", "--estimator", "ULS"], ["chisq", "cfi", "srmr"]],
    ["loyalty_core_mlr", [...LOY, "--estimator", "MLR", "--missing", "fiml"], ["chisq.scaled", "cfi.robust", "rmsea.robust"]],
  ];
  test.each(cases)("%s: --json fit measures as lavaan's", async (id, argv, names) => {
    const ref = loadReference(id);
    const { code, text } = await run([...argv, "--model", modelFile(id), "--json"]);
    expect(code).toBe(0);
    const j = JSON.parse(text) as { fit: Record<string, number>; parameters: { lhs: string; op: string; rhs: string; se: number }[] };
    for (const k of names) expectClose(j.fit[k], ref.fit[k] as number, 1e-3, 1e-4, `${id} ${k}`);
    const r = ref.parameters.find((x) => x["op"] === "=~" && x["se"] !== 0)!;
    const m = j.parameters.find((x) => x.lhs === r["lhs"] && x.op === "=~" && x.rhs === r["rhs"])!;
    expectClose(m.se, r["se"] as number, 1e-3, 1e-4, `${id} se ${r["lhs"]}=~${r["rhs"]}`);
  });
  test("MLM with --missing fiml is refused as lavaan refuses it", async () => {
    await expect(run(["data/HolzingerSwineford1939.csv", "--model", modelFile("hs1939_cfa_mlm"), "--estimator", "MLM", "--missing", "fiml"]))
      .rejects.toThrow(new OptionError(message.estimatorNeedsCompleteData("MLM")));
  });
  test("the usage names every estimator", () => {
    for (const e of ["MLR", "MLM", "GLS", "ULS", "WLSMV", "--missing"]) expect(fitCommand.usage).toContain(e);
  });
});
