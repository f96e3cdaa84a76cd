import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { populationModel } from "../../src/simulate/populationModel.ts";
import { ModelSpecificationError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

interface PopCase {
  id: string; model: string; args: { standardized?: boolean }; ngroups: number; names: string[];
  cov: number[][][]; mean: (number[] | null)[];
}
const ref = JSON.parse(readFileSync("test/simulate/fixtures/simulate_reference.json", "utf8")) as { population: PopCase[] };

describe("populationModel reproduces lavaan simulateData's population moments", () => {
  // lavaan 0.6-14: simulateData(model, sample.nobs, return.fit = TRUE, ...); lavInspect(attr(d, "fit"), "implied")
  for (const c of ref.population) {
    test(c.id, () => {
      const pop = populationModel(c.model, { standardized: c.args.standardized ?? false, groups: c.ngroups });
      expect(pop.names).toEqual(c.names);
      const p = c.names.length;
      c.cov.forEach((S, g) => {
        for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) expect(pop.sigma[g]![i * p + j]).toBeCloseTo(S[i]![j]!, 12);
        const m = c.mean[g];
        if (m !== null && m !== undefined) for (let i = 0; i < p; i++) expect(pop.mu[g]![i]).toBeCloseTo(m[i]!, 12);
      });
    });
  }
});

describe("standardized population models (hand-computed by path tracing)", () => {
  test("a chain x → y → z: every variance 1, residuals 1 − R², cov(x, z) = .5 × .4", () => {
    // Bollen (1989), ch. 2 path tracing: Var(y) = .5² + ψ_y = 1 → ψ_y = .75; Var(z) = .4² + ψ_z = 1 → ψ_z = .84
    const pop = populationModel("y ~ .5*x\nz ~ .4*y", { standardized: true });
    const p = 3, S = pop.sigma[0]!, idx = (v: string): number => pop.names.indexOf(v);
    for (const v of ["x", "y", "z"]) expect(S[idx(v) * p + idx(v)]).toBeCloseTo(1, 13);
    expect(S[idx("x") * p + idx("z")]).toBeCloseTo(0.2, 13);
    const val = (lhs: string): number => pop.parameters.find((r) => r.op === "~~" && r.lhs === lhs && r.rhs === lhs)!.value;
    expect(val("y")).toBeCloseTo(0.75, 13);
    expect(val("z")).toBeCloseTo(0.84, 13);
  });

  test("a latent chain (lavaan ≥ 0.6-20 behaviour): endogenous latent variances are 1 too", () => {
    // SAT = .45 SQ + .30 PV, TRU = .55 SAT: ψ_SAT = 1 − (.45² + .30²) = .7075, ψ_TRU = 1 − .55² = .6975,
    // loadings .8: θ = 1 − .64 = .36, cov(sq1, tru1) = .8 · .45 · .55 · .8
    const pop = populationModel("SQ =~ .8*sq1 + .8*sq2\nPV =~ .8*pv1 + .8*pv2\nSAT =~ .8*sat1 + .8*sat2\nTRU =~ .8*tru1 + .8*tru2\n" +
      "SAT ~ .45*SQ + .30*PV\nTRU ~ .55*SAT", { standardized: true });
    const val = (lhs: string): number => pop.parameters.find((r) => r.op === "~~" && r.lhs === lhs && r.rhs === lhs)!.value;
    expect(val("SAT")).toBeCloseTo(0.7075, 13);
    expect(val("TRU")).toBeCloseTo(0.6975, 13);
    expect(val("tru1")).toBeCloseTo(0.36, 13);
    const p = pop.names.length, a = pop.names.indexOf("sq1"), b = pop.names.indexOf("tru1");
    expect(pop.sigma[0]![a * p + b]).toBeCloseTo(0.8 * 0.45 * 0.55 * 0.8, 13);
    for (let i = 0; i < p; i++) expect(pop.sigma[0]![i * p + i]).toBeCloseTo(1, 13);
  });

  test("single indicator: residual variance is not fixed at 0 (simulateData: auto.fix.single = FALSE)", () => {
    // defaults: loading 1, factor variance 1, residual variance 1 → Var(x1) = 2
    const pop = populationModel("f =~ x1\ny ~ .5*f");
    expect(pop.sigma[0]![0]).toBeCloseTo(2, 14);
  });

  test("paths explaining more than all variance are refused with the message", () => {
    expect(() => populationModel("y ~ .8*x1 + .8*x2\nx1 ~~ .5*x2", { standardized: true }))
      .toThrow(new ModelSpecificationError(message.simNegativeResidual("y", 1 - (0.64 + 0.64 + 2 * 0.64 * 0.5))));
  });

  test("warnings: unspecified regressions set to 0, written residual variances replaced", () => {
    const a = populationModel("y ~ x + .3*z");
    expect(a.warnings).toContain(message.simUnspecifiedRegressions(["y ~ x"]));
    const b = populationModel("f =~ .7*x1 + .7*x2 + .7*x3\nx1 ~~ .2*x1", { standardized: true });
    expect(b.warnings).toContain(message.simStandardizedResiduals(["x1"]));
  });

  test("thresholds written in the syntax are kept per variable, sorted", () => {
    const pop = populationModel("f =~ .7*y1 + .7*y2\ny1 | 1*t2 + -1*t1");
    expect(Array.from(pop.thresholds[0]!.get("y1")!)).toEqual([-1, 1]);
  });
});
