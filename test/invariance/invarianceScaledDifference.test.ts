import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { invariance } from "../../src/invariance/invariance.ts";
import { satorraBentler2001 } from "../../src/fit/satorraBentler2001.ts";
import { readData, expectClose } from "../helpers/reference.ts";
import { message } from "../../src/messages.ts";

interface Step { level: string; chisq: number; df: number; chisq_diff: number; df_diff: number; pvalue: number }
interface LrtCase { id: string; estimator: "MLR" | "MLM"; group: string; model: string; method: string; steps: Step[] }
const fixture = JSON.parse(readFileSync(new URL("../fixtures/invariance_lrt.json", import.meta.url), "utf8")) as { cases: LrtCase[] };
const dataOf: Record<string, () => ReturnType<typeof readData>> = {
  hs1939: () => readData("HolzingerSwineford1939.csv"),
  loyalty: () => readData("loyalty_survey.csv"),
};

// lavaan 0.6-14: lavTestLRT(configural, metric, scalar, strict) with cfa(..., estimator = "MLR"/"MLM",
// group.equal = <level>) — test/fixtures/invariance_lrt.R
describe.each(fixture.cases)("invariance() χ² difference tests against lavTestLRT: $id", (c) => {
  const data = dataOf[c.id.split("_")[0]!]!();
  const options = c.id.startsWith("loyalty") ? { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } : {};
  const res = invariance(c.model, data, { group: c.group, estimator: c.estimator, ...options });
  test("lavaan uses the Satorra-Bentler (2001) scaled difference", () => {
    expect(c.method).toBe("satorra.bentler.2001");
  });
  test.each(c.steps)("$level: standard χ², Δχ² (scaled), Δdf and p within 1e-3 relative", (step) => {
    const row = res.table.find((r) => r.level === step.level)!;
    expectClose(row.chisq, step.chisq, 1e-3, 1e-6, `${step.level} chisq`);
    expectClose(row.deltaChisq, step.chisq_diff, 1e-3, 1e-6, `${step.level} Chisq diff`);
    expect(row.deltaDf).toBe(step.df_diff);
    expectClose(row.pLrt, step.pvalue, 1e-3, 1e-9, `${step.level} Pr(>Chisq)`);
  });
});

describe("satorraBentler2001", () => {
  test("(T0 − T1) / cd with cd = (d0 c0 − d1 c1)/(d0 − d1)", () => {
    // Satorra & Bentler (2001), eq. (5): cd = (50·1.1 − 45·1.05)/5 = 1.55, T = 20/1.55
    expect(satorraBentler2001(120, 50, 1.1, 100, 45, 1.05)).toBeCloseTo(20 / 1.55, 12);
  });
  test("equal df or a non-positive cd give NaN", () => {
    expect(satorraBentler2001(120, 50, 1.1, 100, 50, 1.05)).toBeNaN();
    expect(satorraBentler2001(120, 50, 1.0, 100, 45, 1.2)).toBeNaN();
  });
});

describe("invariance() under WLSMV", () => {
  test("no χ² difference test: NaN with a warning that says why", () => {
    const model = "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3";
    const res = invariance(model, readData("loyalty_survey.csv"), { group: "gender", estimator: "WLSMV", ordered: true, levels: ["configural", "metric"] });
    expect(res.table[1]!.deltaChisq).toBeNaN();
    expect(res.table[1]!.pLrt).toBeNaN();
    expect(res.warnings).toContain(message.invarianceNoDifferenceTest("WLSMV"));
  });
});
