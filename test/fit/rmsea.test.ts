import { describe, expect, it } from "vitest";
import { rmsea } from "../../src/fit/rmsea.ts";
import { rmseaCi } from "../../src/fit/rmseaCi.ts";
import { rmseaCloseFit } from "../../src/fit/rmseaCloseFit.ts";
import { rmseaNotCloseFit } from "../../src/fit/rmseaNotCloseFit.ts";
import { ML_FIXTURES, loadFixture, sampleSize, within } from "./fixtures.ts";

describe("RMSEA family against lavaan 0.6-14 fitMeasures()", () => {
  for (const id of ML_FIXTURES) {
    it(id, () => {
      // lavaan: fitMeasures(fit)[c("rmsea","rmsea.ci.lower","rmsea.ci.upper","rmsea.pvalue","rmsea.notclose.pvalue")]
      const fx = loadFixture(id);
      const f = fx.fit;
      const { n, groups } = sampleSize(fx);
      expect(rmsea(f.chisq!, f.df!, n, groups)).toBeCloseTo(f.rmsea!, 12);
      const [lo, hi] = rmseaCi(f.chisq!, f.df!, n, groups, f["rmsea.ci.level"]!);
      // lavaan finds λ with uniroot (tol ≈ 1.2e-4 in λ); we solve exactly, so allow 1e-5 relative
      expect(within(lo, f["rmsea.ci.lower"]!, 1e-5, 1e-9), `lower ${lo}`).toBe(true);
      expect(within(hi, f["rmsea.ci.upper"]!, 1e-5, 1e-9), `upper ${hi}`).toBe(true);
      expect(within(rmseaCloseFit(f.chisq!, f.df!, n, groups, f["rmsea.close.h0"]!), f["rmsea.pvalue"]!, 1e-9, 1e-14)).toBe(true);
      expect(
        within(rmseaNotCloseFit(f.chisq!, f.df!, n, groups, f["rmsea.notclose.h0"]!), f["rmsea.notclose.pvalue"]!, 1e-9, 1e-14),
      ).toBe(true);
    });
  }

  it("df = 0: rmsea 0, interval [0, 0], p-values NaN (lavaan's conventions)", () => {
    // lav_fit_rmsea: df == 0 → 0; lav_fit_rmsea_ci: df < 1 → 0; closefit: df > 0 required → NA
    expect(rmsea(0, 0, 100)).toBe(0);
    expect(rmseaCi(0, 0, 100)).toEqual([0, 0]);
    expect(rmseaCloseFit(0, 0, 100)).toBeNaN();
    expect(rmseaNotCloseFit(0, 0, 100)).toBeNaN();
  });

  it("χ² below df gives rmsea 0 and a zero lower bound", () => {
    // poldem_sem_ml has χ² = 40.18 > df = 38 but lower bound 0 in lavaan; with χ² < df rmsea is 0
    expect(rmsea(30, 38, 75)).toBe(0);
    expect(rmseaCi(30, 38, 75)[0]).toBe(0);
  });
});
