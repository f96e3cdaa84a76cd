import { commonMethodBias } from "../cmb/commonMethodBias.ts";
import type { DataInput } from "../data/toDataset.ts";
import { plsStep } from "./plsStep.ts";
import { toDataset } from "../data/toDataset.ts";
import { reverseCode } from "../data/reverseCode.ts";
import { describe } from "../data/describe.ts";
import { numericMatrix } from "../data/numericMatrix.ts";
import { checkScale } from "../data/checkScale.ts";
import { message } from "../messages.ts";
import { sampleProfile } from "./sampleProfile.ts";
import { reverseCodingRows, scaleReliability } from "./reliabilityStep.ts";
import { efaStep } from "./efaStep.ts";
import { cfaStep, semOptionsOf, structuralStep } from "./modelSteps.ts";
import { mediationStep } from "./mediationStep.ts";
import { compositeModeration } from "./compositeModeration.ts";
import { latentModeration } from "./latentModeration.ts";
import { invarianceLadder } from "./invarianceLadder.ts";
import { hypothesisTests } from "./hypothesisTests.ts";
import { measurementModel } from "./thesisModels.ts";
import type { ModerationStep, Step, ThesisResult } from "./result.ts";
import type { ThesisConfig } from "./types.ts";
import { checkThesisArg } from "./checkThesisArgs.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { THESIS_CONFIG_KEYS } from "./types.ts";

/**
 * The whole thesis analysis of a Likert survey, in the order a thesis chapter presents it: sample profile;
 * item descriptives and response distributions; reverse-coding; α and ω per scale with item statistics; KMO,
 * Bartlett, parallel analysis and EFA; the CFA with fit, loadings, CR, AVE, HTMT and Fornell–Larcker; the
 * structural model; indirect effects with bootstrap intervals; moderation; measurement invariance across groups;
 * and the hypothesis table. Estimation follows `config.estimation` (MLR with FIML by default, so every case with
 * at least one observed item is used). A step that cannot be computed is returned as `{ available: false,
 * reason }` instead of failing the whole analysis. Pure: no files, no console; the same input gives the same result.
 * Sources: as each step (psych 2.2.9, lavaan 0.6-14, semTools 0.5-6 definitions); see the step functions.
 * @param data the survey data (a Dataset, CSV text, row objects, columns, …)
 * @param config the analysis configuration (see `parseThesisConfig`)
 * @returns every step's result, the hypothesis decisions, and timings
 * @throws UnknownColumnError / DataError for missing or non-numeric items (the early steps need them), or an item value outside `config.scale` (column, row, value); OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const config = parseThesisConfig(JSON.parse(readFileSync("data/loyalty_analysis.json", "utf8")));
 * const res = thesisAnalysis(readCsvFile("data/loyalty_survey.csv"), config);
 * res.hypotheses.map((h) => `${h.id}: ${h.supported}`);
 */
