import { test, expect } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { observedHessian } from "../../src/inference/observedHessian.ts";
// Consistency check (no reference needed): the analytic observed Hessian must equal the numerical Jacobian of the
// analytic gradient (what lavaan uses for information = "observed") on three fixture models.
test("analytic observed Hessian equals the numerical Jacobian of the gradient", () => {
  for (const [id, data, opts] of [["loyalty_core_fiml", "loyalty_survey.csv", { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, missing: "ml" }], ["poldem_sem_ml", "PoliticalDemocracy.csv", {}], ["hs1939_mg_school_scalar", "HolzingerSwineford1939.csv", { group: "school", groupEqual: ["loadings", "intercepts"] }]] as const) {
    const ref = loadReference(id);
    const fit = sem(ref.model, readData(data), opts as any);
    const sol = fit.solution; const n = sol.pt.npar;
    const num = observedHessian(sol.ev, sol.theta);
    const ana = new Float64Array(n * n);
    expect(sol.ev.observedHessian).toBeTypeOf("function");
    sol.ev.observedHessian!(sol.theta, ana);
    let worst = 0, scale = 0;
    for (let i = 0; i < n * n; i++) { worst = Math.max(worst, Math.abs(num[i]! - ana[i]!)); scale = Math.max(scale, Math.abs(num[i]!)); }
    expect(worst / scale).toBeLessThan(1e-5);
  }
});
