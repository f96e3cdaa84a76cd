import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { sem, cfa } from "../../src/sem/sem.ts";
import { baselineByFitting } from "../../src/sem/baselineModel.ts";
import { h1Information } from "../../src/inference/h1Information.ts";
import { fimlCorrected } from "../../src/inference/fimlCorrected.ts";
import { linearModelTraceH0 } from "../../src/inference/linearModelTraceH0.ts";
import { momentJacobian, momentCount } from "../../src/representation/momentJacobian.ts";
import { symmetricEigenvalues } from "../../src/linalg/symmetricEigenvalues.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// lavaan 0.6-14 internals, written by test/fixtures/robust_fit_parts.R (the R calls are in each case's `call`)
interface PartsCase {
  id: string; call: string;
  h1: { traceA: number; frobeniusA: number; logdetA: number; traceB: number; traceAinvB: number }[];
  fimlCorrected?: Record<string, number | string>;
  baselineScaled?: { stat: number; df: number; "scaling.factor": number };
}
const parts = (JSON.parse(readFileSync("test/fixtures/robust_fit_parts.json", "utf8")) as { cases: PartsCase[] }).cases;
const part = (id: string): PartsCase => parts.find((c) => c.id === id)!;
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;

const fits = {
  hs1939_cfa_mlr: () => cfa(loadReference("hs1939_cfa_mlr").model, readData("HolzingerSwineford1939.csv"), { estimator: "MLR" }),
  loyalty_core_mlr: () => sem(loadReference("loyalty_core_mlr").model, readData("loyalty_survey.csv"), { ...LOYALTY, estimator: "MLR", missing: "ml" }),
  loyalty_core_fiml: () => sem(loadReference("loyalty_core_fiml").model, readData("loyalty_survey.csv"), { ...LOYALTY, missing: "ml" }),
};

describe.each(Object.keys(fits) as (keyof typeof fits)[])("%s", (id) => {
  const fit = fits[id]();
  const sol = fit.solution;
  const ref = part(id);
  it("h1 observed and first-order information (lav_model_h1_information_observed / _firstorder, unstructured)", () => {
    const h1 = h1Information(sol);
    const { n, A, B } = h1;
    expect(n).toBe(momentCount(sol.rep.p, sol.rep.meanstructure));
    let trA = 0, fro = 0, trB = 0;
    for (let i = 0; i < n; i++) { trA += A[i * n + i]!; trB += B![i * n + i]!; }
    for (let i = 0; i < n * n; i++) fro += A[i]! ** 2;
    const logdet = Array.from(symmetricEigenvalues(A, n)).reduce((s, v) => s + Math.log(v), 0);
    const r = ref.h1[0]!;
    // lavaan: sum(diag(A1)), sqrt(sum(A1^2)), log det(A1), sum(diag(B1)), tr(solve(A1, B1)) — single group, f_g = 1.
    // Complete data: exact up to rounding. FIML: at the EM moments, which agree with lavaan's EM to ~1e-6.
    const tol = sol.fiml ? 1e-5 : 1e-9;
    expectClose(trA, r.traceA, tol, 0, "tr A1");
    expectClose(Math.sqrt(fro), r.frobeniusA, tol, 0, "|A1|_F");
    expectClose(logdet, r.logdetA, tol, 1e-8, "log det A1");
    expectClose(trB, r.traceB, tol, 0, "tr B1");
    expectClose(h1.traceAinvB, r.traceAinvB, tol, 0, "tr(A1^-1 B1)");
  });
  if (ref.baselineScaled !== undefined) it("baseline scaling factor (lav_object_independence(fit)@test[[2]])", () => {
    const base = baselineByFitting(sol).solution;
    const c0 = (h1Information(sol).traceAinvB - linearModelTraceH0(base)) / base.df;
    // lavaan: the Yuan-Bentler (Mplus) scaling factor and scaled statistic of the baseline model
    expectClose(c0, ref.baselineScaled!["scaling.factor"], 1e-6, 0, "baseline scaling factor");
    expectClose(base.chisq / c0, ref.baselineScaled!.stat, 1e-6, 0, "baseline chisq.scaled");
    expect(base.df).toBe(ref.baselineScaled!.df);
  });
  if (ref.fimlCorrected !== undefined) it(`FIML-corrected statistics (lav_fit_fiml_corrected, ${ref.fimlCorrected["version"]})`, () => {
    const r = ref.fimlCorrected!;
    const out = fimlCorrected(sol, baselineByFitting(sol).solution, r["version"] as "V3" | "V6");
    // lavaan: XX3, c.hat3, XX3.scaled, XX3.null, c.hat3.null (EM moments and FIML estimates agree with lavaan to ~1e-6)
    expectClose(out.chisq, r["XX3"] as number, 1e-5, 0, "XX3");
    expect(out.df).toBe(r["df3"]);
    expectClose(out.cHat, r["c.hat3"] as number, 1e-5, 0, "c.hat3");
    expectClose(out.chisqScaled, r["XX3.scaled"] as number, 1e-5, 0, "XX3.scaled");
    expectClose(out.baselineChisq, r["XX3.null"] as number, 1e-5, 0, "XX3.null");
    expect(out.baselineDf).toBe(r["df3.null"]);
    expectClose(out.cHatNull, r["c.hat3.null"] as number, 1e-5, 0, "c.hat3.null");
  });
  it("moment Jacobian equals central differences of the implied moments", () => {
    const { ev, rep, theta } = sol;
    ev.objective(theta);
    const D = momentJacobian(rep, ev.implied);
    const q = ev.npar, p = rep.p, nm = momentCount(p, rep.meanstructure);
    const moments = (t: Float64Array): number[] => {
      ev.objective(t);
      const out: number[] = [];
      for (const imp of ev.implied) {
        for (let a = 0; a < p; a++) for (let b = a; b < p; b++) out.push(imp.sigma[a * p + b]!);
        if (rep.meanstructure) for (let a = 0; a < p; a++) out.push(imp.mu[a]!);
      }
      return out;
    };
    const h = 1e-6, t = new Float64Array(theta);
    for (let k = 0; k < q; k++) {
      t[k] = theta[k]! + h; const up = moments(t);
      t[k] = theta[k]! - h; const dn = moments(t);
      t[k] = theta[k]!;
      for (let r = 0; r < nm * sol.stats.groups.length; r++) expectClose(D[r * q + k]!, (up[r]! - dn[r]!) / (2 * h), 1e-6, 1e-7, `Delta[${r},${k}]`);
    }
    ev.objective(theta);
  });
});
