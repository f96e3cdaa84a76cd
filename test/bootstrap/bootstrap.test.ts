import { describe, test, expect } from "vitest";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { sem } from "../../src/sem/sem.ts";
import { summarizeBootstrap } from "../../src/inference/resampling/summarizeBootstrap.ts";
import { bootstrapSetup } from "../../src/bootstrap/bootstrapSetup.ts";
import { DrawStatus } from "../../src/inference/resampling/types.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { message } from "../../src/messages.ts";
import { OptionError } from "../../src/errors.ts";

const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
// lavaan 0.6-14: sem(core model, loyalty data) — test/fixtures/loyalty_core_ml.json
const ref = loadReference("loyalty_core_ml");
const csv = readData("loyalty_survey.csv");
const deltaSe = (name: string): number => ref.parameters.find((r) => r["lhs"] === name && r["op"] === ":=")!["se"] as number;

describe("bootstrap of the loyalty core SEM (1000 draws, seed 1)", () => {
  const b = bootstrap(ref.model, csv, { ...LOYALTY, draws: 1000, seed: 1, type: "bca" });
  const indirect = b.estimates.find((e) => e.lhs === "indirect" && e.op === ":=")!;

  test("every draw converges and is used", () => {
    expect(b.draws).toBe(1000);
    expect(b.notConverged).toBe(0);
    expect(b.used).toBe(1000); // inadmissible draws are counted but kept, as lavaan
  });
  test("bootstrap SE of `indirect` is within 15% of lavaan's delta-method SE", () => {
    // lavaan: parameterEstimates(fit) row indirect := a*b, se = 0.03507 (delta method)
    const se = deltaSe("indirect");
    expect(Math.abs(indirect.se - se) / se).toBeLessThan(0.15);
  });
  test("the full-sample estimate is lavaan's", () => {
    // lavaan: indirect est
    const est = ref.parameters.find((r) => r["lhs"] === "indirect")!["est"] as number;
    expect(indirect.est).toBeCloseTo(est, 5);
  });
  test("percentile and BCa intervals of `indirect` exclude 0 and contain the estimate", () => {
    for (const ci of [indirect.boot.percentile, indirect.boot.bca!]) {
      expect(ci[0]).toBeGreaterThan(0);
      expect(ci[0]).toBeLessThan(indirect.est);
      expect(ci[1]).toBeGreaterThan(indirect.est);
    }
    expect([indirect["ci.lower"], indirect["ci.upper"]]).toEqual([...indirect.boot.bca!]);
  });
  test("bootstrap SEs of the free parameters are close to lavaan's ML standard errors", () => {
    // lavaan: se column of parameterEstimates(fit) (expected information); normal-theory SE ≈ bootstrap SE for these data
    let compared = 0;
    for (const r of ref.parameters) {
      if (!["=~", "~", "~~"].includes(r["op"] as string) || !((r["se"] as number) > 0)) continue;
      const e = b.estimates.find((x) => x.lhs === r["lhs"] && x.op === r["op"] && x.rhs === r["rhs"])!;
      expect(Math.abs(e.se - (r["se"] as number)) / (r["se"] as number), `${r["lhs"]}${r["op"]}${r["rhs"]}`).toBeLessThan(0.3);
      compared++;
    }
    expect(compared).toBe(ref.npar);
  });
  test("std.all of `indirect` has a bootstrap SE and an interval around lavaan's std.all", () => {
    // lavaan: standardizedSolution(fit) indirect est.std
    const std = ref.parameters.find((r) => r["lhs"] === "indirect")!["std.all"] as number;
    expect(indirect["std.all"]).toBeCloseTo(std, 5);
    expect(indirect["std.all.ci.lower"]).toBeGreaterThan(0);
    expect(indirect["std.all.ci.lower"]).toBeLessThan(std);
    expect(indirect["std.all.ci.upper"]).toBeGreaterThan(std);
    expect(indirect["std.all.se"]).toBeGreaterThan(0.5 * deltaSe("indirect"));
  });
});

describe("bootstrap bookkeeping", () => {
  test("the same seed gives the same replicates from a model or from its fit", () => {
    const fit = sem(ref.model, csv, LOYALTY);
    const a = bootstrap(ref.model, csv, { ...LOYALTY, draws: 20, seed: 7 });
    const c = bootstrap(fit, csv, { ...LOYALTY, draws: 20, seed: 7 });
    expect(Array.from(c.replicates)).toEqual(Array.from(a.replicates));
    const d = bootstrap(fit, csv, { ...LOYALTY, draws: 20, seed: 8 });
    expect(Array.from(d.replicates)).not.toEqual(Array.from(a.replicates));
  });
  test("a fit that does not match the data is refused", () => {
    const fit = sem(ref.model, csv, LOYALTY);
    const fewer = csv.split("\n").slice(0, 300).join("\n");
    expect(() => bootstrap(fit, fewer, { ...LOYALTY, draws: 20 })).toThrow(OptionError);
  });
  test("option errors", () => {
    expect(() => bootstrap(ref.model, csv, { ...LOYALTY, draws: 1 })).toThrow(message.bootstrapBadDraws(1));
    expect(() => bootstrap(ref.model, csv, { ...LOYALTY, level: 1.5 })).toThrow(message.bootstrapBadLevel(1.5));
  });
  test("non-converged draws are left out and counted; inadmissible draws are counted and kept unless asked", () => {
    const { setup, fit } = bootstrapSetup(ref.model, csv, LOYALTY);
    const K = setup.targets.length, w = 2 * K;
    const values = new Float64Array(4 * w);
    for (let d = 0; d < 4; d++) values.fill(d + 1, d * w, (d + 1) * w);
    values.fill(Number.NaN, 1 * w, 2 * w);
    const status = Uint8Array.from([DrawStatus.Ok, DrawStatus.NotConverged, DrawStatus.Inadmissible, DrawStatus.Ok]);
    const raw = { draws: 4, values, status, jackknife: null };
    const kept = summarizeBootstrap(setup, fit, raw, { seed: 1, type: "percentile", level: 0.95, dropInadmissible: false });
    expect([kept.used, kept.notConverged, kept.inadmissible]).toEqual([3, 1, 1]);
    expect(kept.estimates[0]!.boot.mean).toBeCloseTo((1 + 3 + 4) / 3, 14);
    // the fit's own warnings (here the listwise deletion) come first, then the draws'
    expect(kept.warnings).toEqual([...fit.warnings.map((w) => message.fromFit("fit", w)), message.bootstrapNotConverged(1, 4), message.bootstrapInadmissible(1, 4, false)]);
    const dropped = summarizeBootstrap(setup, fit, raw, { seed: 1, type: "percentile", level: 0.95, dropInadmissible: true });
    expect(dropped.used).toBe(2);
    expect(dropped.estimates[0]!.boot.mean).toBeCloseTo(2.5, 14);
  });
});
