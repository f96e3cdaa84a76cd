import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { thesisAnalysis } from "../../src/thesis/thesisAnalysis.ts";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { latentInteraction } from "../../src/moderation/latentInteraction.ts";
import type { ThesisResult } from "../../src/thesis/result.ts";
import { expectClose } from "../helpers/reference.ts";

// References (all on data/loyalty_survey.csv with tru4 and swc3 recoded as 6 − x):
//   thesis_loyalty.json  — lavaan 0.6-14 / R 4.2.2, made by test/fixtures/thesis_loyalty.R (MLR + FIML fits, invariance ladder)
//   loyalty_alpha.json   — psych 2.2.9 alpha()
//   loyalty_efa.json     — psych 2.2.9 KMO, cortest.bartlett, fa(nfactors = 7, fm = "minres", rotate = "oblimin")
type Row = { lhs: string; op: string; rhs: string; est: number; se: number; z: number; pvalue: number; "std.all": number };
const ref = JSON.parse(readFileSync("test/fixtures/thesis_loyalty.json", "utf8")) as {
  sample: Record<string, Record<string, number>>;
  cfa_mlr: { fit: Record<string, number>; loadings: Row[]; nobs: number };
  sem_mlr: { fit: Record<string, number>; rows: Row[]; r2: Record<string, number> };
  invariance: { steps: Record<string, Record<string, number>>; lrt: { step: string; chisq_diff: number; df_diff: number; p: number }[]; nobs: number[]; groups: string[] };
};
const alphaRef = JSON.parse(readFileSync("test/fixtures/loyalty_alpha.json", "utf8")) as { scales: Record<string, { total: { raw_alpha: number; std_alpha: number }[]; feldt: { lower: number; upper: number } }> };
const efaRef = JSON.parse(readFileSync("test/fixtures/loyalty_efa.json", "utf8")) as { nobs: number; kmo: { overall: number }; bartlett: { chisq: number; df: number }; solutions: { nfactors: number; fm: string; rotate: string; loadings: number[][] }[] };

const text = readFileSync("data/loyalty_survey.csv", "utf8");
const config = parseThesisConfig({ ...JSON.parse(readFileSync("data/loyalty_analysis.json", "utf8")), bootstrap: { draws: 200, seed: 7 }, parallel: { iterations: 20, seed: 3 } });
let res: ThesisResult;

