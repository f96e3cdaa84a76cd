/**
 * Files on the command line: a missing file, a directory given as a file, or an unreadable configuration ends in
 * one line naming the path, with exit code 2, in every command; never a stack trace. A BOM at the start of a
 * model file is not part of the first name.
 */
import { describe, expect, test } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/runCli.ts";
import { commands } from "../../src/cli/commands.ts";
import { sem } from "../../src/index.ts";
import { parseModel } from "../../src/advanced.ts";

const CSV = fileURLToPath(new URL("../../data/loyalty_survey.csv", import.meta.url));
const DIR = mkdtempSync(join(tmpdir(), "semkit-files-"));
const MODEL = join(DIR, "model.lav");
writeFileSync(MODEL, "SAT =~ sat1 + sat2 + sat3\n");
const NOFILE = join(DIR, "nofile.lav");
const BADJSON = join(DIR, "bad.json");
writeFileSync(BADJSON, "{ constructs: [");

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await runCli(argv, { out: () => {}, err: (t) => { err += t + "\n"; } });
  return { code, err };
}

/** For each command: a command line whose data file is missing, and one whose model (or population/config) file is. */
const MISSING_DATA: Record<string, string[]> = {
  alpha: ["alpha", "nodata.csv"],
  chart: ["chart", "path", "nodata.csv", "--model", MODEL, "--out", join(DIR, "x.svg")],
  efa: ["efa", "nodata.csv", "--nfactors", "1"],
  parallel: ["parallel", "nodata.csv"],
  fit: ["fit", "nodata.csv", "--model", MODEL],
  thesis: ["thesis", "nodata.csv"],
  report: ["report", "nodata.csv", "--model", MODEL],
  validity: ["validity", "nodata.csv", "--model", MODEL],
  invariance: ["invariance", "nodata.csv", "--model", MODEL, "--group", "platform"],
  bootstrap: ["bootstrap", "nodata.csv", "--model", MODEL],
  pls: ["pls", "nodata.csv", "--model", MODEL],
  cmb: ["cmb", "nodata.csv", "--model", MODEL],
};
const MISSING_MODEL: Record<string, string[]> = {
  chart: ["chart", "path", CSV, "--model", "@", "--out", join(DIR, "x.svg")],
  fit: ["fit", CSV, "--model", "@"],
  report: ["report", CSV, "--model", "@"],
  validity: ["validity", CSV, "--model", "@"],
  invariance: ["invariance", CSV, "--model", "@", "--group", "platform"],
  bootstrap: ["bootstrap", CSV, "--model", "@"],
  simulate: ["simulate", "--model", "@", "--n", "10"],
  power: ["power", "--population", "@", "--model", MODEL, "--n", "50", "--reps", "2"],
  thesis: ["thesis", CSV, "--config", "@"],
  pls: ["pls", CSV, "--model", "@"],
  cmb: ["cmb", CSV, "--model", "@"],
};

function expectOneLine(err: string): void {
  const lines = err.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
}

describe("every command turns a missing file into one line with the path and exit code 2", () => {
  test("every command is covered", () => {
    const covered = new Set([...Object.keys(MISSING_DATA), ...Object.keys(MISSING_MODEL)]);
    expect(Object.keys(commands).filter((c) => !covered.has(c))).toEqual([]);
  });
  test.each(Object.entries(MISSING_DATA))("%s: missing data file", async (_name, argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('data file "nodata.csv" not found');
    expectOneLine(r.err);
  });
  test.each(Object.entries(MISSING_MODEL))("%s: missing model, population or config file", async (_name, argv) => {
    const r = await cli(...argv.map((a) => (a === "@" ? NOFILE : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${JSON.stringify(NOFILE)} not found`);
    expectOneLine(r.err);
  });
  test.each(Object.entries(MISSING_MODEL))("%s: a directory given as the file", async (_name, argv) => {
    const r = await cli(...argv.map((a) => (a === "@" ? DIR : a)));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${JSON.stringify(DIR)} is a directory, not a file`);
    expectOneLine(r.err);
  });
  test("a directory given as the data file", async () => {
    const r = await cli("alpha", DIR);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`data file ${JSON.stringify(DIR)} is a directory, not a file`);
  });
  test("an output path in a folder that does not exist is one line with the path, exit code 2", async () => {
    const out = join(DIR, "no-such-folder", "fig.svg");
    const r = await cli("chart", "path", CSV, "--model", MODEL, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot use ${JSON.stringify(out)} (no such file or folder)`);
    expectOneLine(r.err);
  });
  test("a configuration that is not JSON names the file", async () => {
    const r = await cli("report", CSV, "--config", BADJSON);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`config file (--config) ${JSON.stringify(BADJSON)} cannot be read (not valid JSON`);
    expectOneLine(r.err);
  });
});

describe("a UTF-8 BOM at the start of model syntax", () => {
  test("is not part of the first name (API)", () => {
    const ast = parseModel("\uFEFFSAT =~ sat1 + sat2 + sat3");
    const st = ast.statements[0]!;
    expect(st.kind === "relation" && st.lhs[0]!.name).toBe("SAT");
    const fit = sem("\uFEFFSAT =~ sat1 + sat2 + sat3", csvText());
    expect(fit.parameterEstimates().filter((r) => r.op === "=~").map((r) => r.lhs)).toEqual(["SAT", "SAT", "SAT"]);
  });
  test("a model file saved with a BOM fits from the command line", async () => {
    const bom = join(DIR, "bom.lav");
    writeFileSync(bom, "\uFEFFSAT =~ sat1 + sat2 + sat3\n");
    let out = "";
    const code = await runCli(["fit", CSV, "--model", bom, "--json"], { out: (t) => { out += t; }, err: () => {} });
    expect(code).toBe(0);
    const j = JSON.parse(out) as { parameters: { lhs: string; op: string }[] };
    expect(j.parameters.filter((p) => p.op === "=~").map((p) => p.lhs)).toEqual(["SAT", "SAT", "SAT"]);
  });
});

function csvText(): string {
  return "sat1,sat2,sat3\n" + Array.from({ length: 40 }, (_, i) => `${(i % 5) + 1},${((i * 3) % 5) + 1},${((i * 7 + i % 3) % 5) + 1}`).join("\n");
}
