import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
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
