import { test, expect } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulateCommand } from "../../src/cli/simulate.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { message } from "../../src/messages.ts";
import { OptionError } from "../../src/errors.ts";

const ref = JSON.parse(readFileSync("test/simulate/fixtures/simulate_reference.json", "utf8")) as {
  population: { id: string; model: string; names: string[]; cov: number[][][] }[];
};

async function run(argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await simulateCommand.run(parseArgs(argv), (t) => { text += t; });
  return { code, text };
}

test("semkit simulate --model --n --seed --out writes a CSV whose variances match lavaan's population", async () => {
  // lavaan 0.6-14 simulateData population of the "mixed" case (test/simulate/fixtures/simulate_reference.R)
  const c = ref.population.find((x) => x.id === "mixed")!;
  const dir = mkdtempSync(join(tmpdir(), "semkit-sim-"));
  writeFileSync(join(dir, "pop.lav"), c.model);
  const out = join(dir, "data.csv");
  const n = 20000;
  const { code, text } = await run(["--model", join(dir, "pop.lav"), "--n", String(n), "--seed", "1", "--out", out]);
  expect(code).toBe(0);
  expect(text).toBe(message.cliSimWrote(n, c.names.length, out));
  const ds = parseCsv(readFileSync(out, "utf8"));
  expect(ds.names).toEqual(c.names);
  expect(ds.n).toBe(n);
  c.names.forEach((name, j) => {
    const col = ds.columns.get(name)!;
    const v = col.kind === "numeric" ? col.values : new Float64Array();
    let m = 0; for (const x of v) m += x; m /= n;
    let s = 0; for (const x of v) s += (x - m) ** 2; s /= n;
    const sigma = c.cov[0]![j]![j]!;
    // SE of a normal sample variance: σ²·√(2/n)
    expect(Math.abs(s - sigma)).toBeLessThan(4.5 * sigma * Math.sqrt(2 / n));
  });
});

test("semkit simulate: Likert items with --ordered all, missing cells with --missing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "semkit-sim-"));
  writeFileSync(join(dir, "pop.lav"), "f =~ .7*y1 + .7*y2 + .7*y3");
  const { text } = await run(["--model", join(dir, "pop.lav"), "--n", "400", "--ordered", "all", "--missing", "0.1", "--standardized"]);
  const ds = parseCsv(text);
  const y = ds.columns.get("y2")!;
  const values = y.kind === "numeric" ? Array.from(y.values) : [];
  expect(new Set(values.filter((v) => !Number.isNaN(v)))).toEqual(new Set([1, 2, 3, 4, 5]));
  expect(values.some(Number.isNaN)).toBe(true);
});

test("semkit simulate without --n names the missing option", async () => {
  await expect(run(["--model", "x.lav"])).rejects.toThrow(new OptionError(message.cliMissingArgument("simulate", "--n")));
});
