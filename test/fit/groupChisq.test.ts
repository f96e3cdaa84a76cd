import { describe, expect, test } from "vitest";
import { sem, cfa } from "../../src/sem/sem.ts";
import type { SemOptions } from "../../src/sem/types.ts";
import { groupChisq } from "../../src/fit/groupChisq.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// lavaan 0.6-14: fit@test[[1]]$stat.group (the "Test statistic for each group" of summary()). A group's share is not
// stationary at θ̂ like the total, so it is compared to 1e-4 relative (the estimates agree to about 1e-6).
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const HS = "HolzingerSwineford1939.csv";
const cases: { name: string; fn: typeof sem; model: string; data: string; options: SemOptions; lavaan: number[] }[] = [
  // cfa(HS.model, hs, group = "school")
  { name: "ML", fn: cfa, model: "hs1939_cfa_ml", data: HS, options: { group: "school" }, lavaan: [64.3091064913914, 51.542237384168] },
  // cfa(HS.model, hs, group = "school", group.equal = c("loadings", "intercepts"))
  { name: "ML scalar", fn: cfa, model: "hs1939_cfa_ml", data: HS, options: { group: "school", groupEqual: ["loadings", "intercepts"] }, lavaan: [90.2104030610175, 73.892427864165] },
  // cfa(HS.model, hs, group = "school", estimator = "GLS")
  { name: "GLS", fn: cfa, model: "hs1939_cfa_ml", data: HS, options: { group: "school", estimator: "GLS" }, lavaan: [54.8963572309593, 42.5835908109811] },
  // cfa(HS.model, hs, group = "school", estimator = "ULS")
  { name: "ULS", fn: cfa, model: "hs1939_cfa_ml", data: HS, options: { group: "school", estimator: "ULS" }, lavaan: [61.0102422585697, 30.9341457801889] },
  // sem(core, loy, group = "platform", missing = "ml"): FIML, over the missing-data patterns
  { name: "FIML", fn: sem, model: "loyalty_core_mlr", data: "loyalty_survey.csv", options: { ...LOYALTY, group: "platform", missing: "ml" }, lavaan: [107.744309382495, 105.744777538799] },
];

describe.each(cases)("each group's share of chi-square: $name", ({ fn, model, data, options, lavaan }) => {
  test("equals lavaan's stat.group and adds up to chisq", () => {
    const fit = fn(loadReference(model).model, readData(data), options);
    const shares = groupChisq(fit.solution, fit.estimator)!;
    expect(shares).toHaveLength(2);
    shares.forEach((v, g) => expectClose(v, lavaan[g]!, 1e-4, 1e-6, `group ${g + 1}`));
    expectClose(shares[0]! + shares[1]!, fit.fitMeasures()["chisq"]!, 1e-10, 1e-8, "sum");
  });
});

test("WLSMV: not computed (null), so summary() leaves the per-group lines out rather than print other numbers", () => {
  // lavaan prints DWLS shares for several groups; semkit does not compute them yet
  const ref = loadReference("loyalty_core_wlsmv");
  const fit = sem(ref.model, readData("loyalty_survey.csv"), { ...LOYALTY, ordered: true, estimator: "WLSMV" });
  expect(groupChisq(fit.solution, "WLSMV")).toBeNull();
});
