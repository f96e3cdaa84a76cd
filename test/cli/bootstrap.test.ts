import { describe, test, expect } from "vitest";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bootstrapCommand } from "../../src/cli/bootstrap.ts";
import { parseArgs } from "../../src/cli/args.ts";
import type { Command } from "../../src/cli/command.ts";
import { loadReference } from "../helpers/reference.ts";

const dir = mkdtempSync(join(tmpdir(), "semkit-cli-"));
const modelFile = (name: string, text: string): string => { const f = join(dir, name); writeFileSync(f, text); return f; };
async function run(cmd: Command, argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await cmd.run(parseArgs(argv), (t) => { text += t; });
  return { code, text };
}

describe("semkit bootstrap", () => {
  const model = modelFile("core.lav", loadReference("loyalty_core_ml").model);
  test("--json with 1 worker gives the indirect effect's bootstrap SE near lavaan's delta SE", async () => {
    const { code, text } = await run(bootstrapCommand, [
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
