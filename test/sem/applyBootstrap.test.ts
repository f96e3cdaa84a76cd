import { describe, test, expect } from "vitest";
import { applyBootstrap } from "../../src/sem/applyBootstrap.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { sem } from "../../src/sem/sem.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { loadReference, readData } from "../helpers/reference.ts";

// lavaan 0.6-14 model and data: test/fixtures/loyalty_core_ml.json (tru4, swc3 reversed as 6 - x)
const ref = loadReference("loyalty_core_ml");
const ds = reverseCode(toDataset(readData("loyalty_survey.csv")), ["tru4", "swc3"], { min: 1, max: 5 });

describe("applyBootstrap (the sem(..., { se: 'bootstrap' }) hook)", () => {
  const fit = sem(ref.model, ds);
  const fb = applyBootstrap(fit, ds, { bootstrap: 60, seed: 3 });
  const b = bootstrap(ref.model, ds, { draws: 60, seed: 3 });
  test("SEs and percentile intervals are those of bootstrap(); estimates unchanged", () => {
    const rows = fb.parameterEstimates().filter((r) => r.op !== "r2");
    expect(rows).toHaveLength(b.estimates.length);
    rows.forEach((r, k) => {
      const e = b.estimates[k]!;
      expect(r.est).toBe(fit.parameterEstimates()[k]!.est);
      if (fit.parameterEstimates()[k]!.se === 0) { expect(r.se).toBe(0); return; }
      expect(r.se).toBe(e.se);
      expect(r["ci.lower"]).toBe(e.boot.percentile[0]);
      expect(r["ci.upper"]).toBe(e.boot.percentile[1]);
      // lavaan se = "bootstrap": z = est / se
      expect(r.z).toBeCloseTo(r.est / e.se, 12);
    });
  });
  test("the bootstrap result is attached and R² rows are kept", () => {
    expect(fb.bootstrap.used).toBe(60);
    expect(fb.parameterEstimates().filter((r) => r.op === "r2")).toEqual(fit.parameterEstimates().filter((r) => r.op === "r2"));
    expect(fb.summary()).toContain("indirect");
  });
  test("bootstrapCi: 'bc' puts the bias-corrected interval in ci.lower/ci.upper", () => {
    const bc = applyBootstrap(fit, ds, { bootstrap: 60, seed: 3, bootstrapCi: "bc" });
    const row = bc.parameterEstimates().find((r) => r.lhs === "indirect")!;
    const e = b.estimates.find((x) => x.lhs === "indirect")!;
    expect([row["ci.lower"], row["ci.upper"]]).toEqual([...e.boot.bc]);
  });
});
