import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { sampleMoments } from "../../src/data/sampleMoments.ts";
import type { Dataset } from "../../src/data/types.ts";
import { EstimationError, ModelSpecificationError, OptionError } from "../../src/errors.ts";
import { baselineChisqML } from "../../src/fit/baselineChisqML.ts";
import { fitMeasuresML } from "../../src/fit/fitMeasuresML.ts";
import type { FitGroupInput, FitInput } from "../../src/fit/types.ts";
import { message } from "../../src/messages.ts";
import { ML_FIXTURES, loadFixture, within, type SemFixture } from "./fixtures.ts";

/** lavaan's fitMeasures(fit) names and order for estimator = "ML" (lavaan 0.6-14), then cmin_df. */
const LAVAAN_ORDER = [
  "npar", "fmin", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "baseline.pvalue", "cfi", "tli",
  "nnfi", "rfi", "nfi", "pnfi", "ifi", "rni", "logl", "unrestricted.logl", "aic", "bic", "ntotal", "bic2",
  "rmsea", "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.ci.level", "rmsea.pvalue", "rmsea.close.h0",
  "rmsea.notclose.pvalue", "rmsea.notclose.h0", "rmr", "rmr_nomean", "srmr", "srmr_bentler",
  "srmr_bentler_nomean", "crmr", "crmr_nomean", "srmr_mplus", "srmr_mplus_nomean", "cn_05", "cn_01", "gfi",
  "agfi", "pgfi", "mfi", "ecvi", "cmin_df",
];

function readData(file: string): Dataset {
  return parseCsv(readFileSync(fileURLToPath(new URL(`../../data/${file}`, import.meta.url)), "utf8"));
}

