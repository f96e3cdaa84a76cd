/**
 * Strict command line: every command rejects an unknown flag with one line naming it and the nearest valid
 * flag (exit code 2); switches never take a value; `semkit --version` prints the package version.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/runCli.ts";
import { commands } from "../../src/cli/commands.ts";

const CSV = fileURLToPath(new URL("../../data/loyalty_survey.csv", import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Runs the CLI in-process and collects its exit code, output and error lines. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const code = await runCli(argv, { out: (t) => { out += t + "\n"; }, err: (t) => { err += t + "\n"; } });
  return { code, out, err };
}

describe("unknown flags", () => {
  test.each(Object.keys(commands))("semkit %s: a misspelt flag is a usage error naming the nearest flag", async (name) => {
    const real = Object.keys(commands[name]!.flags)[0]!;
    const { code, err, out } = await cli(name, CSV, `--${real}x`, "1");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).toContain(`semkit ${name}: UsageError: unknown option --${real}x; did you mean --${real}?`);
  });
  test("the issue's examples: --estimater and --item", async () => {
    expect((await cli("fit", CSV, "--model", "m.lav", "--estimater", "MLR")).err).toContain("unknown option --estimater; did you mean --estimator?");
    const r = await cli("alpha", CSV, "--item", "sat1,sat2,sat3");
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option --item; did you mean --items?");
  });
  test("an unknown command suggests the nearest one", async () => {
    const r = await cli("alpah", CSV);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "alpah"; did you mean "alpha"?');
    const far = await cli("bogus", CSV);
    expect(far.code).toBe(2);
    expect(far.err).toBe('semkit: unknown command "bogus" (see semkit --help)\n');
    expect((await cli("--verison")).err).toContain('unknown option "--verison"; did you mean "--version"?');
  });
  test("every flag named in a command's usage is accepted, and every accepted flag is in the usage", () => {
    for (const [name, cmd] of Object.entries(commands)) {
      const inUsage = new Set([...cmd.usage.matchAll(/--([a-z][a-z0-9-]*)/g)].map((m) => m[1]!));
      inUsage.delete("help");
      for (const f of inUsage) expect(cmd.flags, `${name}: --${f} in the usage`).toHaveProperty([f]);
      for (const f of Object.keys(cmd.flags)) expect(inUsage.has(f), `${name}: --${f} missing from the usage`).toBe(true);
    }
  });
});

describe("switches never take a value", () => {
  test("--json before the data file leaves the file a positional argument", async () => {
    const r = await cli("alpha", "--json", CSV, "--items", "sat1,sat2,sat3");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { nObs: number; items: unknown[] };
    expect(j.items).toHaveLength(3);
    expect(j.nObs).toBeGreaterThan(0);
  });
  test("--json=yes is a usage error", async () => {
    const r = await cli("alpha", CSV, "--items", "sat1,sat2", "--json=yes");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--json is a switch and takes no value, got --json=yes");
  });
  test("a value flag without its value is a usage error", async () => {
    const r = await cli("alpha", CSV, "--items");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--items needs a value");
  });
  test("--ordered alone does not swallow the data file", async () => {
    const r = await cli("fit", "--ordered", CSV, "--model", "no-such-model.lav");
    expect(r.code).toBe(2);
    expect(r.err).toContain('model file (--model) "no-such-model.lav" not found');
  });
});

describe("version and usage errors", () => {
  test("semkit --version prints the package version", async () => {
    const r = await cli("--version");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(VERSION);
  });
  test("--help and -h print a command's usage", async () => {
    for (const h of ["--help", "-h"]) {
      const r = await cli("fit", h);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Usage: semkit fit");
    }
  });
  test("a missing required argument exits 2", async () => {
    const r = await cli("fit", CSV);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--model");
  });
  test("a bad option value exits 2", async () => {
    const r = await cli("alpha", CSV, "--items", "sat1,sat2", "--scale", "5:1");
    expect(r.code).toBe(2);
    expect(r.err).toContain("5:1");
  });
});
