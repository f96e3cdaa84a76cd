import { describe, expect, it } from "vitest";
import { cfa } from "../../src/sem/sem.ts";
import { objectives } from "../../src/estimate/objectives.ts";
import { completeDataBlocks } from "../../src/estimate/momentBlocks.ts";
import { EstimationError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

const model = loadReference("hs1939_cfa_gls").model;
const data = readData("HolzingerSwineford1939.csv");

describe.each(["GLS", "ULS"] as const)("%s discrepancy", (est) => {
  const fit = cfa(model, data, { estimator: est });
  const sol = fit.solution;
  const { rep, stats } = sol;
  const p = rep.p, N = stats.ntotal;
  const ev = objectives[est](rep, completeDataBlocks(stats), stats);
  it("equals Browne's closed forms: (N−1)/N · ½tr[(S⁻¹(S−Σ))²] (GLS), (N−1)/N · Σ_{a≤b}(s−σ)² (ULS)", () => {
    // lavaan: fitMeasures(fit)["chisq"] = N·F = (N − 1)·F_g (hs1939_cfa_gls.json / hs1939_cfa_uls.json)
    const f = ev.objective(sol.theta);
    const S = stats.cov[0]!, Sig = ev.implied[0]!.sigma;
    let direct = 0;
    if (est === "ULS") {
      for (let a = 0; a < p; a++) for (let b = a; b < p; b++) direct += (S[a * p + b]! - Sig[a * p + b]!) ** 2;
    } else {
      // A = S⁻¹(S − Σ) = I − S⁻¹Σ; tr(A²)
      const Sinv = invert(S, p), A = new Float64Array(p * p);
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) {
        let v = a === b ? 1 : 0;
        for (let k = 0; k < p; k++) v -= Sinv[a * p + k]! * Sig[k * p + b]!;
        A[a * p + b] = v;
      }
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) direct += 0.5 * A[a * p + b]! * A[b * p + a]!;
    }
    expectClose(f, ((N - 1) / N) * direct, 1e-12, 1e-14, "F");
    expectClose(N * f, loadReference(`hs1939_cfa_${est.toLowerCase()}`).fit["chisq"] as number, 1e-5, 0, "chisq");
  });
  it("analytic gradient equals central differences; Gauss–Newton Hessian is symmetric", () => {
    const n = ev.npar, g = new Float64Array(n), H = new Float64Array(n * n);
    const t = Float64Array.from(sol.theta, (v, i) => v + 0.01 * (i % 3 - 1)); // away from the optimum
    ev.derivatives(t, g, H);
    const h = 1e-6;
    for (let k = 0; k < n; k++) {
      const x = t[k]!;
      t[k] = x + h; const up = ev.objective(t);
      t[k] = x - h; const dn = ev.objective(t);
      t[k] = x;
      expectClose(g[k]!, (up - dn) / (2 * h), 1e-6, 1e-9, `grad ${k}`);
      for (let j = 0; j < k; j++) expect(H[k * n + j]).toBeCloseTo(H[j * n + k]!, 12);
    }
  });
  it("has no casewise scores", () => {
    expect(() => ev.casewiseDerivatives(sol.theta, [])).toThrow(new EstimationError(message.leastSquaresNoCasewise));
  });
});

function invert(S: Float64Array, p: number): Float64Array {
  const a = Array.from({ length: p }, (_, i) => [...Array.from(S.subarray(i * p, (i + 1) * p)), ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < p; c++) {
    const piv = a[c]![c]!;
    for (let j = 0; j < 2 * p; j++) a[c]![j]! /= piv;
    for (let r = 0; r < p; r++) if (r !== c) { const f = a[r]![c]!; for (let j = 0; j < 2 * p; j++) a[r]![j]! -= f * a[c]![j]!; }
  }
  return Float64Array.from(a.flatMap((row) => row.slice(p)));
}