/** Observed variables in lavaan's order: indicators of the `=~` lines, in order of first appearance. */
function observedFromModel(model: string): string[] {
  const out: string[] = [];
  for (const line of model.split("\n")) {
    const at = line.indexOf("=~");
    if (at < 0) continue;
    for (const term of line.slice(at + 2).split("+")) {
      const name = term.trim().split("*").pop()!.trim();
      if (name !== "" && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** Sample moments per group, prepared as each fixture's "call" says. */
function buildInput(f: SemFixture): FitInput {
  const vars = observedFromModel(f.model);
  let ds = readData((f as unknown as { data: string }).data);
  // loyalty: "tru4 and swc3 reverse-coded as 6 - x before analysis", listwise on the model's variables
  if (f.call.includes("reverse-coded")) ds = reverseCode(ds, ["tru4", "swc3"], { min: 1, max: 5 });
  const m = numericMatrix(ds, vars, { missing: "listwise" });
  const p = vars.length;
  const implied = f.implied as Record<string, { cov: number[][]; mean?: number[] }>;
  const groupRows: { label: string | null; rows: number[] }[] = [];
  if (f.call.includes("group = 'school'")) {
    // lavaan orders groups by first appearance in the data: Pasteur, Grant-White
    const school = ds.columns.get("school")!;
    if (school.kind !== "text") throw new Error("school must be text");
    for (let r = 0; r < m.n; r++) {
      const label = school.values[m.rows[r]!]!;
      let g = groupRows.find((x) => x.label === label);
      if (g === undefined) groupRows.push((g = { label, rows: [] }));
      g.rows.push(r);
    }
  } else {
    groupRows.push({ label: null, rows: Array.from({ length: m.n }, (_, r) => r) });
  }
  const meanstructure = f.call.includes("meanstructure = TRUE") || groupRows.length > 1;
  const groups: FitGroupInput[] = groupRows.map(({ label, rows }) => {
    const x = new Float64Array(rows.length * p);
    rows.forEach((r, i) => x.set(m.data.subarray(r * p, r * p + p), i * p));
    const mom = sampleMoments(x, rows.length, p);
    const imp = label === null ? (f.implied as { cov: number[][]; mean?: number[] }) : implied[label]!;
    const g: FitGroupInput = {
      nobs: rows.length,
      sampleCov: mom.cov,
      sampleMean: mom.mean,
      impliedCov: Float64Array.from(imp.cov.flat()),
      ...(imp.mean !== undefined ? { impliedMean: Float64Array.from(imp.mean) } : {}),
    };
    return g;
  });
  return {
    p,
    groups,
    npar: f.fit.npar!,
    chisq: f.fit.chisq!,
    df: f.fit.df!,
    meanstructure,
    baselineChisq: f.fit["baseline.chisq"]!,
    baselineDf: f.fit["baseline.df"]!,
  };
}

describe("fitMeasuresML reproduces lavaan 0.6-14 fitMeasures(fit) for ML fits", () => {
  for (const id of ML_FIXTURES) {
    it(id, () => {
      // lavaan 0.6-14: fitMeasures(fit) stored in test/fixtures/<id>.json "fit"; inputs are the fixture's
      // chisq, df, npar, baseline.chisq/df and "implied" moments plus sample moments from data/*.csv
      const f = loadFixture(id);
      const input = buildInput(f);
      expect(input.groups.map((g) => g.nobs)).toEqual(Array.isArray(f.nobs) ? f.nobs : [f.nobs]);
      const got = fitMeasuresML(input);
      expect(Object.keys(got)).toEqual(LAVAAN_ORDER);
      for (const [key, ref] of Object.entries(f.fit)) {
        const value = got[key]!;
        // tolerance: lavaan agreement to 1e-3 relative or 1e-4 absolute is enough; we hold 1e-6 relative (1e-5 for the uniroot-based CI bounds)
        expect(within(value, ref, 1e-3, 1e-4), `${key}: ${value} vs ${ref}`).toBe(true);
        const rel = key.startsWith("rmsea.ci.") ? 1e-5 : 1e-6;
        expect(within(value, ref, rel, 1e-12), `${key}: ${value} vs ${ref}`).toBe(true);
      }
      // AMOS CMIN/DF = chisq / df
      expect(got.cmin_df).toBeCloseTo(f.fit.chisq! / f.fit.df!, 12);
    });
  }
});

describe("baselineChisqML: closed-form independence model", () => {
  for (const id of ML_FIXTURES) {
    it(id, () => {
      // lavaan 0.6-14: fitMeasures(fit)[c("baseline.chisq", "baseline.df")]
      const f = loadFixture(id);
      const input = buildInput(f);
      const b = baselineChisqML(input.p, input.groups);
      expect(b.df).toBe(f.fit["baseline.df"]);
      expect(within(b.chisq, f.fit["baseline.chisq"]!, 1e-9, 1e-9), `${b.chisq}`).toBe(true);
    });
  }

  it("keeps fixed.x covariances free: Σ₀ = blockdiag(S_xx, diag(S_yy))", () => {
    // hand computation: S = [[1, .5, .2], [.5, 1, .3], [.2, .3, 1]], x = {0, 1};
    // χ²₀ = N·(log|S_xx| − log|S|) = 100·(log 0.75 − log 0.68), |S| = 1 + 2(.5)(.2)(.3) − .25 − .04 − .09 = 0.68, df₀ = 3 − 1 = 2
    const s = new Float64Array([1, 0.5, 0.2, 0.5, 1, 0.3, 0.2, 0.3, 1]);
    const b = baselineChisqML(3, [{ nobs: 100, sampleCov: s }], [0, 1]);
    expect(b.df).toBe(2);
    expect(b.chisq).toBeCloseTo(100 * (Math.log(0.75) - Math.log(0.68)), 10);
    expect(() => baselineChisqML(3, [{ nobs: 100, sampleCov: s }], [3])).toThrow(message.fitBadExogenous(3, 3));
    expect(() => baselineChisqML(3, [{ nobs: 100, sampleCov: s }], [1, 1])).toThrow(ModelSpecificationError);
  });
});

describe("fitMeasuresML input errors", () => {
  const base = buildInput(loadFixture("hs1939_cfa_ml"));
  it("names the group and the offending part", () => {
    expect(() => fitMeasuresML({ ...base, groups: [] })).toThrow(message.fitNoGroups);
    const g = base.groups[0]!;
    expect(() => fitMeasuresML({ ...base, groups: [{ ...g, sampleMean: new Float64Array(3) }] })).toThrow(
      message.fitBadLength("sample mean", 1, 3, 9),
    );
    expect(() => fitMeasuresML({ ...base, meanstructure: true })).toThrow(message.fitMissingImpliedMean(1));
    expect(() => fitMeasuresML({ ...base, groups: [{ ...g, nobs: 0 }] })).toThrow(message.fitBadNobs(1, 0));
    expect(() => fitMeasuresML({ ...base, rmseaCiLevel: 1.5 })).toThrow(OptionError);
    const bad = new Float64Array(81);
    expect(() => fitMeasuresML({ ...base, groups: [{ ...g, impliedCov: bad }] })).toThrow(EstimationError);
    expect(() => fitMeasuresML({ ...base, groups: [{ ...g, impliedCov: bad }] })).toThrow(
      message.fitNotPositiveDefinite("model-implied", 1),
    );
  });
});
