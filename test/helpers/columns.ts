import { readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Column, Dataset } from "../../src/data/types.ts";
import { alpha } from "../../src/reliability/alpha.ts";

/** The values of a column that must be numeric (the test fails otherwise). */
export function numeric(c: Column | undefined): Float64Array {
  expect(c?.kind).toBe("numeric");
  return (c as { values: Float64Array }).values;
}

/** The values of a column that must be text (the test fails otherwise). */
export function text(c: Column | undefined): readonly (string | null)[] {
  expect(c?.kind).toBe("text");
  return (c as { values: readonly (string | null)[] }).values;
}

/**
 * Checks that a data set read from a file in another format gives psych's alpha for every scale of the loyalty
 * survey, as the CSV does (to `tol`).
 * Reference: test/fixtures/loyalty_alpha.json, psych 2.2.9 alpha(items, check.keys = FALSE), pairwise deletion,
 * tru4 and swc3 reversed as 6 − x, computed on data/loyalty_survey.csv.
 */
export function expectLoyaltyAlpha(ds: Dataset, tol: number): void {
  const fixture = JSON.parse(readFileSync(new URL("../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));
  for (const [name, scale] of Object.entries<{ items: string[]; total: Record<string, number>[] }>(fixture.scales)) {
    const res = alpha(ds, { items: scale.items, reverse: scale.items.filter((i) => i === "tru4" || i === "swc3"), scale: { min: 1, max: 5 } });
    const t = scale.total[0]!;
    // psych: alpha(items)$total raw_alpha, std.alpha, G6(smc), average_r, mean, sd
    expect(Math.abs(res.total.rawAlpha - t["raw_alpha"]!), `${name} raw_alpha`).toBeLessThan(tol);
    expect(Math.abs(res.total.stdAlpha - t["std.alpha"]!), `${name} std.alpha`).toBeLessThan(tol);
    expect(Math.abs(res.total.g6Smc - t["G6(smc)"]!), `${name} G6(smc)`).toBeLessThan(tol);
    expect(Math.abs(res.total.averageR - t["average_r"]!), `${name} average_r`).toBeLessThan(tol);
    expect(Math.abs(res.total.mean - t["mean"]!), `${name} mean`).toBeLessThan(tol);
    expect(Math.abs(res.total.sd - t["sd"]!), `${name} sd`).toBeLessThan(tol);
  }
}
