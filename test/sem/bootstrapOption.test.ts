import { test, expect } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// lavaan: sem(core model, loyalty data, se = "bootstrap") — the bootstrap SE of `indirect` must be close to the
// delta-method SE of test/fixtures/loyalty_core_ml.json (15% is allowed at 1,000 draws; 300 draws here).
test('sem(..., { se: "bootstrap" }) gives bootstrap SEs and intervals for := parameters', () => {
  const ref = loadReference("loyalty_core_ml");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, se: "bootstrap", bootstrap: 300, seed: 1 });
  const row = fit.parameterEstimates().find((r) => r.lhs === "indirect" && r.op === ":=")!;
  const lavaan = ref.parameters.find((r) => r["lhs"] === "indirect")!;
  expectClose(row.est, lavaan["est"] as number, 1e-4, 1e-4, "indirect est");
  expectClose(row.se, lavaan["se"] as number, 0.2, 0, "bootstrap se of indirect");
  expect(row["ci.lower"]!).toBeGreaterThan(0);
  const again = sem(ref.model, readData("loyalty_survey.csv"), { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, se: "bootstrap", bootstrap: 300, seed: 1 });
  expect(again.parameterEstimates().find((r) => r.lhs === "indirect")!.se).toBe(row.se);
});
