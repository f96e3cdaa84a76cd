import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { sem, cfa } from "../../src/sem/sem.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { groupLabels } from "../../src/sem/sampleFromData.ts";
import { orderedLevels } from "../../src/sem/orderedLevels.ts";
import { fitOrdinal, type OrdinalSolution } from "../../src/sem/fitOrdinal.ts";
import { ordinalCatml } from "../../src/sem/ordinalRobustFitMeasures.ts";
import { message } from "../../src/messages.ts";
import type { Dataset } from "../../src/data/types.ts";
import type { ParameterEstimate } from "../../src/sem/types.ts";
import { loadReference, readData, expectClose } from "../helpers/reference.ts";

// lavaan 0.6-14: lavaan:::lav_fit_catml_dwls(fit) of each case, written by test/fixtures/wlsmv_extra.R
const parts = JSON.parse(readFileSync("test/fixtures/wlsmv_catml_parts.json", "utf8")) as Record<string, Record<string, number | null>>;

/** The data as sem() sees it: loyalty survey with tru4 and swc3 reverse-coded on the 1–5 scale. */
function loyalty(): Dataset {
  return reverseCode(toDataset(readData("loyalty_survey.csv")), ["tru4", "swc3"], { min: 1, max: 5 });
}

/** The ordinal solution as sem(model, ds, { ordered: true, group, groupEqual }) builds it. */
function ordinalFit(model: string, ds: Dataset, group?: string, groupEqual: string[] = []): OrdinalSolution {
  const syntax = parseModel(model);
  const groups = groupLabels(ds, group);
  const spec = {
    ovNames: ds.names, groups: groups.labels, meanstructure: group !== undefined, stdLv: false, fixedX: true,
    orthogonal: false, groupEqual, groupPartial: [],
  };
  const pt = buildParTable(syntax, { ...spec, ordered: orderedLevels(ds, buildParTable(syntax, spec).ov, true) });
  return fitOrdinal(pt, ds, groups);
}

/** sat1–sat4 and tru1–tru4 (tru4 reversed) dichotomised as x >= 4 → 1, else 0; missing stays missing. */
function binaryData(): Record<string, number[]> {
  const ds = loyalty();
  const out: Record<string, number[]> = {};
  for (const v of ["sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "tru4"]) {
    const col = ds.columns.get(v)!;
    out[v] = Array.from(col.values as Float64Array, (x) => (Number.isNaN(x) ? NaN : x >= 4 ? 1 : 0));
  }
  return out;
}

function checkCatml(o: OrdinalSolution, ref: Record<string, number | null>): void {
  const c = ordinalCatml(o);
  const pairs: [number, string][] = [
    [c.XX3, "XX3"], [c.df3, "df3"], [c.cHat3, "c.hat3"], [c.XX3scaled, "XX3.scaled"],
    [c.XX3null, "XX3.null"], [c.df3null, "df3.null"], [c.cHat3null, "c.hat3.null"],
  ];
  for (const [mine, name] of pairs) expectClose(mine, ref[name] as number, 1e-4, 1e-6, name);
}

describe("lavaan's catML statistics behind the robust CFI/TLI/RMSEA of WLSMV", () => {
  const ds = loyalty();
  const core = loadReference("loyalty_core_wlsmv").model;
  test("one group: loyalty core model", () => {
    // lavaan: lav_fit_catml_dwls(sem(core, loy, ordered = TRUE, estimator = "WLSMV"))
    checkCatml(ordinalFit(core, ds), parts["loyalty_core_wlsmv"]!);
  });
  test("two groups (gender), configural: f_g-weighted V, W and Γ blocks", () => {
    // lavaan: lav_fit_catml_dwls(sem(core, loy, ordered = TRUE, estimator = "WLSMV", group = "gender"))
    checkCatml(ordinalFit(core, ds, "gender"), parts["loyalty_core_mg_gender_wlsmv"]!);
  });
  test("binary items: tetrachoric correlations", () => {
    // lavaan: lav_fit_catml_dwls(cfa(binModel, bin, ordered = TRUE, estimator = "WLSMV"))
    const model = loadReference("loyalty_binary_wlsmv").model;
    checkCatml(ordinalFit(model, toDataset(binaryData())), parts["loyalty_binary_wlsmv"]!);
  });
  test("equal thresholds across groups: NaN where lavaan 0.6-14 reports NA, with a note", () => {
    // lavaan: lav_fit_catml_dwls(...group.equal = c("thresholds", "loadings")) returns NA (its catML fit fails)
    expect(Object.values(parts["loyalty_core_mg_gender_wlsmv_equal"]!).every((v) => v === null)).toBe(true);
    const o = ordinalFit(core, ds, "gender", ["thresholds", "loadings"]);
    const c = ordinalCatml(o);
    expect(c.constrained).toBe(true);
    expect(Number.isNaN(c.XX3) && Number.isNaN(c.cHat3) && Number.isNaN(c.cHat3null)).toBe(true);
    const fit = sem(core, readData("loyalty_survey.csv"), {
      reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, ordered: true, group: "gender", groupEqual: ["thresholds", "loadings"],
    });
    const fm = fit.fitMeasures();
    for (const name of ["cfi.robust", "tli.robust", "nnfi.robust", "rni.robust", "rmsea.robust", "rmsea.ci.lower.robust", "rmsea.pvalue.robust"]) {
      expect(Number.isNaN(fm[name]), name).toBe(true);
    }
    expect(fit.warnings).toContain(message.wlsmvRobustConstrainedThresholds);
  });
});

describe("loyalty_binary_wlsmv: WLSMV on binary items (tetrachoric correlations)", () => {
  // lavaan: cfa(binModel, bin, ordered = TRUE, estimator = "WLSMV"), test/fixtures/wlsmv_extra.R
  const ref = loadReference("loyalty_binary_wlsmv");
  const fit = cfa(ref.model, binaryData(), { ordered: true, estimator: "WLSMV" });
  test("converges with lavaan's nobs and npar", () => {
    expect(fit.converged).toBe(true);
    expect(fit.npar).toBe(ref.npar);
    expect(fit.nobs[0]).toBe(ref.nobs);
  });
  test("every parameter, SE and standardized value", () => {
    const mine = new Map<string, ParameterEstimate>(fit.parameterEstimates().map((r) => [`${r.lhs}|${r.op}|${r.rhs}`, r]));
    for (const r of ref.parameters) {
      const k = `${r["lhs"]}|${r["op"]}|${r["rhs"]}`;
      const m = mine.get(k);
      expect(m, k).toBeDefined();
      expectClose(m!.est, r["est"] as number, 1e-4, 1e-4, `${k} est`);
      for (const col of ["std.lv", "std.all"] as const) {
        const v = r[col] as number | null;
        if (v !== null && v !== undefined) expectClose(m![col], v, 1e-4, 1e-4, `${k} ${col}`);
      }
      const se = r["se"] as number | null;
      if (se !== null && se !== 0) expectClose(m!.se, se, 1e-3, 1e-4, `${k} se`);
    }
  });
  test("every fit measure in the fixture", () => {
    const fm = fit.fitMeasures();
    for (const [name, v] of Object.entries(ref.fit)) {
      if (v === null) continue;
      expectClose(fm[name], v, 1e-3, 1e-4, `fit ${name}`);
    }
  });
});
