import { bootstrap, bootstrapChart, fitIndexChart, pathDiagram, sem } from "../../src/index.ts";
import type { Dataset, SemFit, SemOptions } from "../../src/index.ts";
import type { Lang } from "../../src/thesis.ts";
import type { AnalysisChoice, FitSettings, RunResult } from "./protocol.ts";

/** Progress callback of a run: stage, done, total. */
export type Progress = (stage: "fit" | "bootstrap" | "analyses" | "report", done: number, total: number) => void;

/**
 * The `sem()` options of the page's settings. Only settings that differ from the library defaults are passed,
 * so with nothing changed the call is exactly `sem(model, data)` (ML, listwise).
 * @param s the page's fit settings
 * @returns the options object
 * @example semOptions({ estimator: "ML", missing: "listwise", ordered: false, reverse: [], scale: { min: 1, max: 5 } }) // {}
 */
export function semOptions(s: FitSettings): SemOptions {
  return {
    ...(s.estimator !== "ML" ? { estimator: s.estimator } : {}),
    ...(s.missing !== "listwise" ? { missing: s.missing } : {}),
    ...(s.ordered ? { ordered: true } : {}),
    ...(s.reverse.length > 0 ? { reverse: s.reverse, scale: s.scale } : {}),
  };
}

/**
 * Fit the model, and bootstrap every parameter when asked, as plain data for the page: fit measures,
 * parameter estimates, the lavaan-style summary, the path diagram and fit-index chart specs.
 * @param model lavaan syntax
 * @param ds the data
 * @param settings estimator, missing-data handling, reverse-coded items and their scale
 * @param analyses the bootstrap draws and seed (other analyses are run by `runThesis`)
 * @param lang chart language
 * @param progress called at each stage and bootstrap draw
 * @returns the fit (for the further analyses) and the result without the report document
 * @throws as `sem()` and `bootstrap()`: ModelSyntaxError / ModelSpecificationError with line and column, DataError, OptionError
 * @example const { result } = runModel("F =~ a + b + c", ds, settings, analyses, "en", () => {});
 */
export function runModel(model: string, ds: Dataset, settings: FitSettings, analyses: AnalysisChoice, lang: Lang, progress: Progress): { fit: SemFit; result: Omit<RunResult, "doc" | "docError" | "ms"> } {
  progress("fit", 0, 1);
  const options = semOptions(settings);
  const fit = sem(model, ds, options);
  progress("fit", 1, 1);
  const estimates = fit.parameterEstimates().map((r) => ({ ...r }));
  const fitMeasures = { ...fit.fitMeasures() };
  let boot: RunResult["boot"] = null;
  if (analyses.bootstrapAll && analyses.draws > 0) {
    const every = Math.max(1, Math.floor(analyses.draws / 100));
    const b = bootstrap(fit, ds, {
      ...options, draws: analyses.draws, seed: analyses.seed,
      onProgress: (done, total) => { if (done % every === 0 || done === total) progress("bootstrap", done, total); },
    });
    const rows = b.estimates.map((e) => ({ lhs: e.lhs, op: e.op, rhs: e.rhs, label: e.label, est: e.est, se: e.se, lower: e["ci.lower"], upper: e["ci.upper"] }));
    const K = b.estimates.length;
    const defined = b.estimates.findIndex((e) => e.op === ":=");
    const k = defined >= 0 ? defined : b.estimates.findIndex((e) => e.op === "~");
    let spec = null;
    if (k >= 0) {
      const e = b.estimates[k]!;
      const draws: number[] = [];
      for (let d = 0; d < b.draws; d++) { const v = b.replicates[d * 2 * K + k]!; if (Number.isFinite(v)) draws.push(v); }
      spec = bootstrapChart({ draws, estimate: e.est, percentile: [e.boot.percentile[0], e.boot.percentile[1]] }, { effect: e.op === ":=" ? e.lhs : `${e.lhs} ${e.op} ${e.rhs}`, locale: lang });
    }
    boot = { draws: b.draws, used: b.used, type: b.type, rows, spec };
  }
  return {
    fit,
    result: {
      converged: fit.converged, estimator: fit.estimator, ntotal: fit.ntotal, nobs: [...fit.nobs], fitMeasures, estimates,
      summary: fit.summary({ fitMeasures: true, standardized: true, rsquare: true }), warnings: [...fit.warnings],
      pathSpec: pathDiagram(estimates, { locale: lang, group: 1 }), fitSpec: fitIndexChart(fitMeasures, { locale: lang }), boot,
    },
  };
}
