import { describe, test, expect } from "vitest";
import { parseModel } from "../../src/syntax/parse.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { groupLabels } from "../../src/sem/sampleFromData.ts";
import { estimatorSetting } from "../../src/sem/estimatorSetting.ts";
import { semParTable } from "../../src/sem/semParTable.ts";
import { ESTIMATOR_STRATEGIES, estimatorStrategyName } from "../../src/sem/estimatorStrategies.ts";
import { sem } from "../../src/sem/sem.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { readData } from "../helpers/reference.ts";
import type { SemOptions } from "../../src/sem/types.ts";

const HS = readData("HolzingerSwineford1939.csv");
const HS_MODEL = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9";

function strategyOf(model: string, data: string, options: SemOptions): string {
  const setting = estimatorSetting(options);
  const ds = toDataset(data);
  const table = semParTable(parseModel(model), ds, groupLabels(ds, options.group), options, setting);
  return estimatorStrategyName(table.pt, setting, options);
}

describe("the estimator strategy sem() takes for each estimator", () => {
  test.each([
    [{}, "ml"], [{ estimator: "MLR" }, "ml"], [{ estimator: "MLM" }, "ml"],
    [{ missing: "ml" }, "fiml"], [{ estimator: "MLR", missing: "ml" }, "fiml"], [{ missing: "ml.x" }, "fiml"],
    [{ estimator: "GLS" }, "leastSquares"], [{ estimator: "ULS" }, "leastSquares"],
  ] as const)("%o → %s", (options, name) => {
    expect(strategyOf(HS_MODEL, HS, options as SemOptions)).toBe(name);
  });

  test("ordered indicators: dwls, mixedDwls for a partial list, conditionalDwls with an exogenous covariate", () => {
    const items = "x1,x2,x3\n" + Array.from({ length: 60 }, (_, i) => `${(i % 3) + 1},${((i * 7) % 4) + 1},${((i * 5) % 3) + 1}`).join("\n");
    expect(strategyOf("f =~ x1 + x2 + x3", items, { ordered: true })).toBe("dwls");
    expect(strategyOf("f =~ x1 + x2 + x3", items, { ordered: ["x1", "x2"] })).toBe("mixedDwls");
    expect(strategyOf("f =~ x1 + x2\nf ~ x3", items, { ordered: ["x1", "x2"] })).toBe("conditionalDwls");
  });

  test("every strategy is in the table with a label", () => {
    expect(Object.keys(ESTIMATOR_STRATEGIES).sort()).toEqual(["conditionalDwls", "dwls", "fiml", "leastSquares", "mixedDwls", "ml"]);
    for (const s of Object.values(ESTIMATOR_STRATEGIES)) expect(s.label.length).toBeGreaterThan(3);
  });

  test("FIML with a complete-data estimator is refused, as lavaan refuses it", () => {
    for (const estimator of ["MLM", "GLS", "ULS"] as const) {
      expect(() => strategyOf(HS_MODEL, HS, { estimator, missing: "ml" })).toThrow(message.estimatorNeedsCompleteData(estimator));
    }
  });

  test("estimatorSetting resolves lavaan's defaults and refusals", () => {
    expect(estimatorSetting({})).toEqual({ estimator: "ML", ordinal: false, fiml: false });
    expect(estimatorSetting({ ordered: ["x1"] })).toEqual({ estimator: "WLSMV", ordinal: true, fiml: false });
    expect(estimatorSetting({ missing: "fiml" }).fiml).toBe(true);
    expect(() => estimatorSetting({ estimator: "WLSMV" })).toThrow(OptionError);
    expect(() => estimatorSetting({ ordered: true, missing: "ml" })).toThrow(message.ordinalFimlRefused("ml"));
  });

  test("each strategy reproduces lavaan's chi-square on HS1939", () => {
    // lavaan: fitMeasures(cfa(HS.model, data = HolzingerSwineford1939, estimator = E))["chisq"]
    expect(sem(HS_MODEL, HS).fitMeasures()["chisq"]).toBeCloseTo(85.306, 3); // E = "ML"
    expect(sem(HS_MODEL, HS, { missing: "ml" }).fitMeasures()["chisq"]).toBeCloseTo(85.306, 3); // missing = "ml", complete data
    expect(sem(HS_MODEL, HS, { estimator: "GLS" }).fitMeasures()["chisq"]).toBeCloseTo(77.471, 3); // E = "GLS" (test/fixtures/hs1939_cfa_gls.json)
  });
});
