import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { sem } from "../sem/sem.ts";
import { chisqCdf } from "../distributions/chisqCdf.ts";
import { satorraBentler2001 } from "../fit/satorraBentler2001.ts";
import { chenCutoffs, invarianceDecision, type InvarianceDecision } from "./invarianceDecision.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { prepareDataset } from "../sem/prepareDataset.ts";

/** The invariance levels, each adding equality constraints to the previous one. */
export type InvarianceLevel = "configural" | "metric" | "scalar" | "strict";

/** lavaan `group.equal` of each level. */
export const INVARIANCE_CONSTRAINTS: Readonly<Record<InvarianceLevel, readonly string[]>> = {
  configural: [], metric: ["loadings"], scalar: ["loadings", "intercepts"], strict: ["loadings", "intercepts", "residuals"],
};

/** How the χ² difference of two nested fits is computed, per estimator, as lavaan's `lavTestLRT` does by default. */
const DIFFERENCE_TESTS: Readonly<Record<string, (cur: Readonly<Record<string, number>>, prev: Readonly<Record<string, number>>) => number>> = {
  ML: (cur, prev) => cur.chisq! - prev.chisq!,
  GLS: (cur, prev) => cur.chisq! - prev.chisq!,
  ULS: (cur, prev) => cur.chisq! - prev.chisq!,
  MLR: scaledDifference,
  MLM: scaledDifference,
};

function scaledDifference(cur: Readonly<Record<string, number>>, prev: Readonly<Record<string, number>>): number {
  return satorraBentler2001(cur.chisq!, cur.df!, cur["chisq.scaling.factor"]!, prev.chisq!, prev.df!, prev["chisq.scaling.factor"]!);
}

function chisqDifference(estimator: string, cur: Readonly<Record<string, number>>, prev: Readonly<Record<string, number>>): number {
  const test = DIFFERENCE_TESTS[estimator];
  return test === undefined ? Number.NaN : test(cur, prev);
}

/** One row of the invariance table. */
export interface InvarianceRow {
  readonly level: InvarianceLevel;
  readonly groupEqual: readonly string[];
  readonly converged: boolean;
  /** False when the fit has problems (see `SemFit.problems`): its row and the step to it carry no decision. */
  readonly admissible: boolean;
  readonly npar: number;
  readonly chisq: number;
  readonly df: number;
  readonly pvalue: number;
  readonly cfi: number;
  readonly tli: number;
  readonly rmsea: number;
  readonly srmr: number;
  readonly aic: number;
  readonly bic: number;
  /** Comparison with the previous level (null for configural). */
  readonly deltaChisq: number | null;
  readonly deltaDf: number | null;
  /** χ² difference against the previous level: plain (ML, GLS, ULS) or Satorra–Bentler 2001 scaled (MLR, MLM). */
  readonly pLrt: number | null;
  readonly deltaCfi: number | null;
  readonly deltaRmsea: number | null;
  readonly deltaSrmr: number | null;
  /** Chen (2007) decision for this step (null for configural). */
  readonly decision: InvarianceDecision | null;
}

/** Result of `invariance`. */
export interface InvarianceResult {
  readonly group: string;
  readonly groups: readonly string[];
  readonly table: readonly InvarianceRow[];
  /**
   * The most constrained level reached before the first step whose constraints Chen's rule rejects or whose
   * fit is inadmissible or did not converge; null when even the first level's fit is not usable.
   */
  readonly supported: InvarianceLevel | null;
  readonly fits: Readonly<Partial<Record<InvarianceLevel, SemFit>>>;
  /** Every fit's warnings (prefixed with its level), then the comparison warnings. */
  readonly warnings: readonly string[];
  /** The fits' inadmissibility warnings (prefixed with the level): when not empty, `supported` stops before that level. */
  readonly problems: readonly string[];
}

/** Options of `invariance`: `sem()` options (with the required `group`) and the levels to fit. */
export interface InvarianceOptions extends SemOptions {
  readonly group: string;
  /** Levels to fit, in order (default all four). */
  readonly levels?: readonly InvarianceLevel[];
}

/** The accepted keys of `invariance()` options. */
export const INVARIANCE_OPTION_KEYS = optionKeys<InvarianceOptions>({
  group: true, levels: true, estimator: true, stdLv: true, meanstructure: true, groupEqual: true, groupPartial: true,
  fixedX: true, orthogonal: true, missing: true, se: true, bootstrap: true, seed: true, bootstrapCi: true,
  ordered: true, missingCodes: true, reverse: true, scale: SCALE_OPTION_KEYS, stdOv: true, intOvFree: true, intLvFree: true, cluster: true, rotation: true, rotationArgs: true,
});

/**
 * Measurement invariance in one call: fits the configural, metric (equal loadings), scalar (+ equal
 * intercepts) and strict (+ equal residual variances) multiple-group models and tabulates χ², df, CFI,
 * TLI, RMSEA, SRMR, AIC/BIC, the χ² difference test against the previous level and ΔCFI, ΔRMSEA and
 * ΔSRMR with Chen's (2007) decisions (ΔCFI ≥ −.010; ΔRMSEA ≤ .015; ΔSRMR ≤ .030 for loadings, .010 after).
 *
 * Source: Meredith (1993), Widaman & Reise (1997) for the sequence; Chen (2007) for the cut-offs;
 * lavaan `group.equal` and `lavTestLRT`: the plain χ² difference under ML, GLS and ULS; the Satorra–Bentler (2001)
 * scaled difference of the standard statistics under MLR and MLM (lavaan's default `method = "satorra.bentler.2001"`,
 * its "Chisq diff" column). Under WLSMV lavaan's scaled-shifted difference (Satorra 2000) is not computed: Δχ² and
 * its p-value are NaN, with a warning.
 * @param model lavaan model syntax
 * @param data the data
 * @param options `sem()` options with `group` (the grouping column), and optional `levels`
 * @returns the table, the supported level (null when no fit is usable), the fits, warnings, and `problems`
 * (the fits' inadmissibility warnings: a level with problems gets no Chen decision and ends the ladder)
 * @throws OptionError without `group`, with fewer than 2 groups or an unknown level; as `sem`; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * invariance(hsModel, hsCsv, { group: "school" }).table.map((r) => [r.level, r.cfi]);
 */
