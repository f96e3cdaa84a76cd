import { describe, test, expect } from "vitest";
import { bootstrapCommand } from "../../src/cli/bootstrap.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { loadReference } from "../helpers/reference.ts";


describe("semkit bootstrap", () => {
  const model = tempFile("core.lav", loadReference("loyalty_core_ml").model);
  test("--json with 1 worker gives the indirect effect's bootstrap SE near lavaan's delta SE", async () => {
    const { code, text } = await runCommand(bootstrapCommand, [
      "data/loyalty_survey.csv", "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5", "--draws", "200", "--seed", "1", "--workers", "1", "--json", "--no-progress",
    ]);
    expect(code).toBe(0);
    const j = JSON.parse(text);
    expect(j.used).toBe(200);
    const ind = j.estimates.find((e: { lhs: string }) => e.lhs === "indirect");
    // lavaan: indirect := a*b, delta-method se 0.03507 (loyalty_core_ml.json); 200 draws: within 25%
    expect(Math.abs(ind.se - 0.03507) / 0.03507).toBeLessThan(0.25);
    expect(ind.percentile[0]).toBeGreaterThan(0);
  });
});
