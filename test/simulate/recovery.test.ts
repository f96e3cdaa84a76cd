import { test, expect } from "vitest";
import { simulateData } from "../../src/simulate/simulateData.ts";
import { sem } from "../../src/sem/sem.ts";
import { LOYALTY_POPULATION, LOYALTY_ANALYSIS } from "./loyaltyPopulation.ts";

// Acceptance: simulate n = 100 000 continuous responses from the loyalty population model of
// data/README.md and fit the matching model; every structural coefficient (std.all) lies within 0.02 of
// its population value. Reference values: the standardized population model in data/README.md
// (SAT = .45 SQ + .30 PV; TRU = .55 SAT; LOY = .30 SAT + .25 TRU + .20 SWC − .15 ALT; the SAT×ALT
// interaction left out).
const TRUTH: Record<string, number> = {
  "SAT~SQ": 0.45, "SAT~PV": 0.30, "TRU~SAT": 0.55,
  "LOY~SAT": 0.30, "LOY~TRU": 0.25, "LOY~SWC": 0.20, "LOY~ALT": -0.15,
};

test("parameter recovery: n = 100 000 from the loyalty population, structural std.all within 0.02", () => {
  const data = simulateData(LOYALTY_POPULATION, { n: 100000, seed: 2024, standardized: true });
  expect(data.warnings).toEqual([]);
  const fit = sem(LOYALTY_ANALYSIS, data);
  expect(fit.converged).toBe(true);
  const rows = fit.standardizedSolution().filter((r) => r.op === "~");
  expect(rows.length).toBe(7);
  for (const r of rows) {
    const truth = TRUTH[`${r.lhs}~${r.rhs}`]!;
    expect(Math.abs(r["std.all"]! - truth), `${r.lhs} ~ ${r.rhs}: ${r["std.all"]} vs ${truth}`).toBeLessThan(0.02);
  }
});
