import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sem, cfa } from "../../src/sem/sem.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { loadReference, readData } from "../helpers/reference.ts";

// lavaan 0.6-14 summary(fit, fit.measures = TRUE) of the loyalty core model, printed by test/fixtures/fixed_x.R into
// test/fixtures/loyalty_core_<est>_summary.txt. semkit's summary must print the same test and fit-measure blocks
// (Standard and Scaled columns, scaling factors, correction names, robust CFI/TLI/RMSEA, MLR's log-likelihood
// scaling factors) line for line, from "Model Test User Model:" to the SRMR line (trailing blanks aside).
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;

/** The lines from "Model Test User Model:" through the SRMR line, right-trimmed. */
function fitBlock(text: string): string[] {
  const lines = text.split("\n").map((l) => l.trimEnd());
  const from = lines.indexOf("Model Test User Model:");
  const to = lines.findIndex((l) => l.startsWith("  SRMR "));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return lines.slice(from, to + 1);
}

const cases: { est: string; options: SemOptions }[] = [
  // lavaan: sem(core, loy, estimator = "MLR", missing = "ml") — Yuan-Bentler (Mplus variant), MLR log-likelihood factors
  { est: "mlr", options: { ...LOYALTY, estimator: "MLR", missing: "ml" } },
  // lavaan: sem(core, loy, estimator = "MLM") — Satorra-Bentler
  { est: "mlm", options: { ...LOYALTY, estimator: "MLM" } },
  // lavaan: sem(core, loy, ordered = TRUE, estimator = "WLSMV") — scaled and shifted, no log-likelihood block
  { est: "wlsmv", options: { ...LOYALTY, ordered: true, estimator: "WLSMV" } },
  // lavaan: sem(core, loy) — ML, one column
  { est: "ml", options: LOYALTY },
];

describe.each(cases)("summary(fitMeasures) of the loyalty core model, $est", ({ est, options }) => {
  const lavaan = readFileSync(`test/fixtures/loyalty_core_${est}_summary.txt`, "utf8");
  const fit = sem(loadReference("loyalty_core_mlr").model, readData("loyalty_survey.csv"), options);
  test("the test and fit-measure blocks equal lavaan's printout", () => {
    expect(fitBlock(fit.summary({ fitMeasures: true }))).toEqual(fitBlock(lavaan));
  });
  test("without fitMeasures only the user-model test block is printed", () => {
    const text = fit.summary();
    expect(text).toContain("Model Test User Model:");
    expect(text).not.toContain("Model Test Baseline Model:");
    const want = fitBlock(lavaan).slice(0, fitBlock(lavaan).indexOf("Model Test Baseline Model:") - 1);
    const lines = text.split("\n").map((l) => l.trimEnd());
    const at = lines.indexOf("Model Test User Model:");
    expect(lines.slice(at, at + want.length)).toEqual(want);
  });
});

test("FIML: the number of missing-data patterns, as lavaan prints it", () => {
  // lavaan: summary(sem(core, loy, estimator = "MLR", missing = "ml")) header
  const lavaan = readFileSync("test/fixtures/loyalty_core_mlr_summary.txt", "utf8").split("\n").find((l) => l.includes("Number of missing patterns"));
  const fit = sem(loadReference("loyalty_core_mlr").model, readData("loyalty_survey.csv"), { ...LOYALTY, estimator: "MLR", missing: "ml" });
  expect(fit.summary().split("\n")).toContain(lavaan);
});

describe("summary of two-group fits: observations per group and each group's share of the test statistic", () => {
  const hs = loadReference("hs1939_cfa_ml").model;
  const cases: { est: string; options: SemOptions }[] = [
    // lavaan: cfa(HS.model, hs, group = "school", estimator = "MLR") — Standard and Scaled shares
    { est: "mlr", options: { group: "school", estimator: "MLR" } },
    // lavaan: cfa(HS.model, hs, group = "school", group.equal = "loadings", estimator = "GLS") — (N_g − 1)·F_g
    { est: "gls", options: { group: "school", groupEqual: ["loadings"], estimator: "GLS" } },
  ];
  test.each(cases)("$est: the blocks equal lavaan's printout", ({ est, options }) => {
    const lavaan = readFileSync(`test/fixtures/hs1939_mg_${est}_summary.txt`, "utf8");
    const text = cfa(hs, readData("HolzingerSwineford1939.csv"), options).summary({ fitMeasures: true });
    // a group's share is not stationary at θ̂ like the total: it moves by ~1e-5 with the last digits of the
    // estimates, so those two lines are compared as numbers to the printed precision, the rest as text
    const isShare = (l: string): boolean => /^ {4}(Pasteur|Grant-White) /.test(l);
    expect(fitBlock(text).filter((l) => !isShare(l))).toEqual(fitBlock(lavaan).filter((l) => !isShare(l)));
    const shares = (t: string): number[][] => fitBlock(t).filter(isShare).map((l) => l.trim().split(/\s+/).slice(1).map(Number));
    const mine = shares(text), theirs = shares(lavaan);
    expect(mine.length).toBe(2);
    mine.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - theirs[i]![j]!)).toBeLessThanOrEqual(1.0001e-3)));
    const perGroup = (t: string): string[] => {
      const lines = t.split("\n").map((l) => l.trimEnd());
      const at = lines.indexOf("  Number of observations per group:");
      return lines.slice(at, at + 3);
    };
    expect(perGroup(text)).toEqual(perGroup(lavaan));
  });
});

test("WLSMV in two groups: each group's share, scaled share = share / c + shift · N_g/N (lavaan's printout)", () => {
  // lavaan: summary(sem(core, loy, ordered = TRUE, estimator = "WLSMV", group = "gender"), fit.measures = TRUE)
  const lavaan = readFileSync("test/fixtures/loyalty_core_mg_gender_wlsmv_summary.txt", "utf8");
  const fit = sem(loadReference("loyalty_core_mlr").model, readData("loyalty_survey.csv"), { ...LOYALTY, ordered: true, estimator: "WLSMV", group: "gender" });
  expect(fitBlock(fit.summary({ fitMeasures: true }))).toEqual(fitBlock(lavaan));
});
