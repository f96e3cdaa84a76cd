import { describe, expect, it } from "vitest";
import { cfi } from "../../src/fit/cfi.ts";
import { ifi } from "../../src/fit/ifi.ts";
import { nfi } from "../../src/fit/nfi.ts";
import { pnfi } from "../../src/fit/pnfi.ts";
import { rfi } from "../../src/fit/rfi.ts";
import { rni } from "../../src/fit/rni.ts";
import { tli } from "../../src/fit/tli.ts";
import { ML_FIXTURES, loadFixture } from "./fixtures.ts";

const kernels = { cfi, tli, nnfi: tli, rfi, nfi, pnfi, ifi, rni } as const;

describe("incremental fit indices against lavaan 0.6-14 fitMeasures()", () => {
  for (const id of ML_FIXTURES) {
    it(id, () => {
      // lavaan: fitMeasures(fit)[c("cfi","tli","nnfi","rfi","nfi","pnfi","ifi","rni")], fixture test/fixtures/<id>.json
      const f = loadFixture(id).fit;
      for (const [name, k] of Object.entries(kernels)) {
        const got = k(f.chisq!, f.df!, f["baseline.chisq"]!, f["baseline.df"]!);
        expect(got, name).toBeCloseTo(f[name]!, 12);
      }
    });
  }
});

describe("incremental fit indices: lavaan's edge cases (R/lav_fit_cfi.R)", () => {
  it("cfi is 1 when χ² < df, and 1 when both non-centralities vanish", () => {
    // lav_fit_cfi: t1 = max(X2 - df, 0) = 0 → CFI = 1 - 0/t2 = 1
    expect(cfi(20, 24, 900, 36)).toBe(1);
    expect(cfi(20, 24, 30, 36)).toBe(1);
  });
  it("tli exceeds 1 when χ² < df and is 1 when df = 0", () => {
    // lav_fit_tli: 1 - ((20-24)*36)/((900-36)*24) = 1 + 144/20736
    expect(tli(20, 24, 900, 36)).toBeCloseTo(1 + 144 / 20736, 14);
    expect(tli(0, 0, 900, 36)).toBe(1);
  });
  it("rni is not truncated and is NaN when the baseline non-centrality is zero", () => {
    // lav_fit_rni: 1 - (20-24)/(900-36)
    expect(rni(20, 24, 900, 36)).toBeCloseTo(1 + 4 / 864, 14);
    expect(rni(20, 24, 36, 36)).toBeNaN();
  });
  it("rfi, nfi are NaN when df > df0; nfi is 1 when df = 0", () => {
    // lav_fit_rfi / lav_fit_nfi: df > df.null → NA
    expect(rfi(10, 40, 900, 36)).toBeNaN();
    expect(nfi(10, 40, 900, 36)).toBeNaN();
    expect(nfi(0, 0, 900, 36)).toBe(1);
    // lav_fit_rfi: t1 < 0 → 1
    expect(rfi(100, 2, 90, 36)).toBe(1);
  });
  it("ifi is 1 when χ²₀ < df, and NaN inputs propagate", () => {
    // lav_fit_ifi: t2 = X2.null - df < 0 → 1
    expect(ifi(5, 30, 20, 36)).toBe(1);
    expect(cfi(Number.NaN, 24, 900, 36)).toBeNaN();
    expect(pnfi(10, 24, 0, 36)).toBeNaN();
  });
});
