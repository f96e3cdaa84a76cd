import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { cfa } from "../../src/sem/sem.ts";
import { validity } from "../../src/validity/validity.ts";
import { constructValidity } from "../../src/validity/constructValidity.ts";
import { readData, expectClose } from "../helpers/reference.ts";
import { message } from "../../src/messages.ts";

// semTools 0.5-6 / lavaan 0.6-14 reference: test/fixtures/loyalty_construct_reliability.json
// R: fit <- cfa(model, data) [listwise]; compRelSEM(fit); AVE(fit); htmt(model, data); lavInspect(fit, "cor.lv")
interface Ref {
  model: string;
  composite_reliability: Record<string, number>;
  ave: Record<string, number>;
  htmt: number[][];
  latent_correlations: number[][];
}
const ref = JSON.parse(readFileSync("test/fixtures/loyalty_construct_reliability.json", "utf8")) as Ref;
const LOYALTY = { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } } as const;
const names = Object.keys(ref.composite_reliability);

describe("construct validity of the 7-factor loyalty CFA (semTools 0.5-6)", () => {
  const csv = readData("loyalty_survey.csv");
  const cv = constructValidity(ref.model, csv, LOYALTY);
  const v = validity(cfa(ref.model, csv, LOYALTY));

  test("constructs in model order", () => {
    expect(cv.constructs).toEqual(names);
    expect(cv.indicators["TRU"]).toEqual(["tru1", "tru2", "tru3", "tru4"]);
  });
  test("composite reliability matches compRelSEM(fit) within 1e-4", () => {
    for (const f of names) {
      // semTools: compRelSEM(fit)
      expectClose(cv.compositeReliability[f], ref.composite_reliability[f]!, 0, 1e-4, `CR ${f}`);
      expectClose(v.compositeReliability[f], ref.composite_reliability[f]!, 0, 1e-4, `CR ${f} (validity(fit))`);
    }
  });
  test("AVE matches AVE(fit) within 1e-4", () => {
    for (const f of names) {
      // semTools: AVE(fit)
      expectClose(cv.ave[f], ref.ave[f]!, 0, 1e-4, `AVE ${f}`);
      expectClose(v.ave[f], ref.ave[f]!, 0, 1e-4, `AVE ${f} (validity(fit))`);
    }
  });
  test("HTMT matches htmt(model, data) within 1e-4", () => {
    // semTools: htmt(model, data) (absolute = TRUE, htmt2 = TRUE, missing = "listwise")
    expect(cv.htmt.names).toEqual(names);
    ref.htmt.forEach((row, a) => row.forEach((x, b) => expectClose(cv.htmt.matrix[a]![b], x, 0, 1e-4, `HTMT ${names[a]}-${names[b]}`)));
  });
  test("validity(fit) HTMT uses the fit's own complete cases (same 25 items here, so the same values)", () => {
    ref.htmt.forEach((row, a) => row.forEach((x, b) => expectClose(v.htmt.matrix[a]![b], x, 0, 1e-4, `HTMT ${names[a]}-${names[b]}`)));
  });
  test("latent correlations match lavInspect(fit, 'cor.lv') within 1e-4", () => {
    // lavaan: lavInspect(fit, "cor.lv")
    ref.latent_correlations.forEach((row, a) => row.forEach((x, b) => {
      expectClose(cv.latentCorrelations.matrix[a]![b], x, 0, 1e-4, `r ${names[a]}-${names[b]}`);
      if (a !== b) expectClose(cv.fornellLarcker.matrix[a]![b], x, 0, 1e-4, `FL ${names[a]}-${names[b]}`);
    }));
  });
  test("Fornell-Larcker diagonal is sqrt(AVE) of semTools' AVE", () => {
    names.forEach((f, a) => expectClose(cv.fornellLarcker.matrix[a]![a], Math.sqrt(ref.ave[f]!), 0, 1e-4, `sqrt AVE ${f}`));
  });
  test("flags follow the thresholds applied to the reference values", () => {
    for (const f of names) {
      const cr = cv.flags.find((x) => x.criterion === "CR" && x.constructs[0] === f)!;
      expect(cr.pass).toBe(ref.composite_reliability[f]! >= 0.7);
      const ave = cv.flags.find((x) => x.criterion === "AVE" && x.constructs[0] === f)!;
      expect(ave.pass).toBe(ref.ave[f]! >= 0.5);
    }
    // reference AVE: SWC 0.4566, ALT 0.4975, LOY 0.4901 fail the .50 rule
    expect(cv.flags.filter((x) => x.criterion === "AVE" && !x.pass).map((x) => x.constructs[0])).toEqual(["SWC", "ALT", "LOY"]);
    const swc = cv.flags.find((x) => x.criterion === "AVE" && x.constructs[0] === "SWC")!;
    expect(swc.message).toBe(message.validityFail("AVE", "SWC", swc.value, 0.5));
    // largest reference HTMT is SQ-SAT 0.607 < .85: every HTMT check passes
    expect(cv.flags.filter((x) => x.criterion.startsWith("HTMT")).every((x) => x.pass)).toBe(true);
    expect(cv.flags.filter((x) => x.criterion.startsWith("HTMT"))).toHaveLength(2 * 21);
    // Fornell-Larcker: sqrt(AVE) vs the largest |r| of each construct, from the reference numbers
    names.forEach((f, a) => {
      const maxR = Math.max(...ref.latent_correlations[a]!.filter((_, b) => b !== a).map(Math.abs));
      expect(cv.fornellLarcker.pass[f]).toBe(Math.sqrt(ref.ave[f]!) > maxR);
    });
  });
});
