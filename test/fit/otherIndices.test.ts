import { describe, expect, it } from "vitest";
import { agfi } from "../../src/fit/agfi.ts";
import { aic } from "../../src/fit/aic.ts";
import { bic } from "../../src/fit/bic.ts";
import { cminDf } from "../../src/fit/cminDf.ts";
import { ecvi } from "../../src/fit/ecvi.ts";
import { hoelterCn } from "../../src/fit/hoelterCn.ts";
import { mfi } from "../../src/fit/mfi.ts";
import { pgfi } from "../../src/fit/pgfi.ts";
import { sampleSizeAdjustedBic } from "../../src/fit/sampleSizeAdjustedBic.ts";
import { ML_FIXTURES, loadFixture, sampleSize, within } from "./fixtures.ts";

describe("information criteria and other scalar indices against lavaan 0.6-14", () => {
  for (const id of ML_FIXTURES) {
    it(id, () => {
      // lavaan: fitMeasures(fit)[c("aic","bic","bic2","cn_05","cn_01","mfi","ecvi","agfi","pgfi")]
      const fx = loadFixture(id);
      const f = fx.fit;
      const { n, groups } = sampleSize(fx);
      const close = (got: number, ref: number, what: string): void => {
        expect(within(got, ref, 1e-12, 1e-12), `${what}: ${got} vs ${ref}`).toBe(true);
      };
      close(aic(f.logl!, f.npar!), f.aic!, "aic");
      close(bic(f.logl!, f.npar!, n), f.bic!, "bic");
      close(sampleSizeAdjustedBic(f.logl!, f.npar!, n), f.bic2!, "bic2");
      close(hoelterCn(f.chisq!, f.df!, n, 0.05), f.cn_05!, "cn_05");
      close(hoelterCn(f.chisq!, f.df!, n, 0.01), f.cn_01!, "cn_01");
      close(mfi(f.chisq!, f.df!, n), f.mfi!, "mfi");
      close(ecvi(f.chisq!, f.npar!, n), f.ecvi!, "ecvi");
      // nel = G·(p(p+1)/2 + p·meanstructure), p = order of the fixture's implied covariance
      const implied = fx.implied as Record<string, { cov: number[][] }>;
      const p = (implied.cov !== undefined ? (fx.implied as { cov: number[][] }) : Object.values(implied)[0]!).cov.length;
      const meanstructure = id.includes("meanstructure") || groups > 1;
      const nel = groups * ((p * (p + 1)) / 2 + (meanstructure ? p : 0));
      close(agfi(f.gfi!, nel, f.df!), f.agfi!, "agfi");
      close(pgfi(f.gfi!, nel, f.df!), f.pgfi!, "pgfi");
      // lavaan: fmin = chisq / (2 N) for ML
      close(f.chisq! / (2 * n), f.fmin!, "fmin");
    });
  }

  it("edge cases", () => {
    // lav_fit_agfi_lisrel: df = 0 → 1; lav_fit_pgfi: nel = 0 → NA; lav_fit_cn: df = 0, X2 = 0 → NA
    expect(agfi(0.9, 45, 0)).toBe(1);
    expect(pgfi(0.9, 0, 10)).toBeNaN();
    expect(hoelterCn(0, 0, 100)).toBeNaN();
    // CMIN/DF = χ²/df, undefined at df = 0
    expect(cminDf(85.3055217703309, 24)).toBeCloseTo(85.3055217703309 / 24, 14);
    expect(cminDf(0, 0)).toBeNaN();
  });
});
