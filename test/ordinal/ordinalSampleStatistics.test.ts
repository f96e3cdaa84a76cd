import { describe, expect, it } from "vitest";
import { loadOrdinalCases, caseMatrix, unvech } from "./fixture.ts";
import type { OrdinalCase } from "./fixture.ts";
import { ordinalSampleStatistics } from "../../src/ordinal/ordinalSampleStatistics.ts";
import type { OrdinalGroups } from "../../src/ordinal/types.ts";
import { expectClose, loadReference } from "../helpers/reference.ts";

// Reference: test/fixtures/loyalty_ordinal.json, made by test/fixtures/loyalty_ordinal.R with lavaan 0.6-14:
//   fit <- lavCor(x, ordered = items, output = "fit", estimator = "WLSMV", se = "robust.sem" [, group = ...])
//   lavInspect(fit, "wls.obs"), lavInspect(fit, "sampstat"), diag(lavInspect(fit, "wls.v")), lavInspect(fit, "gamma")
// Tolerances: thresholds and correlations 1e-6 absolute; Γ 1e-4 relative (entries below 1e-3 of the largest
// diagonal entry compared at that scale); DWLS weights 1e-4 relative.

function groupsOf(c: OrdinalCase): OrdinalGroups | undefined {
  if (c.groupLabels.length === 0) return undefined;
  const col = c.data["platform"]!;
  return { index: col.map((x) => c.groupLabels.indexOf(x as string)), labels: c.groupLabels };
}

describe.each(loadOrdinalCases().map((c) => [c.id, c] as const))("lavaan case %s", (_id, c) => {
  const { data, n, p } = caseMatrix(c);
  const s = ordinalSampleStatistics(data, n, p, c.names, groupsOf(c));

  it("has lavaan's threshold and WLS.obs names and sizes", () => {
    // lavaan: names(lavInspect(fit, "sampstat")$th), names(lavInspect(fit, "wls.obs"))
    expect(s.thresholdNames).toEqual(c.groups[0]!.thNames);
    expect(s.wlsObsNames.slice(0, s.nth)).toEqual(c.groups[0]!.thNames);
    expect(s.groups.length).toBe(c.groups.length);
    c.groups.forEach((ref, g) => {
      expect(s.groups[g]!.nobs).toBe(ref.nobs);
      expect(s.groups[g]!.wlsObs.length).toBe(ref.wlsObs.length);
    });
    if (c.groupLabels.length > 0) expect(s.groupLabels).toEqual(c.groupLabels);
  });

  it("reproduces the thresholds, polychoric correlations and WLS.obs within 1e-6", () => {
    c.groups.forEach((ref, g) => {
      const got = s.groups[g]!;
      // lavaan: lavInspect(fit, "sampstat")$th
      const th = got.thresholds.flatMap((t) => [...t]);
      ref.th.forEach((x, k) => expectClose(th[k], x, 0, 1e-6, `${c.id} g${g} ${ref.thNames[k]}`));
      // lavaan: lavInspect(fit, "sampstat")$cov (the polychoric matrix)
      for (let i = 0; i < p; i++) {
        for (let j = 0; j < p; j++) expectClose(got.correlation[i * p + j], ref.cor[i]![j]!, 0, 1e-6, `${c.id} g${g} cor[${i},${j}]`);
      }
      // lavaan: lavInspect(fit, "wls.obs")
      ref.wlsObs.forEach((x, k) => expectClose(got.wlsObs[k], x, 0, 1e-6, `${c.id} g${g} wls.obs ${ref.wlsObsNames[k]}`));
    });
  });

  it("reproduces lavaan's NACOV (gamma) within 1e-4 relative and the DWLS weights", () => {
    c.groups.forEach((ref, g) => {
      const got = s.groups[g]!;
      // lavaan: lavInspect(fit, "gamma") — all of it, or the stored rows for the wide case
      const q = ref.wlsObs.length;
      expect(got.gamma.length).toBe(q * q);
      const rows = Array.isArray(ref.gammaVech) ? Array.from({ length: q }, (_, a) => a) : ref.gammaRows.index as number[];
      const G = Array.isArray(ref.gammaVech) ? unvech(ref.gammaVech)
        : Float64Array.from({ length: q * q }, (_, x) => {
          const k = rows.indexOf(Math.floor(x / q));
          return k < 0 ? NaN : (ref.gammaRows.values as number[][])[k]![x % q]!;
        });
      // the largest diagonal entry of lavaan's Γ, from its DWLS weights 1/diag(Γ)
      const scale = Math.max(...ref.wlsVdiag.map((w) => 1 / w));
      let worst = 0, where = "";
      for (const a of rows) {
        for (let b = 0; b < q; b++) {
          const e = G[a * q + b]!;
          const ratio = Math.abs(got.gamma[a * q + b]! - e) / Math.max(1e-4 * Math.abs(e), 1e-7 * scale);
          if (!(ratio <= worst)) { worst = ratio; where = `gamma[${a},${b}] = ${got.gamma[a * q + b]}, lavaan ${e}`; }
        }
      }
      expect(worst, `${c.id} g${g} worst ${where}`).toBeLessThanOrEqual(1);
      // lavaan: diag(lavInspect(fit, "wls.v"))
      ref.wlsVdiag.forEach((x, k) => expectClose(got.wlsVdiag[k], x, 1e-4, 0, `${c.id} g${g} wls.v[${k}]`));
    });
  });
});

describe("loyalty core WLSMV model", () => {
  it("its threshold estimates are the sample thresholds (saturated threshold structure)", () => {
    // lavaan: sem(model, data, ordered = TRUE, estimator = "WLSMV"), parameterEstimates(), op "|"
    const ref = loadReference("loyalty_core_wlsmv");
    const c = loadOrdinalCases().find((x) => x.id === "core15")!;
    const { data, n, p } = caseMatrix(c);
    const s = ordinalSampleStatistics(data, n, p, c.names);
    const rows = ref.parameters.filter((r) => r["op"] === "|");
    expect(rows.length).toBe(60);
    for (const r of rows) {
      const k = s.thresholdNames.indexOf(`${r["lhs"]}|${r["rhs"]}`);
      expect(k).toBeGreaterThanOrEqual(0);
      expectClose(s.wlsObs[k], r["est"] as number, 0, 1e-6, `threshold ${r["lhs"]}|${r["rhs"]}`);
    }
  });
});
