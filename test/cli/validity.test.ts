import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { validityCommand } from "../../src/cli/validity.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { expectClose } from "../helpers/reference.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";


describe("semkit validity", () => {
  // semTools 0.5-6: compRelSEM, AVE, htmt — test/fixtures/loyalty_construct_reliability.json
  const ref = JSON.parse(readFileSync("test/fixtures/loyalty_construct_reliability.json", "utf8")) as {
    model: string; composite_reliability: Record<string, number>; ave: Record<string, number>; htmt: number[][];
  };
  const model = tempFile("cfa.lav", ref.model);
  test("--json prints semTools' CR, AVE and HTMT within 1e-4", async () => {
    const { code, text } = await runCommand(validityCommand, ["data/loyalty_survey.csv", "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5", "--json"]);
    expect(code).toBe(0);
    const j = JSON.parse(text);
    for (const f of Object.keys(ref.composite_reliability)) {
      expectClose(j.composite_reliability[f], ref.composite_reliability[f]!, 0, 1e-4, `CR ${f}`);
      expectClose(j.ave[f], ref.ave[f]!, 0, 1e-4, `AVE ${f}`);
    }
    expect(j.htmt.names).toEqual(Object.keys(ref.composite_reliability));
    ref.htmt.forEach((row, a) => row.forEach((x, b) => expectClose(j.htmt.matrix[a][b], x, 0, 1e-4, `HTMT ${a},${b}`)));
    expect(Object.keys(j)).toEqual(expect.arrayContaining(["composite_reliability", "ave", "htmt", "fornell_larcker", "flags"]));
  });
  test("text output lists the constructs and the failed thresholds", async () => {
    const { text } = await runCommand(validityCommand, ["data/loyalty_survey.csv", "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5"]);
    expect(text).toContain("HTMT2:");
    // semTools AVE(SWC) = 0.4566 < .50
    expect(text).toContain(message.validityFail("AVE", "SWC", 0.456598474391654, 0.5));
  });
  test("missing --model is an option error", async () => {
    await expect(runCommand(validityCommand, ["data/loyalty_survey.csv"])).rejects.toThrow(OptionError);
  });
});

