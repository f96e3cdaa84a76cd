import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { commonMethodBias } from "../../src/cmb/commonMethodBias.ts";
import { ModelSpecificationError } from "../../src/errors.ts";
import { readData } from "../helpers/reference.ts";

// Reference: test/fixtures/common_method_bias.json (test/fixtures/common_method_bias.R), psych 2.2.9 and lavaan 0.6-14
// on data/loyalty_survey.csv with tru4 and swc3 recoded as 6 − x, the loyalty core measurement model.
const ref = JSON.parse(readFileSync("test/fixtures/common_method_bias.json", "utf8"));
const close = (got: number, want: number, tol: number, what: string): void => {
  expect(Math.abs(got - want), `${what}: semkit ${got}, R ${want}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
};

describe("commonMethodBias: Harman's single-factor test and the unmeasured latent method factor", () => {
  const r = commonMethodBias(readData("loyalty_survey.csv"), ref.measurement, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });

  it("Harman: first unrotated component and principal-axis factor as psych", () => {
    expect(r.nComplete).toBe(ref.n_complete);
    // psych: principal(X, nfactors = 1, rotate = "none")$values[1] and $Vaccounted["Proportion Var", 1]
    close(r.harman.pca.eigenvalue, ref.harman_pca.eigenvalue, 1e-6, "PCA eigenvalue");
    close(r.harman.pca.proportion, ref.harman_pca.proportion, 1e-6, "PCA proportion");
    // psych: fa(X, nfactors = 1, rotate = "none", fm = "pa")$Vaccounted
    close(r.harman.factor.ss, ref.harman_fa.ss, 1e-4, "PA SS loadings");
    close(r.harman.factor.proportion, ref.harman_fa.proportion, 1e-4, "PA proportion");
    expect(r.harman.passes).toBe(true);
    expect(r.harman.cutoff).toBe(0.5);
  });

  it("method factor: both CFAs' fit, Δχ² and the variance explained as lavaan", () => {
    // lavaan: fitMeasures(cfa(measurement, loy)) and fitMeasures(cfa(method, loy))
    for (const k of ["chisq", "cfi", "tli", "rmsea", "srmr"] as const) {
      close(r.methodFactor.baseline[k], ref.baseline[k], 1e-3, `baseline ${k}`);
      close(r.methodFactor.method[k], ref.method[k], 1e-3, `method ${k}`);
    }
    expect(r.methodFactor.baseline.df).toBe(ref.baseline.df);
    expect(r.methodFactor.method.df).toBe(ref.method.df);
    // lavaan: anova(meth, base)
    close(r.methodFactor.deltaChisq, ref.delta_chisq, 1e-3, "Δχ²");
    expect(r.methodFactor.deltaDf).toBe(ref.delta_df);
    close(r.methodFactor.pvalue, ref.delta_p, 1e-3, "p");
    // lavaan: standardizedSolution(meth), est.std of the =~ rows
    r.methodFactor.loadings.forEach((l, i) => {
      close(l.method_loading, ref.method_loadings[i], 1e-4, `${l.item} method loading`);
      close(l.trait_loading, ref.trait_loadings[i], 1e-4, `${l.item} trait loading`);
    });
    close(r.methodFactor.meanMethodVariance, ref.mean_method_variance, 1e-4, "mean method variance");
    close(r.methodFactor.meanTraitVariance, ref.mean_trait_variance, 1e-4, "mean trait variance");
    expect(r.methodFactor.method.converged).toBe(true);
  });

  it("a model without =~ lines is an error", () => {
    expect(() => commonMethodBias(readData("loyalty_survey.csv"), "loy1 ~ sat1")).toThrow(ModelSpecificationError);
  });
});

describe("semkit cmb", () => {
  it("prints Harman's share and the method-factor comparison with psych's and lavaan's numbers", async () => {
    const { cmbCommand } = await import("../../src/cli/cmb.ts");
    const { parseArgs } = await import("../../src/cli/args.ts");
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const model = join(mkdtempSync(join(tmpdir(), "semkit-cmb-")), "m.lav");
    writeFileSync(model, ref.measurement);
    let text = "";
    expect(await cmbCommand.run(parseArgs(["data/loyalty_survey.csv", "--model", model, "--reverse", "tru4,swc3", "--scale", "1:5"]), (t) => { text += t; })).toBe(0);
    // psych: principal(X, 1, rotate = "none")$Vaccounted["Proportion Var", 1]; lavaan: anova(meth, base)
    expect(text).toContain(`${(100 * ref.harman_pca.proportion).toFixed(2)}% of the variance`);
    expect(text).toMatch(new RegExp(`difference\\s+${ref.delta_chisq.toFixed(3)}\\s+1\\s`));
    expect(text).toContain(`method factor ${(100 * ref.mean_method_variance).toFixed(2)}%`);
  });
});
