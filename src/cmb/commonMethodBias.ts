import type { DataInput } from "../data/toDataset.ts";
import { toDataset } from "../data/toDataset.ts";
import { reverseCode } from "../data/reverseCode.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import { cfa } from "../sem/sem.ts";
import { efa } from "../efa/efa.ts";
import { parseModel } from "../syntax/parse.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { mergeOptionKeys, optionKeys } from "../options/optionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";

/** Options of {@link commonMethodBias}: the CFA's `sem()` options and the Harman cut-off. */
export interface CommonMethodBiasOptions extends SemOptions {
  /** Largest share of variance the first unrotated factor may explain (default .50). */
  readonly harmanCutoff?: number;
}

/** The accepted keys of `commonMethodBias()` options: `sem()`'s and `harmanCutoff`. */
export const COMMON_METHOD_BIAS_OPTION_KEYS = mergeOptionKeys(SEM_OPTION_KEYS, optionKeys<Pick<CommonMethodBiasOptions, "harmanCutoff">>({ harmanCutoff: true }));

/** Fit indices of one CFA of the method-factor comparison (scaled χ² and robust indices under MLR/MLM). */
export interface CmbFit {
  readonly chisq: number;
  readonly df: number;
  readonly cfi: number;
  readonly tli: number;
  readonly rmsea: number;
  readonly srmr: number;
  readonly converged: boolean;
}

/** Result of {@link commonMethodBias}. */
export interface CommonMethodBiasResult {
  readonly items: string[];
  /** Complete cases on the items (Harman's test). */
  readonly nComplete: number;
  /** Harman's single-factor test: the first unrotated component (PCA) and factor (principal axis). */
  readonly harman: {
    readonly pca: { readonly eigenvalue: number; readonly proportion: number };
    readonly factor: { readonly ss: number; readonly proportion: number };
    readonly cutoff: number;
    /** True when the first component explains less than the cut-off (no single factor dominates). */
    readonly passes: boolean;
  };
  /** The unmeasured latent method construct (ULMC) comparison. */
  readonly methodFactor: {
    readonly model: string;
    readonly baseline: CmbFit;
    readonly method: CmbFit;
    readonly deltaChisq: number;
    readonly deltaDf: number;
    readonly pvalue: number;
    readonly deltaCfi: number;
    readonly deltaTli: number;
    readonly deltaRmsea: number;
    readonly deltaSrmr: number;
    /** Per item: its trait, and the standardized loadings on the trait and on the method factor. */
    readonly loadings: { readonly item: string; readonly trait: string; readonly trait_loading: number; readonly method_loading: number }[];
    /** Means over items of the squared standardized trait and method loadings. */
    readonly meanTraitVariance: number;
    readonly meanMethodVariance: number;
  };
  readonly warnings: string[];
}

const robustEstimators = new Set(["MLR", "MLM"]);

function fitOf(fit: SemFit): CmbFit {
  const f = fit.fitMeasures();
  const robust = robustEstimators.has(fit.estimator);
  const k = (plain: string, scaled: string): number => (robust ? f[scaled] : f[plain]) ?? Number.NaN;
  return {
    chisq: k("chisq", "chisq.scaled"), df: f.df ?? Number.NaN, cfi: k("cfi", "cfi.robust"), tli: k("tli", "tli.robust"),
    rmsea: k("rmsea", "rmsea.robust"), srmr: f.srmr ?? Number.NaN, converged: fit.converged,
  };
}

/**
 * Common-method-bias checks of a survey's measurement model, as Chinese and management theses report them
 * (共同方法偏差检验): Harman's single-factor test (the share of the items' variance explained by the first
 * unrotated component — PCA eigenvalue / p — and by a single unrotated principal-axis factor; below 50% no general
 * factor dominates) and the unmeasured latent method construct: the CFA with a method factor loading on every item
 * (equal loadings, variance 1, uncorrelated with the traits; a free-loading method factor is often not identified)
 * against the CFA without it, by Δχ² (Satorra–Bentler 2001 scaled under MLR/MLM), ΔCFI, ΔTLI, ΔRMSEA, ΔSRMR and the
 * mean variance the method factor explains in the items against the traits'.
 * Source: Podsakoff, MacKenzie, Lee & Podsakoff (2003), J. Appl. Psychol. 88(5), 879–903; Williams, Cote & Buckley
 * (1989); Satorra & Bentler (2001); psych principal()/fa(rotate = "none"); lavaan cfa().
 * @param data the survey data
 * @param model lavaan syntax; its `=~` lines are the measurement model (other lines are ignored)
 * @param options `sem()` options (estimator, missing, reverse, scale, …) and `harmanCutoff` (default .50)
 * @returns Harman's test, the method-factor comparison and warnings
 * @throws ModelSpecificationError when the model has no `=~` line; errors of `cfa`/`efa` for unusable data
 * @example
 * const r = commonMethodBias(ds, "SAT =~ sat1 + sat2 + sat3\nLOY =~ loy1 + loy2 + loy3");
 * r.harman.pca.proportion; // < .50: no single factor dominates
 */