export function thesisAnalysis(data: DataInput, declared: ThesisConfig): ThesisResult {
  checkThesisArg("thesisAnalysis", "config", declared);
  checkOptionKeys("thesisAnalysis", declared, THESIS_CONFIG_KEYS);
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, f: () => T): T => { const t0 = Date.now(); try { return f(); } finally { timings[name] = Date.now() - t0; } };
  const attempt = <T>(name: string, f: () => T): Step<T> => timed(name, () => {
    try { return { available: true as const, ...f() }; } catch (e) { return { available: false as const, reason: message.thesisStepFailed(name, (e as Error).message) }; }
  });
  const ds = toDataset(data, declared.missingCodes === undefined ? {} : { missing: declared.missingCodes });
  const items = declared.constructs.flatMap((c) => c.items);
  // without a declared scale, the items' observed range (whole numbers around it) is the response scale
  const config: ThesisConfig = declared.scaleInferred === true ? { ...declared, scale: observedScale(numericMatrix(ds, items, { missing: "keep" }).data, declared.scale) } : declared;
  const recoded = config.reverse.length > 0 ? reverseCode(ds, config.reverse, config.scale) : ds;
  // every item must lie on the declared Likert scale, reversed or not (a −99 or a 55 would skew every step)
  checkScale(numericMatrix(recoded, items, { missing: "keep" }), config.scale);
  const nComplete = numericMatrix(recoded, items, { missing: "listwise" }).n;
  const sample = timed("sample", () => sampleProfile(ds, config.demographics));
  const descriptives = timed("descriptives", () => describe(recoded, items, { scale: config.scale }));
  const reverseCoding = timed("reverseCoding", () => reverseCodingRows(ds, config));
  const reliability = timed("reliability", () => scaleReliability(ds, config));
  const efa = attempt("efa", () => efaStep(recoded, config));
  const cfa = attempt("cfa", () => cfaStep(recoded, config));
  const cmb = attempt("common-method bias", () => ({ result: commonMethodBias(recoded, measurementModel(config), semOptionsOf(config.estimation)) }));
  const fitted = attempt("structural", () => structuralStep(recoded, config));
  // A measurement-only model has no structural part: the CFA section reports it.
  const structural: typeof fitted = fitted.available && !fitted.fit.parameterEstimates().some((r) => r.op === "~")
    ? { available: false, reason: message.thesisNoStructuralPaths } : fitted;
  const mediation = structural.available ? attempt("mediation", () => mediationStep(recoded, structural, config))
    : { available: false as const, reason: structural.reason };
  const moderation = config.hypotheses.flatMap((h): Step<ModerationStep>[] => {
    if (h.type !== "moderation") return [];
    const find = (name: string) => config.constructs.find((c) => c.name === name) ?? { name, items: [name] };
    return [attempt(`moderation ${h.from} × ${h.moderator}`, () => {
      try {
        return latentModeration(recoded, find(h.from), find(h.moderator), find(h.to), config.estimation);
      } catch (e) {
        const c = compositeModeration(recoded, find(h.from), find(h.moderator), find(h.to));
        return { ...c, warnings: [message.thesisStepFailed("latent moderation", (e as Error).message), ...c.warnings] };
      }
    })];
  });
  const invariance = config.group === undefined
    ? { available: false as const, reason: message.thesisNoGroup }
    : attempt("invariance", () => invarianceLadder(measurementModel(config), recoded, config.group!, config.invarianceEstimation ?? config.estimation));
  const hypotheses = hypothesisTests(config.hypotheses, structural, mediation, moderation, config.alpha);
  const problems = [
    ...(cfa.available ? (cfa.fit.problems ?? []).map((w) => message.fromFit("CFA", w)) : []),
    ...(structural.available ? (structural.fit.problems ?? []).map((w) => message.fromFit("structural model", w)) : []),
    ...(mediation.available && mediation.bootstrap.available ? mediation.bootstrap.warnings.map((w) => message.fromFit("bootstrap", w)) : []),
    ...moderation.flatMap((m) => (m.available ? m.problems.map((w) => message.fromFit(`moderation ${m.from} × ${m.moderator}`, w)) : [])),
    ...(invariance.available ? invariance.problems.map((w) => message.fromFit("invariance", w)) : []),
  ];
  const pls = config.method === "pls" ? { pls: attempt("pls", () => plsStep(recoded, config)) } : {};
  return { config, n: ds.n, nComplete, items, sample, descriptives, reverseCoding, reliability, efa, cfa, cmb, structural, mediation, moderation, invariance, hypotheses, ...pls, problems, timings };
}

/** The whole-number range around the finite values, or the fallback when there are none (or just one value). */
function observedScale(values: Float64Array, fallback: { readonly min: number; readonly max: number }): { min: number; max: number } {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
  return lo < hi ? { min: Math.floor(lo), max: Math.ceil(hi) } : { min: fallback.min, max: fallback.max };
}
