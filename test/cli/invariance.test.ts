import { describe, test, expect } from "vitest";
import { invarianceCommand } from "../../src/cli/invariance.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { loadReference, expectClose } from "../helpers/reference.ts";
import { message } from "../../src/messages.ts";


describe("semkit invariance", () => {
  // lavaan 0.6-14: hs1939_mg_school_{configural,metric,scalar}.json
  const model = tempFile("hs.lav", loadReference("hs1939_mg_school_configural").model);
  test("--json table reproduces lavaan's chi-square, df, CFI and RMSEA", async () => {
    const { code, text } = await runCommand(invarianceCommand, ["data/HolzingerSwineford1939.csv", "--model", model, "--group", "school", "--json"]);
    expect(code).toBe(0);
    const j = JSON.parse(text);
    expect(j.table.map((r: { level: string }) => r.level)).toEqual(["configural", "metric", "scalar", "strict"]);
    for (const [i, id] of ["hs1939_mg_school_configural", "hs1939_mg_school_metric", "hs1939_mg_school_scalar"].entries()) {
      const fm = loadReference(id).fit;
      for (const k of ["chisq", "df", "cfi", "rmsea"]) expectClose(j.table[i][k], fm[k] as number, 1e-3, 1e-6, `${id} ${k}`);
    }
    expect(j.supported).toBe("metric");
  });
  test("text table and the required --group", async () => {
    const { text } = await runCommand(invarianceCommand, ["data/HolzingerSwineford1939.csv", "--model", model, "--group", "school"]);
    expect(text).toContain("Supported: metric invariance.");
    await expect(runCommand(invarianceCommand, ["data/HolzingerSwineford1939.csv", "--model", model])).rejects.toThrow(message.cliMissingArgument("invariance", "--group"));
  });
});

