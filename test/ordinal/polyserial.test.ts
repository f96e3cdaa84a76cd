import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { polyserial } from "../../src/ordinal/polyserial.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { readData, expectClose } from "../helpers/reference.ts";

// Reference: test/fixtures/polyserial_lavcor.json, made by test/fixtures/wlsmv_mixed.R with lavaan 0.6-14:
//   muthen1984(cbind(tru1, sat1), ov.types = c("numeric", "ordered")) on the complete pairs of the loyalty survey:
//   COR[2, 1] (lavaan's two-step polyserial), TH, VAR, and SEs sqrt(diag(B^-1 INNER B^-T) * N / (N - 1));
//   psych 2.2.9's polyserial() for the same pair (Olsson et al.'s ad hoc estimate, which semkit does not give).
interface Ref {
  nobs: number; rho: number; thresholds: number[]; mean: number; variance: number; psych: number;
  se: { mean: number; thresholds: number[]; variance: number; rho: number };
}
const ref = JSON.parse(readFileSync("test/fixtures/polyserial_lavcor.json", "utf8")) as Ref;
const ds = toDataset(readData("loyalty_survey.csv"));
const col = (name: string): (number | null)[] => Array.from(ds.columns.get(name)!.values as ArrayLike<number>, (v) => (Number.isNaN(v) ? null : v));

describe("polyserial(x, y) against lavaan's two-step estimator", () => {
  const r = polyserial(col("tru1"), col("sat1"));
  it("uses the complete pairs", () => {
    expect(r.nobs).toBe(ref.nobs);
    expect(r.levels).toEqual([1, 2, 3, 4, 5]);
  });
  it("gives lavaan's two-step ML correlation (1e-6) and its sandwich SE (1e-5 relative)", () => {
    // lavaan: muthen1984(...)$COR[2, 1] and its SE
    expectClose(r.rho, ref.rho, 0, 1e-6, "rho");
    expectClose(r.se, ref.se.rho, 1e-5, 0, "se");
    // psych::polyserial's ad hoc estimate differs (0.352): semkit documents the two-step ML one
    expect(Math.abs(r.rho - ref.psych)).toBeGreaterThan(0.004);
  });
  it("gives lavaan's thresholds, mean and variance with their SEs", () => {
    // lavaan: muthen1984(...)$TH, $VAR and their SEs
    ref.thresholds.forEach((t, k) => {
      expectClose(r.thresholds[k], t, 0, 1e-9, `t${k + 1} est`);
      expectClose(r.thresholdSe[k], ref.se.thresholds[k]!, 1e-5, 0, `t${k + 1} se`);
    });
    expectClose(r.mean, ref.mean, 1e-12, 0, "mean");
    expectClose(r.meanSe, ref.se.mean, 1e-5, 0, "mean se");
    expectClose(r.variance, ref.variance, 1e-9, 0, "variance");
    expectClose(r.varianceSe, ref.se.variance, 1e-5, 0, "variance se");
  });
  it("refuses x and y of different lengths", () => {
    expect(() => polyserial([1, 2, 3], [1, 2])).toThrow(DataError);
    expect(() => polyserial([1, 2, 3], [1, 2])).toThrow(message.polyserialLengths(3, 2));
  });
});
