import { describe, expect, it } from "vitest";
import { toDataset } from "../../src/data/toDataset.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { groupLabels } from "../../src/sem/sampleFromData.ts";
import { orderedLevels } from "../../src/sem/orderedLevels.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { ordinalSampleStatistics } from "../../src/ordinal/ordinalSampleStatistics.ts";
import { buildRepresentation } from "../../src/representation/buildRepresentation.ts";
import { ordinalTargets } from "../../src/estimate/ordinalTargets.ts";
import { dwlsEvaluator } from "../../src/estimate/dwlsEvaluator.ts";
import { startValues } from "../../src/partable/startValues.ts";
import { fisherScoring } from "../../src/estimate/fisherScoring.ts";
import { idleThresholds } from "../../src/estimate/idleThresholds.ts";
import { subsetDiscrepancy } from "../../src/estimate/subsetDiscrepancy.ts";
import type { Discrepancy } from "../../src/estimate/discrepancy.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

const core = loadReference("loyalty_core_wlsmv");

/** The DWLS pieces fitOrdinal builds for sem(core, loy, { ordered: true }) without groups. */
function setup(groupEqual: string[] = [], group?: string) {
  const ds = reverseCode(toDataset(readData("loyalty_survey.csv")), ["tru4", "swc3"], { min: 1, max: 5 });
  const syntax = parseModel(core.model);
  const groups = groupLabels(ds, group);
  const spec = {
    ovNames: ds.names, groups: groups.labels, meanstructure: group !== undefined, stdLv: false, fixedX: true,
    orthogonal: false, groupEqual, groupPartial: [],
  };
  const pt = buildParTable(syntax, { ...spec, ordered: orderedLevels(ds, buildParTable(syntax, spec).ov, true) });
  const X = numericMatrix(ds, pt.ov, { missing: "listwise" });
  let data = X.data, n = X.n, index: Int32Array | undefined;
  if (group !== undefined) {
    const keep: number[] = [];
    for (let r = 0; r < X.n; r++) if (groups.rowGroup[X.rows[r]!]! >= 0) keep.push(r);
    data = new Float64Array(keep.length * pt.ov.length);
    index = new Int32Array(keep.length);
    const p = pt.ov.length;
    keep.forEach((r, k) => { data.set(X.data.subarray(r * p, r * p + p), k * p); index![k] = groups.rowGroup[X.rows[r]!]!; });
    n = keep.length;
  }
  const ordinal = ordinalSampleStatistics(data, n, pt.ov.length, pt.ov, index === undefined ? undefined : { index, labels: groups.labels });
  const og = ordinal.groups;
  const stats = {
    names: pt.ov, groups: pt.groups, nobs: og.map((g) => g.nobs), ntotal: n, cov: og.map((g) => g.correlation),
    mean: og.map(() => new Float64Array(pt.ov.length)),
  };
  const rep = buildRepresentation(pt, stats);
  const targets = ordinalTargets(pt, ordinal);
  const ev = dwlsEvaluator(rep, targets);
  const start = startValues(pt, stats.cov, stats.mean);
  targets.forEach((t, g) => {
    for (let j = 0; j < t.nth; j++) if (t.thresholdFree[j]! >= 0) start[t.thresholdFree[j]!] = og[g]!.wlsObs[j]!;
  });
  return { pt, rep, targets, ev, start, n, G: og.length };
}

describe("idleThresholds + subsetDiscrepancy", () => {
  it("loyalty core: every threshold is idle, and the restricted fit takes the same steps as the full one", () => {
    const { pt, rep, targets, ev, start, n, G } = setup();
    const idle = idleThresholds(rep, targets, ev, start);
    // lavaan: 60 thresholds (15 five-category items), each its own free parameter (loyalty_core_wlsmv.json)
    const thresholdIndices = pt.rows.filter((r) => r.op === "|" && r.free > 0).map((r) => r.free - 1).sort((a, b) => a - b);
    expect(thresholdIndices.length).toBe(core.parameters.filter((r) => r["op"] === "|").length);
    expect(idle).toEqual(thresholdIndices);
    const full = fisherScoring(ev, start);
    const sub = subsetDiscrepancy(ev, start, idle);
    expect(sub.discrepancy.npar).toBe(pt.npar - 60);
    const res = fisherScoring(sub.discrepancy, sub.start);
    expect(res.iterations).toBe(full.iterations);
    expect(Array.from(sub.expand(res.theta))).toEqual(Array.from(full.theta));
    // lavaan: fitMeasures(fit)["chisq"] = (N − G)·F
    expectClose((n - G) * res.fx, core.fit["chisq"] as number, 1e-6, 0, "chisq");
  });
  it("thresholds equal across groups are not idle (they enter two rows of Δ)", () => {
    const { pt, rep, targets, ev, start } = setup(["thresholds"], "gender");
    const idle = idleThresholds(rep, targets, ev, start);
    const shared = new Set(pt.rows.filter((r) => r.op === "|" && r.free > 0).map((r) => r.free - 1));
    expect(idle.filter((k) => shared.has(k))).toEqual([]);
  });
});

describe("subsetDiscrepancy on a hand-made quadratic", () => {
  // F(x, y, z) = (x − 1)² + 2(y − 3)² + xz + z²: gradient (2(x−1) + z, 4(y−3), x + 2z), Hessian [[2,0,1],[0,4,0],[1,0,2]]
  const ev: Discrepancy = {
    npar: 3,
    objective: (t) => (t[0]! - 1) ** 2 + 2 * (t[1]! - 3) ** 2 + t[0]! * t[2]! + t[2]! ** 2,
    derivatives(t, g, h) {
      g[0] = 2 * (t[0]! - 1) + t[2]!; g[1] = 4 * (t[1]! - 3); g[2] = t[0]! + 2 * t[2]!;
      if (h !== null) h.set([2, 0, 1, 0, 4, 0, 1, 0, 2]);
      return this.objective(t);
    },
  };
  it("keeps x and z, holds y at its value, and maps back", () => {
    const sub = subsetDiscrepancy(ev, new Float64Array([5, 7, 11]), [1]);
    expect(sub.discrepancy.npar).toBe(2);
    expect(Array.from(sub.start)).toEqual([5, 11]);
    const g = new Float64Array(2), h = new Float64Array(4);
    // at (x, y, z) = (2, 7, 1): F = 1 + 32 + 2 + 1 = 36, ∂F/∂x = 3, ∂F/∂z = 4, Hessian [[2,1],[1,2]]
    expect(sub.discrepancy.derivatives(new Float64Array([2, 1]), g, h)).toBe(36);
    expect(Array.from(g)).toEqual([3, 4]);
    expect(Array.from(h)).toEqual([2, 1, 1, 2]);
    expect(sub.discrepancy.objective(new Float64Array([0, 0]))).toBe(1 + 32);
    expect(Array.from(sub.expand(new Float64Array([-1, 2])))).toEqual([-1, 7, 2]);
  });
});