export function invariance(model: string, data: DataInput, options: InvarianceOptions): InvarianceResult {
  checkArg("invariance", "model", model, "string");
  checkOptionsObject("invariance", options, true);
  options = checkOptionKeys("invariance", options, INVARIANCE_OPTION_KEYS);
  if (options.group === undefined || options.group === "") throw new OptionError(message.invarianceNeedsGroup);
  const levels = options.levels ?? (["configural", "metric", "scalar", "strict"] as const);
  for (const l of levels) if (!(l in INVARIANCE_CONSTRAINTS)) throw new OptionError(message.invarianceUnknownLevel(String(l)));
  const ds = prepareDataset(data, options);
  const { reverse: _r, missingCodes: _m, levels: _l, groupEqual: _g, ...semOptions } = options;
  const fits: Partial<Record<InvarianceLevel, SemFit>> = {};
  const table: InvarianceRow[] = [];
  const warnings: string[] = [], problems: string[] = [];
  let supported: InvarianceLevel | null = null, rejected = false;
  for (const level of levels) {
    const fit = sem(model, ds, { ...semOptions, groupEqual: INVARIANCE_CONSTRAINTS[level] });
    if (fit.groups.length < 2) throw new OptionError(message.invarianceOneGroup(options.group, fit.groups[0] ?? ""));
    fits[level] = fit;
    for (const w of fit.warnings) warnings.push(`${level}: ${w}`);
    const own = (fit.problems ?? []).map((w) => message.fromFit(level, w));
    problems.push(...own);
    const admissible = fit.converged && own.length === 0;
    const fm = fit.fitMeasures();
    const get = (k: string): number => fm[k] ?? Number.NaN;
    // an ML χ² below 0 means the fit stopped short of its optimum (e.g. a group with a singular covariance matrix)
    const chisq = get("chisq") < 0 ? Number.NaN : get("chisq");
    if (get("chisq") < 0) warnings.push(message.invarianceNegativeChisq(level, get("chisq")));
    const prev = table[table.length - 1];
    let delta: Pick<InvarianceRow, "deltaChisq" | "deltaDf" | "pLrt" | "deltaCfi" | "deltaRmsea" | "deltaSrmr" | "decision"> = {
      deltaChisq: null, deltaDf: null, pLrt: null, deltaCfi: null, deltaRmsea: null, deltaSrmr: null, decision: null,
    };
    if (prev !== undefined) {
      const ddf = get("df") - prev.df;
      const dCfi = get("cfi") - prev.cfi, dRmsea = get("rmsea") - prev.rmsea, dSrmr = get("srmr") - prev.srmr;
      if (admissible && prev.admissible) {
        const dc = chisqDifference(fit.estimator, fm, fits[prev.level]!.fitMeasures());
        const decision = invarianceDecision(dCfi, dRmsea, dSrmr, chenCutoffs(level === "configural" ? "metric" : level));
        delta = { deltaChisq: dc, deltaDf: ddf, pLrt: ddf > 0 && Number.isFinite(dc) ? chisqCdf(Math.max(dc, 0), ddf, true) : Number.NaN, deltaCfi: dCfi, deltaRmsea: dRmsea, deltaSrmr: dSrmr, decision };
        if (!decision.holds) rejected = true;
      } else {
        const reason = !prev.admissible ? `the ${prev.level} fit is not usable` : `the ${level} fit is not usable`;
        warnings.push(message.invarianceStepUnreliable(level, reason));
        delta = { deltaChisq: Number.NaN, deltaDf: ddf, pLrt: Number.NaN, deltaCfi: dCfi, deltaRmsea: dRmsea, deltaSrmr: dSrmr, decision: null };
      }
    }
    if (!fit.converged) warnings.push(message.invarianceNotConverged(level));
    if (!admissible) rejected = true;
    if (!rejected) supported = level;
    table.push({
      level, groupEqual: INVARIANCE_CONSTRAINTS[level], converged: fit.converged, admissible, npar: get("npar"), chisq, df: get("df"),
      pvalue: get("pvalue"), cfi: get("cfi"), tli: get("tli"), rmsea: get("rmsea"), srmr: get("srmr"), aic: get("aic"), bic: get("bic"), ...delta,
    });
  }
  if (table.length > 1 && !(fits[levels[0]!]!.estimator in DIFFERENCE_TESTS)) warnings.push(message.invarianceNoDifferenceTest(fits[levels[0]!]!.estimator));
  const first = fits[levels[0]!]!;
  if (supported === null) warnings.push(first.converged ? message.invarianceNoneAdmissible(levels[0]!) : message.invarianceNoneSupported);
  return { group: options.group, groups: first.groups, table, supported, fits, warnings, problems };
}
