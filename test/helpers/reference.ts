import { readFileSync } from "node:fs";
import { expect } from "vitest";

/** One lavaan reference case from test/fixtures (made by lavaan 0.6-14; see ../shared/reference/README.md). */
export interface SemReference {
  readonly id: string;
  readonly call: string;
  readonly model: string;
  readonly nobs: number | number[];
  readonly npar: number;
  readonly converged: boolean;
  readonly parameters: Record<string, unknown>[];
  readonly fit: Record<string, number | null>;
  readonly modindices: Record<string, unknown>[];
}

export function loadReference(id: string): SemReference {
  return JSON.parse(readFileSync(`test/fixtures/${id}.json`, "utf8")) as SemReference;
}

export function readData(name: string): string {
  return readFileSync(`data/${name}`, "utf8");
}

/** |actual − expected| ≤ max(rel·|expected|, abs). */
export function expectClose(actual: number | null | undefined, expected: number, rel: number, abs: number, what: string): void {
  expect(actual, what).not.toBeNull();
  expect(actual, what).not.toBeUndefined();
  const tol = Math.max(rel * Math.abs(expected), abs);
  if (!(Math.abs((actual as number) - expected) <= tol)) {
    expect.fail(`${what}: got ${actual}, lavaan ${expected} (tolerance ${tol.toExponential(2)})`);
  }
}