export function commonMethodBias(data: DataInput, model: string, options: CommonMethodBiasOptions = {}): CommonMethodBiasResult {
  checkArg("commonMethodBias", "model", model, "string");
  checkOptionsObject("commonMethodBias", options);
  options = checkOptionKeys("commonMethodBias", options, COMMON_METHOD_BIAS_OPTION_KEYS);
  const { harmanCutoff = 0.5, ...semOptions } = options;
  const traits = new Map<string, string[]>();
  for (const st of parseModel(model).statements) {
    if (st.kind !== "relation" || st.op !== "=~") continue;
    for (const lhs of st.lhs) traits.set(lhs.name, [...(traits.get(lhs.name) ?? []), ...st.rhs.map((t) => t.name).filter((n) => n !== "")]);
  }
  if (traits.size === 0) throw new ModelSpecificationError(message.cmbNoFactors);
  const items = [...new Set([...traits.values()].flat())];
  const ds = toDataset(data, semOptions.missingCodes === undefined ? {} : { missing: semOptions.missingCodes });
  const keyed = semOptions.reverse !== undefined && semOptions.reverse.length > 0 ? reverseCode(ds, semOptions.reverse, semOptions.scale) : ds;
  const { reverse: _r, scale: _s, missingCodes: _m, ...fitOptions } = semOptions;

  const pca = efa(keyed, { items, nfactors: 1, fm: "pca", rotate: "none" });
  const pa = efa(keyed, { items, nfactors: 1, fm: "pa", rotate: "none" });
  const warnings = [...pa.warnings];

  const measurement = [...traits].map(([f, its]) => `${f} =~ ${its.join(" + ")}`).join("\n");
  let cmv = "CMV";
  for (let k = 2; traits.has(cmv) || items.includes(cmv); k++) cmv = `CMV${k}`;
  const methodModel = `${measurement}\n${cmv} =~ NA*${items[0]} + ${items.map((i) => `cmv_m*${i}`).join(" + ")}\n${cmv} ~~ 1*${cmv}\n` +
    [...traits.keys()].map((f) => `${cmv} ~~ 0*${f}`).join("\n");
  const base = cfa(measurement, keyed, fitOptions);
  const meth = cfa(methodModel, keyed, fitOptions);
  warnings.push(...base.warnings.map((w) => message.cmbFitWarning("baseline CFA", w)), ...meth.warnings.map((w) => message.cmbFitWarning("method-factor CFA", w)));
  const b = fitOf(base), m = fitOf(meth);
  const deltaDf = b.df - m.df;
  let deltaChisq = b.chisq - m.chisq;
  if (robustEstimators.has(meth.estimator)) {
    // Satorra–Bentler (2001) scaled difference: (T0 − T1) / cd, cd = (d0 c0 − d1 c1) / (d0 − d1), on the ML statistics
    const fb = base.fitMeasures(), fm = meth.fitMeasures();
    const cd = (fb.df! * fb["chisq.scaling.factor"]! - fm.df! * fm["chisq.scaling.factor"]!) / deltaDf;
    deltaChisq = cd > 0 ? (fb.chisq! - fm.chisq!) / cd : Number.NaN;
  }
  const pe = meth.parameterEstimates().filter((r) => r.op === "=~" && r.group <= 1);
  const loadings = [...traits].flatMap(([trait, its]) => its.map((item) => ({
    item, trait,
    trait_loading: pe.find((r) => r.lhs === trait && r.rhs === item)?.["std.all"] ?? Number.NaN,
    method_loading: pe.find((r) => r.lhs === cmv && r.rhs === item)?.["std.all"] ?? Number.NaN,
  })));
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    items, nComplete: pca.nobs ?? 0,
    harman: {
      pca: { eigenvalue: pca.variance.ss[0]!, proportion: pca.variance.proportion[0]! },
      factor: { ss: pa.variance.ss[0]!, proportion: pa.variance.proportion[0]! },
      cutoff: harmanCutoff, passes: pca.variance.proportion[0]! < harmanCutoff,
    },
    methodFactor: {
      model: methodModel, baseline: b, method: m, deltaChisq, deltaDf,
      pvalue: deltaDf > 0 && Number.isFinite(deltaChisq) ? chisqCdf(Math.max(deltaChisq, 0), deltaDf, true) : Number.NaN,
      deltaCfi: m.cfi - b.cfi, deltaTli: m.tli - b.tli, deltaRmsea: m.rmsea - b.rmsea, deltaSrmr: m.srmr - b.srmr,
      loadings,
      meanTraitVariance: mean(loadings.map((l) => l.trait_loading ** 2)),
      meanMethodVariance: mean(loadings.map((l) => l.method_loading ** 2)),
    },
    warnings,
  };
}