describe("thesisAnalysis on the loyalty survey (MLR + FIML, as npm start)", () => {
  beforeAll(() => { res = thesisAnalysis(parseCsv(text), config); }, 600_000);

  it("counts the sample as R's table() and the cases as the data", () => {
    expect(res.n).toBe(480);
    expect(res.nComplete).toBe(321); // data/README: 321 respondents answer all 25 items
    for (const v of res.sample) for (const c of v.categories) expect(c.n, `${v.name}=${c.value}`).toBe(ref.sample[v.name]![c.value]);
  });

  it("reports psych's alpha and Feldt CI per scale", () => {
    res.reliability.forEach((s) => {
      const r = alphaRef.scales[s.name]!;
      expectClose(s.alpha.total.rawAlpha, r.total[0]!.raw_alpha, 0, 1e-6, `${s.name} alpha`);
      expectClose(s.alpha.feldt.lower, r.feldt.lower, 0, 1e-6, `${s.name} Feldt lower`);
    });
  });

  it("reports psych's KMO, Bartlett test and the 7-factor minres/oblimin loadings (factors matched to constructs)", () => {
    expect(res.efa.available).toBe(true);
    if (!res.efa.available) return;
    const e = res.efa.efa;
    expect(e.nobs).toBe(efaRef.nobs);
    expectClose(e.kmo.overall, efaRef.kmo.overall, 0, 1e-8, "KMO");
    expectClose(e.bartlett.chisq, efaRef.bartlett.chisq, 1e-8, 0, "Bartlett");
    const L = efaRef.solutions.find((s) => s.nfactors === 7 && s.fm === "minres" && s.rotate === "oblimin")!.loadings;
    // psych's factor order and signs are arbitrary: match each semkit factor to the psych column it correlates with most
    for (let f = 0; f < 7; f++) {
      const mine = e.loadings.map((r) => r[f]!);
      let best = -1, bestCol = 0;
      for (let c = 0; c < 7; c++) { const d = mine.reduce((s, v, i) => s + v * L[i]![c]!, 0); if (Math.abs(d) > best) { best = Math.abs(d); bestCol = c; } }
      const sign = Math.sign(mine.reduce((s, v, i) => s + v * L[i]![bestCol]!, 0));
      mine.forEach((v, i) => expectClose(sign * v, L[i]![bestCol]!, 0, 1e-4, `loading ${e.items[i]} F${f + 1}`));
    }
    // every factor is matched to a different construct, and the construct's items load highest on it
    expect(new Set(res.efa.factorConstructs).size).toBe(7);
  });

  it("the CFA equals lavaan's cfa(estimator = 'MLR', missing = 'ml'): robust fit and standardized loadings", () => {
    expect(res.cfa.available).toBe(true);
    if (!res.cfa.available) return;
    const fm = res.cfa.fit.fitMeasures();
    expect(res.cfa.fit.ntotal).toBe(ref.cfa_mlr.nobs);
    for (const k of ["chisq", "chisq.scaled", "chisq.scaling.factor", "cfi.robust", "tli.robust", "rmsea.robust", "srmr"]) expectClose(fm[k], ref.cfa_mlr.fit[k]!, 1e-4, 1e-6, `CFA ${k}`);
    const pe = res.cfa.fit.parameterEstimates();
    for (const r of ref.cfa_mlr.loadings) {
      const mine = pe.find((p) => p.op === "=~" && p.lhs === r.lhs && p.rhs === r.rhs)!;
      expectClose(mine["std.all"], r["std.all"], 0, 1e-5, `${r.lhs}=~${r.rhs} std.all`);
      if (r.se > 0) expectClose(mine.se, r.se, 1e-3, 1e-6, `${r.lhs}=~${r.rhs} robust se`);
    }
  });

  it("the structural model equals lavaan's MLR/FIML fit: paths, := indirect effects with robust delta SEs, R²", () => {
    expect(res.structural.available).toBe(true);
    if (!res.structural.available) return;
    const pe = res.structural.fit.parameterEstimates();
    for (const r of ref.sem_mlr.rows) {
      const mine = pe.find((p) => p.op === r.op && p.lhs === r.lhs && (r.op === ":=" || p.rhs === r.rhs))!;
      expect(mine, `${r.lhs} ${r.op} ${r.rhs}`).toBeDefined();
      expectClose(mine.est, r.est, 1e-5, 1e-7, `${r.lhs}${r.op}${r.rhs} est`);
      expectClose(mine.se, r.se, 1e-3, 1e-6, `${r.lhs}${r.op}${r.rhs} se`);
      expectClose(mine["std.all"], r["std.all"], 1e-5, 1e-7, `${r.lhs}${r.op}${r.rhs} std.all`);
    }
    for (const k of ["SAT", "TRU", "LOY"]) expectClose(pe.find((p) => p.op === "r2" && p.lhs === k)!.est, ref.sem_mlr.r2[k]!, 1e-5, 1e-7, `R2 ${k}`);
    for (const k of ["chisq.scaled", "cfi.robust", "rmsea.robust", "srmr"]) expectClose(res.structural.fit.fitMeasures()[k], ref.sem_mlr.fit[k]!, 1e-4, 1e-6, `SEM ${k}`);
  });

  it("mediation rows are the := rows, and their bootstrap CIs are bootstrap() of the same model, data, draws and seed", () => {
    expect(res.mediation.available && res.structural.available).toBe(true);
    if (!res.mediation.available || !res.structural.available) return;
    const ds = reverseCode(parseCsv(text), ["tru4", "swc3"], { min: 1, max: 5 });
    const b = bootstrap(res.structural.model, ds, { draws: 200, seed: 7 });
    for (const row of res.mediation.rows) {
      const r = ref.sem_mlr.rows.find((x) => x.op === ":=" && x.lhs === row.name)!;
      expectClose(row.est, r.est, 1e-5, 1e-7, `${row.name} est`);
      expectClose(row.pvalue, r.pvalue, 1e-3, 1e-9, `${row.name} p`);
      const e = b.estimates.find((x) => x.op === ":=" && x.lhs === row.name)!;
      expect(row.bootLower, row.name).toBe(e["ci.lower"]);
      expect(row.bootUpper, row.name).toBe(e["ci.upper"]);
    }
    expect(res.mediation.bootstrap.available && res.mediation.bootstrap.nobs).toBe(321);
  });

  it("the SAT × ALT moderation is latentInteraction() of the three-construct model", () => {
    const m = res.moderation[0]!;
    expect(m.available).toBe(true);
    if (!m.available) return;
    expect(m.method).toBe("latent");
    const ds = reverseCode(parseCsv(text), ["tru4", "swc3"], { min: 1, max: 5 });
    const li = latentInteraction("SAT =~ sat1 + sat2 + sat3 + sat4\nALT =~ alt1 + alt2 + alt3\nLOY =~ loy1 + loy2 + loy3 + loy4\nLOY ~ SAT + ALT + SAT:ALT", ds, { estimator: "MLR" });
    const e = li.effects[0]!;
    expect(m.coefficients[2]!.b).toBe(e.interaction.est);
    expect(m.coefficients[2]!.std).toBe(e.interaction["std.all"]);
    expect(m.slopes.map((s) => s.slope)).toEqual(e.simpleSlopes.map((s) => s.slope));
    // data/README: the population SAT × ALT effect is −0.10 (standardized), so the estimate should be negative
    expect(m.coefficients[2]!.b).toBeLessThan(0);
  });

  it("the invariance ladder equals lavaan's MLR/FIML fits and lavTestLRT's Satorra–Bentler (2001) differences", () => {
    expect(res.invariance.available).toBe(true);
    if (!res.invariance.available) return;
    expect(res.invariance.groups).toEqual(ref.invariance.groups);
    expect(res.invariance.nobs).toEqual(ref.invariance.nobs);
    for (const row of res.invariance.rows) {
      const f = ref.invariance.steps[row.step]!;
      expectClose(row.chisq, f["chisq.scaled"]!, 1e-4, 0, `${row.step} chisq.scaled`);
      expectClose(row.cfi, f["cfi.robust"]!, 1e-4, 1e-6, `${row.step} cfi.robust`);
      expectClose(row.rmsea, f["rmsea.robust"]!, 1e-4, 1e-6, `${row.step} rmsea.robust`);
      expectClose(row.srmr, f.srmr!, 1e-4, 1e-6, `${row.step} srmr`);
      const lrt = ref.invariance.lrt.find((l) => l.step === row.step);
      if (lrt === undefined) { expect(row.deltaChisq).toBeNull(); continue; }
      expectClose(row.deltaChisq, lrt.chisq_diff, 1e-3, 1e-6, `${row.step} SB2001 Δχ²`);
      expect(row.deltaDf).toBe(lrt.df_diff);
      expectClose(row.deltaP, lrt.p, 1e-3, 1e-6, `${row.step} Δχ² p`);
    }
  });

  it("decides each path hypothesis as lavaan's p-value and sign do", () => {
    for (const h of res.hypotheses.filter((x) => x.type === "path")) {
      const [from, to] = h.path.split(" → ");
      const r = ref.sem_mlr.rows.find((x) => x.op === "~" && x.lhs === to && x.rhs === from)!;
      const expected = r.pvalue < 0.05 && (h.sign === "-" ? r.est < 0 : r.est > 0);
      expect(h.supported, h.id).toBe(expected);
      expectClose(h.beta, r["std.all"], 1e-5, 1e-7, `${h.id} beta`);
    }
    const h8 = res.hypotheses.find((h) => h.id === "H8")!;
    expect(h8.supported).toBe(h8.ciLower! > 0);
  });
});
