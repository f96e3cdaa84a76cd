/**
 * Inadmissible results propagate: the warnings of a fit (negative variances, non-convergence, too few cases,
 * singular matrices) reach every result built on it, and no verdict ("All thresholds met", "Supported",
 * hypothesis decisions) is printed without them. Model-setup warnings reach fit.warnings and summary().
 * The Heywood and near-collinear data sets and lavaan's warnings on them come from
 * test/fixtures/robustness/inadmissible.R.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { message } from "../../src/messages.ts";
import { cfa, sem } from "../../src/sem/sem.ts";
import { validity } from "../../src/validity/validity.ts";
import { constructValidity } from "../../src/validity/constructValidity.ts";
import { mediation } from "../../src/mediation/mediation.ts";
import { invariance } from "../../src/invariance/invariance.ts";
import { latentInteraction } from "../../src/moderation/latentInteraction.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { thesisAnalysis } from "../../src/thesis/thesisAnalysis.ts";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { thesisDocument } from "../../src/report/thesisDocument.ts";
import { validityCommand } from "../../src/cli/validity.ts";
import { invarianceCommand } from "../../src/cli/invariance.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { oneFactorRows } from "./helpers.ts";

interface Case { model: string; call: string; warnings: string | string[]; negative: string | string[]; negativeEst: number | number[] }
const ref = JSON.parse(readFileSync("test/fixtures/robustness/inadmissible.json", "utf8")) as Record<"heywood_cfa" | "heywood_sem" | "collinear_cfa", Case>;
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const heywood = readFileSync("test/fixtures/robustness/heywood.csv", "utf8");
const collinear = readFileSync("test/fixtures/robustness/collinear.csv", "utf8");
const heywoodWarning = message.heywood(["x1 ~~ x1"]);

describe("fits carry lavaan's inadmissibility warnings", () => {
  test("Heywood case: the negative residual variance lavaan finds, and the warning naming it", () => {
    // lavaan: cfa(cfaModel, data = heywood) warns "some estimated ov variances are negative"; x1 ~~ x1 = -0.2786
    const c = ref.heywood_cfa;
    expect(list(c.warnings).join()).toContain("variances are negative");
    const fit = cfa(c.model, heywood);
    const x1 = fit.parameterEstimates().find((r) => r.op === "~~" && r.lhs === "x1" && r.rhs === "x1")!;
    expect(Math.abs(x1.est - list(c.negativeEst)[0]!)).toBeLessThan(1e-4);
    expect(list(c.negative)).toEqual(["x1 ~~ x1"]);
    expect(fit.warnings).toContain(heywoodWarning);
    expect(fit.problems).toEqual([heywoodWarning]);
    expect(fit.summary()).toContain(heywoodWarning);
  });
  test("near-collinear items: lavaan's negative variance of z3 is flagged", () => {
    // lavaan: cfa(collinearModel, data = collinear) warns; z3 ~~ z3 = -0.8134
    const c = ref.collinear_cfa;
    const fit = cfa(c.model, collinear);
    const z3 = fit.parameterEstimates().find((r) => r.op === "~~" && r.lhs === "z3" && r.rhs === "z3")!;
    expect(Math.abs(z3.est - list(c.negativeEst)[0]!)).toBeLessThan(1e-4);
    expect(fit.problems).toContain(message.heywood(["z3 ~~ z3"]));
  });
  test("a negative chi-square (identical columns: singular sample covariance) is named as a problem", () => {
    // lavaan: cfa() on these data stops with "sample covariance matrix is not positive-definite"
    const rows = oneFactorRows(50, [0.7, 0.7, 0.7, 0.6, 0.6, 0.6], 3).map((x) => [x[0]!, x[0]!, x[0]!, x[3]!, x[4]!, x[5]!]);
    const data = ["x1,x2,x3,x4,x5,x6", ...rows.map((r) => r.join(","))].join("\n");
    const fit = cfa("f =~ x1 + x2 + x3\ng =~ x4 + x5 + x6", data);
    const chisq = fit.solution.chisq;
    expect(chisq).toBeLessThan(0);
    expect(fit.problems).toContain(message.negativeChisq(chisq));
    expect(fit.warnings).toContain(message.negativeChisq(chisq));
  });
  test("an admissible fit has no problems", () => {
    const data = ["x1,x2,x3,x4", ...oneFactorRows(300, [0.7, 0.7, 0.7, 0.7], 4).map((r) => r.join(","))].join("\n");
    expect(cfa("f =~ x1 + x2 + x3 + x4", data).problems).toEqual([]);
  });
});

describe("analyses built on a fit carry its warnings", () => {
  test("validity and constructValidity: the fit's warnings prefixed 'fit: ', and its problems", () => {
    const fit = cfa(ref.heywood_cfa.model, heywood);
    const v = validity(fit);
    expect(v.warnings).toContain(`fit: ${heywoodWarning}`);
    expect(v.problems).toEqual([`fit: ${heywoodWarning}`]);
    const cv = constructValidity(ref.heywood_cfa.model, heywood);
    expect(cv.problems).toEqual([`fit: ${heywoodWarning}`]);
  });
  test("semkit validity never prints 'All thresholds met' over an inadmissible fit without the warning", async () => {
    const model = tempFile("collinear.lav", ref.collinear_cfa.model);
    const data = tempFile("collinear.csv", collinear);
    const { text } = await runCommand(validityCommand, [data, "--model", model]);
    expect(text).toContain("All thresholds met — but the solution is inadmissible or unreliable: fit: ");
    expect(text).toContain(message.heywood(["z3 ~~ z3"]));
    const json = JSON.parse((await runCommand(validityCommand, [data, "--model", model, "--json"])).text);
    expect(json.problems).toContain(`fit: ${message.heywood(["z3 ~~ z3"])}`);
  });
  test("mediation and its bootstrap carry the structural fit's Heywood case", () => {
    const fit = sem(ref.heywood_sem.model, heywood);
    const m = mediation(fit);
    expect(m.problems).toEqual([`fit: ${heywoodWarning}`]);
    expect(m.warnings[0]).toBe(`fit: ${heywoodWarning}`);
    const b = bootstrap(fit, heywood, { draws: 5, seed: 1 });
    expect(b.warnings[0]).toBe(`fit: ${heywoodWarning}`);
  });
  test("latentInteraction carries the fit's Heywood case", () => {
    const r = latentInteraction("A =~ x1 + x2 + x3\nM =~ m1 + m2 + m3\nY =~ y1 + y2 + y3\nY ~ A + M + A:M", heywood);
    expect(r.problems).toContain(`fit: ${heywoodWarning}`);
    expect(r.warnings).toContain(`fit: ${heywoodWarning}`);
  });
});

describe("invariance with a group of 3 cases", () => {
  const rows = [...oneFactorRows(100, [0.7, 0.7, 0.7, 0.6], 5).map((r) => [...r, 1]), ...oneFactorRows(3, [0.7, 0.7, 0.7, 0.6], 9).map((r) => [...r, 2])];
  const data = ["x1,x2,x3,x4,g", ...rows.map((r) => r.join(","))].join("\n");
  const model = "f =~ x1 + x2 + x3 + x4";
  test("no negative chi-square, no Chen decision, nothing supported, and the group named", () => {
    const inv = invariance(model, data, { group: "g" });
    expect(inv.supported).toBeNull();
    for (const r of inv.table) {
      expect(r.admissible).toBe(false);
      expect(r.chisq < 0).toBe(false);
      expect(r.decision).toBeNull();
    }
    expect(inv.problems).toContain(`configural: ${message.semFewerCasesThanVariables(3, 4, "2")}`);
    expect(inv.warnings.some((w) => w === message.invarianceNoneSupported || w === message.invarianceNoneAdmissible("configural"))).toBe(true);
  });
  test("semkit invariance prints no 'Supported' level and says why", async () => {
    const { text } = await runCommand(invarianceCommand, [tempFile("g3.csv", data), "--model", tempFile("g3.lav", model), "--group", "g"]);
    expect(text).toContain("Supported: none — but the solution is inadmissible or unreliable: configural: ");
    expect(text).not.toMatch(/Supported: (configural|metric|scalar|strict)/);
  });
});

describe("the thesis report over an inadmissible structural model", () => {
  const config = parseThesisConfig({
    constructs: [{ name: "A", items: ["x1", "x2", "x3"] }, { name: "M", items: ["m1", "m2", "m3"] }, { name: "Y", items: ["y1", "y2", "y3"] }],
    hypotheses: [{ id: "H1", from: "A", to: "M", sign: "+" }, { id: "H2", from: "M", to: "Y", sign: "+" },
      { id: "H3", type: "indirect", from: "A", through: ["M"], to: "Y", sign: "+" }],
    bootstrap: { draws: 20, seed: 1 }, parallel: { iterations: 5, seed: 1 },
  });
  test("every decision carries the Heywood case, and the document says so next to the hypotheses", { timeout: 60_000 }, () => {
    const res = thesisAnalysis(heywood, config);
    expect(res.problems.slice(0, 2)).toEqual([`CFA: ${heywoodWarning}`, `structural model: ${heywoodWarning}`]);
    // most bootstrap draws repeat the Heywood case: they are counted as inadmissible draws
    expect(res.problems.some((p) => p.startsWith("bootstrap: ") && p.includes("inadmissible solution"))).toBe(true);
    for (const h of res.hypotheses) {
      expect(h.supported).toBe(true);
      expect(h.problems[0]).toBe(`structural model: ${heywoodWarning}`);
    }
    expect(res.hypotheses[2]!.problems.some((p) => p.startsWith("bootstrap: "))).toBe(true);
    const doc = thesisDocument(res, { lang: "en" });
    const texts = doc.blocks.flatMap((b) => ("text" in b && typeof b.text === "string" ? [b.text] : []));
    expect(texts.some((t) => t.startsWith("Caution: these results rest on an inadmissible") && t.includes(heywoodWarning))).toBe(true);
  });
});

describe("model-setup warnings reach fit.warnings and summary()", () => {
  test("one label in a multiple-group model", () => {
    const rows = [...oneFactorRows(80, [0.7, 0.7, 0.7], 6).map((r) => [...r, 1]), ...oneFactorRows(80, [0.7, 0.7, 0.7], 7).map((r) => [...r, 2])];
    const data = ["x1,x2,x3,g", ...rows.map((r) => r.join(","))].join("\n");
    const fit = cfa("f =~ x1 + a*x2 + x3", data, { group: "g" });
    expect(fit.partable.warnings).toContain(message.partableSingleLabelGroups);
    expect(fit.warnings).toContain(message.partableSingleLabelGroups);
    expect(fit.summary()).toContain(message.partableSingleLabelGroups);
  });
});
