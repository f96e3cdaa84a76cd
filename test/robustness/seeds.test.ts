/**
 * Seeds: every whole number from 0 to 2^53 − 1 gives its own stream; NaN, Infinity, fractions, negative numbers and
 * 2^53 or more are refused (OptionError in the API, a usage error with exit code 2 on the command line).
 */
import { describe, expect, test } from "vitest";
import { simulateData, bootstrap, parallelAnalysis, alpha, power, parseCsv, OptionError } from "../../src/index.ts";
import { createRng } from "../../src/advanced.ts";
import { parseArgs, seedOption } from "../../src/cli/args.ts";
import { UsageError } from "../../src/errors.ts";
import { csv, oneFactorRows, thrown } from "./helpers.ts";

const DS = parseCsv(csv(["x1", "x2", "x3"], oneFactorRows(60, [0.8, 0.7, 0.6], 3)));
const POP = "f =~ .7*x1 + .7*x2 + .7*x3";
const first = (seed: number, stream = 0): number[] => { const r = createRng(seed, stream); return [r.next(), r.next(), r.normal()]; };

describe("createRng", () => {
  test("seeds below 2^32 keep their streams (the low 32 bits seed splitmix32 alone)", () => {
    // pinned draws of (seed, stream 3): the bootstrap and simulation reference tests rest on these streams
    expect(first(0, 3)).toEqual([0.5723401624164237, 0.9018013116201019, 0.2878326737475605]);
    expect(first(1, 3)).toEqual([0.3360817531060196, 0.890546465360232, 0.28387794893425683]);
    expect(first(2147483648, 3)).toEqual([0.07185975251610399, 0.4463761441779923, -0.8855436290463865]);
    expect(first(4294967295, 3)).toEqual([0.39763648617192904, 0.39170849318175194, 1.3298379196866634]);
  });
  test("seeds that agree in their low 32 bits give different streams", () => {
    expect(first(4294967297)).not.toEqual(first(1));
    expect(first(2 ** 52)).not.toEqual(first(0));
    expect(first(2 ** 53 - 1)).not.toEqual(first(2 ** 32 - 1));
    expect(first(2 ** 53 - 1)).not.toEqual(first(2 ** 53 - 1 - 2 ** 32));
    expect(first(4294967297)).toEqual(first(4294967297));
  });
  test.each([[Number.NaN], [Infinity], [-Infinity], [2 ** 53], [-1], [1.5], [1e300]])("seed %s is refused", (seed) => {
    const e = thrown(() => createRng(seed), OptionError);
    expect(e.message).toContain("createRng(): seed must be a whole number from 0 to 2^53 - 1");
    expect(e.message).toContain(`got number ${seed}`);
  });
  test("a seed that is not a number says its type", () => {
    expect(thrown(() => createRng("1" as unknown as number), OptionError).message).toContain('got the string "1"');
  });
});

describe("public functions with a seed option", () => {
  test("simulateData: 4294967297 and 1 give different data; NaN is refused", () => {
    const a = simulateData(POP, { n: 5, seed: 1 }), b = simulateData(POP, { n: 5, seed: 4294967297 });
    expect(a.columns.get("x1")).not.toEqual(b.columns.get("x1"));
    expect(simulateData(POP, { n: 5, seed: 1 }).columns.get("x1")).toEqual(a.columns.get("x1"));
    expect(thrown(() => simulateData(POP, { n: 5, seed: Number.NaN }), OptionError).message).toMatch(/^simulateData\(\): seed must be a whole number/);
  });
  test.each([
    ["bootstrap", () => bootstrap("f =~ x1 + x2 + x3", DS, { draws: 10, seed: 1.5 })],
    ["parallelAnalysis", () => parallelAnalysis(DS, { iterations: 2, seed: Infinity })],
    ["alpha", () => alpha(DS, { nBoot: 10, seed: -1 })],
    ["power", () => power(POP, "f =~ x1 + x2 + x3", { n: [50], reps: 2, seed: 2 ** 53 })],
  ] as const)("%s refuses a bad seed and names itself", (name, call) => {
    expect(thrown(call, OptionError).message).toMatch(new RegExp(`^${name}\\(\\): seed must be a whole number from 0 to 2\\^53 - 1`));
  });
  test("sem with se: bootstrap checks the seed before fitting", () => {
    expect(thrown(() => bootstrap("f =~ x1 + x2 + x3", DS, { seed: Number.NaN }), OptionError).message).toContain("seed");
  });
});

describe("--seed on the command line", () => {
  test("accepts any whole number up to 2^53 - 1", () => {
    expect(seedOption(parseArgs(["--seed", "4294967297"], { seed: "value" }))).toBe(4294967297);
    expect(seedOption(parseArgs(["--seed", "9007199254740991"], { seed: "value" }))).toBe(2 ** 53 - 1);
  });
  test.each([["1.5"], ["-1"], ["9007199254740992"], ["1e3"], ["abc"], ["NaN"]])("refuses %s as a usage error", (v) => {
    const e = thrown(() => seedOption(parseArgs(["--seed", v], { seed: "value" })), UsageError);
    expect(e.message).toBe(`--seed must be a whole number from 0 to 2^53 - 1 (9007199254740991), got "${v}"`);
  });
});
