/**
 * Determinism: every routine that draws random numbers gives bit-identical results for the
 * same seed, run after run, and draw d depends only on (seed, d) — so the numbers cannot depend on how
 * the draws are split over workers.
 *
 * HOW TO ADD A ROUTINE: append an entry to RESAMPLING below (a name and a function of the seed that
 * runs it on fixed data). Routines with a worker pool (semkit/node, e.g. a parallel bootstrap or the
 * simulation module) also belong in WORKER_SPLITS, which runs them with 1 and with several workers and
 * expects bit-identical output.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { alpha } from "../../src/reliability/alpha.ts";
import { parallelAnalysis } from "../../src/efa/parallelAnalysis.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";

const LOYALTY = readFileSync("data/loyalty_survey.csv", "utf8");
const HS = readFileSync("data/HolzingerSwineford1939.csv", "utf8");

/** Structural equality with Object.is on every number (bit-identical up to NaN payloads, -0 ≠ 0). */
function bitwiseEqual(a: unknown, b: unknown, path = "$"): void {
  if (typeof a === "number" || typeof b === "number") {
    if (!Object.is(a, b)) expect.fail(`${path}: ${String(a)} vs ${String(b)}`);
    return;
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    bitwiseEqual(Array.from(a as unknown as ArrayLike<number>), Array.from(b as unknown as ArrayLike<number>), path);
    return;
  }
  if (typeof a === "function" && typeof b === "function") return;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    expect(a, path).toEqual(b);
    return;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  expect(ka, path).toEqual(kb);
  for (const k of ka) bitwiseEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
}

interface Resampling {
  readonly name: string;
  readonly run: (seed: number) => unknown;
}

const RESAMPLING: readonly Resampling[] = [
  { name: "alpha bootstrap CI", run: (seed) => alpha(LOYALTY, { items: "sat*", nBoot: 200, seed }).boot },
  { name: "parallel analysis, simulated", run: (seed) => parallelAnalysis(LOYALTY, { items: "sq*,pv*,sat*", iterations: 20, seed }) },
  { name: "parallel analysis, resampled", run: (seed) => parallelAnalysis(LOYALTY, { items: "sq*,pv*,sat*", iterations: 20, seed, type: "resampled" }) },
  { name: "SEM bootstrap", run: (seed) => bootstrap("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6", HS, { draws: 25, seed }) },
  // the simulation module adds its entry here
];

describe.each(RESAMPLING)("$name", ({ run }) => {
  test("the same seed gives bit-identical results", () => {
    const first = run(20240611);
    expect(first).toBeDefined();
    bitwiseEqual(first, run(20240611));
  });
  test("another seed gives other numbers (the seed is used)", () => {
    const numbers = (x: unknown): string => JSON.stringify(x, (k, v: unknown) => (k === "seed" ? undefined : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    expect(numbers(run(1))).not.toBe(numbers(run(2)));
  });
});

describe("draw d depends only on (seed, d)", () => {
  test("SEM bootstrap: the first 10 of 25 draws equal a 10-draw run, so splitting draws over workers cannot change them", () => {
    const long = bootstrap("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6", HS, { draws: 25, seed: 9 });
    const short = bootstrap("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6", HS, { draws: 10, seed: 9 });
    const width = long.replicates.length / 25;
    bitwiseEqual(long.replicates.subarray(0, 10 * width), short.replicates);
  });
});

/** Routines with a worker pool: [name, run with 1 worker, run with k workers]. None is exported from semkit/node yet. */
const WORKER_SPLITS: readonly (readonly [string, () => unknown, () => unknown])[] = [];

for (const [name, one, many] of WORKER_SPLITS) {
  test(`${name}: 1 worker and several workers give bit-identical results`, () => bitwiseEqual(one(), many(), name));
}
