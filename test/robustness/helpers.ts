/**
 * Shared helpers of the robustness tests: catching typed errors, and small deterministic data sets
 * made with a generator of their own (so that the data do not change when semkit's RNG changes).
 */
import { expect } from "vitest";

/** Runs `fn`, expects it to throw an instance of `cls`, and returns the error for further checks. */
export function thrown<E extends Error>(fn: () => unknown, cls: abstract new (...args: never[]) => E): E {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) expect.fail(`expected ${cls.name}, but nothing was thrown`);
  if (!(caught instanceof cls)) expect.fail(`expected ${cls.name}, got ${String(caught)}`);
  expect((caught as Error).name).toBe((caught as Error).constructor.name);
  return caught as E;
}

/**
 * Standard normal deviates from a fixed linear congruential generator (Knuth's MMIX constants) and the
 * Box–Muller transform; only for making test data.
 */
export function normals(seed: number): () => number {
  let s = BigInt(seed) & 0xffffffffffffffffn;
  const uniform = (): number => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return (Number(s >> 11n) + 0.5) / 2 ** 53;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** CSV text from column names and rows of numbers (full precision). */
export function csv(names: readonly string[], rows: readonly (readonly number[])[]): string {
  return [names.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n";
}

/**
 * n rows of a one-factor population: item j = loadings[j]·F + sqrt(1 − loadings[j]²)·e_j (standardized).
 * @returns the rows (n × loadings.length)
 */
export function oneFactorRows(n: number, loadings: readonly number[], seed: number): number[][] {
  const z = normals(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const f = z();
    rows.push(loadings.map((l) => l * f + Math.sqrt(1 - l * l) * z()));
  }
  return rows;
}
