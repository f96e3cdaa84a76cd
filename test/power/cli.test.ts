import { test, expect } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { powerCommand } from "../../src/cli/power.ts";
import { parseArgs } from "../../src/cli/args.ts";

const ss = JSON.parse(readFileSync("test/power/fixtures/satorra_saris.json", "utf8")) as { power: number };

async function run(argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await powerCommand.run(parseArgs(argv), (t) => { text += t; });
  return { code, text };
}

function files(): { pop: string; model: string } {
  const dir = mkdtempSync(join(tmpdir(), "semkit-power-"));
  writeFileSync(join(dir, "pop.lav"), "f1 =~ .7*x1 + .7*x2 + .7*x3\nf2 =~ .7*x4 + .7*x5 + .7*x6\nf3 =~ .7*x7 + .7*x8 + .7*x9\nf1 ~~ .3*f2\nf3 ~ .2*f1 + .3*f2");
  writeFileSync(join(dir, "model.lav"), "f1 =~ x1 + x2 + x3\nf2 =~ x4 + x5 + x6\nf3 =~ x7 + x8 + x9\nf3 ~ f1 + f2");
  return { pop: join(dir, "pop.lav"), model: join(dir, "model.lav") };
}

test("semkit power --json: power of the .20 path at n = 200 near the Satorra–Saris value", async () => {
  const { pop, model } = files();
  const { code, text } = await run(["--population", pop, "--model", model, "--n", "200", "--reps", "500", "--seed", "1",
    "--target", "f3~f1", "--standardized", "--workers", "1", "--json"]);
  expect(code).toBe(0);
  const res = JSON.parse(text);
  expect(res.n).toEqual([200]);
  expect(res.targets[0].name).toBe("f3~f1");
  // lavaan 0.6-14 chisq of the restricted model → 1 − pchisq(qchisq(.95, 1), 1, λ) (test/power/fixtures/satorra_saris.R)
  expect(Math.abs(res.rows[0].targets[0].power - ss.power)).toBeLessThanOrEqual(0.05);
});

test("semkit power: text report with the power table and the suggested n", async () => {
  const { pop, model } = files();
  const { text } = await run(["--population", pop, "--model", model, "--n", "100,300", "--reps", "40", "--standardized", "--workers", "1"]);
  expect(text).toContain("Power (share of replications with p < 0.05)");
  expect(text).toMatch(/Smallest n with power >= 0\.8: f3~f1 (300|not reached); f3~f2 (100|300|not reached)/);
  expect(text).toContain("Mean fit over converged replications");
});
