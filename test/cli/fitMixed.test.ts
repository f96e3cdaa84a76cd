import { describe, test, expect } from "vitest";
import { fitCommand } from "../../src/cli/fit.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { loadReference, expectClose } from "../helpers/reference.ts";

describe("semkit fit --ordered LIST (ordinal and continuous indicators)", () => {
  test("loyalty_mixed_wlsmv: --json fit measures and SEs as lavaan's", async () => {
    // lavaan: sem(SAT =~ sat1-sat4, TRU =~ tru1-tru3, ordered = c("sat1", "sat2", "sat3", "sat4"), estimator = "WLSMV")
    // (test/fixtures/wlsmv_mixed.R)
    const ref = loadReference("loyalty_mixed_wlsmv");
    const model = tempFile("mixed.lav", ref.model);
    const { code, text } = await runCommand(fitCommand, [
      "data/loyalty_survey.csv", "--reverse", "tru4,swc3", "--scale", "1:5", "--model", model, "--ordered", "sat1,sat2,sat3,sat4", "--json",
    ]);
    expect(code).toBe(0);
    const j = JSON.parse(text) as { fit: Record<string, number>; parameters: { lhs: string; op: string; rhs: string; est: number; se: number }[] };
    for (const k of ["chisq", "df", "chisq.scaled", "cfi.scaled", "rmsea.scaled", "srmr"]) expectClose(j.fit[k], ref.fit[k] as number, 1e-3, 1e-4, k);
    for (const [lhs, op, rhs] of [["TRU", "=~", "tru2"], ["tru1", "~~", "tru1"], ["tru3", "~1", ""], ["sat2", "|", "t3"]] as const) {
      const r = ref.parameters.find((x) => x["lhs"] === lhs && x["op"] === op && x["rhs"] === rhs)!;
      const m = j.parameters.find((x) => x.lhs === lhs && x.op === op && x.rhs === rhs)!;
      expectClose(m.est, r["est"] as number, 1e-4, 1e-4, `${lhs}${op}${rhs} est`);
      expectClose(m.se, r["se"] as number, 1e-3, 1e-4, `${lhs}${op}${rhs} se`);
    }
  });
});
