import { describe, test } from "vitest";
import { cfa } from "../../src/sem/sem.ts";
import { loadReference, readData } from "../helpers/reference.ts";
import { expectParameters, expectFitMeasures } from "../helpers/compareReference.ts";

// Every expected value is a lavaan 0.6-14 result in test/fixtures/hs1939_second_order.json (made by second_order.R).
describe("second-order factor: std.lv of a loading of a factor on a factor", () => {
  // lavaan: cfa(paste(HS.model, "g =~ visual + textual + speed"), data = HolzingerSwineford1939)
  const ref = loadReference("hs1939_second_order");
  const fit = cfa(ref.model, readData("HolzingerSwineford1939.csv"));
  test("estimates, SEs, std.lv (est·sd(g)/sd(lower factor)), std.all and std.nox equal lavaan's", () => {
    expectParameters(fit, ref);
  });
  test("fit measures equal lavaan's", () => {
    expectFitMeasures(fit, ref, ["chisq", "df", "cfi", "tli", "rmsea", "srmr", "logl", "aic", "bic"]);
  });
});

describe.each([
  // lavaan: cfa(model, HolzingerSwineford1939, std.lv = TRUE)
  { id: "hs1939_second_order_stdlv", options: { stdLv: true } },
  // lavaan: cfa(model, HolzingerSwineford1939, group = "school")
  { id: "hs1939_second_order_mg", options: { group: "school" } },
])("second-order factor: $id", ({ id, options }) => {
  const ref = loadReference(id);
  const fit = cfa(ref.model, readData("HolzingerSwineford1939.csv"), options);
  test("estimates, SEs and std.lv / std.all / std.nox equal lavaan's", () => expectParameters(fit, ref));
  test("fit measures equal lavaan's", () => expectFitMeasures(fit, ref, ["chisq", "df", "cfi", "tli", "rmsea", "srmr", "logl", "aic", "bic"]));
});
