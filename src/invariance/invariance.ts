import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import { toDataset } from "../data/toDataset.ts";
import { reverseCode, SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { sem } from "../sem/sem.ts";
import { chisqCdf } from "../fit/chisqCdf.ts";
import { chenCutoffs, invarianceDecision, type InvarianceDecision } from "./invarianceDecision.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** The invariance levels, each adding equality constraints to the previous one. */
export type InvarianceLevel = "configural" | "metric" | "scalar" | "strict";

/** lavaan `group.equal` of each level. */
export const INVARIANCE_CONSTRAINTS: Readonly<Record<InvarianceLevel, readonly string[]>> = {
  configural: [], metric: ["loadings"], scalar: ["loadings", "intercepts"], strict: ["loadings", "intercepts", "residuals"],
};

/** One row of the invariance table. */
export interface InvarianceRow {
  readonly level: InvarianceLevel;
  readonly groupEqual: readonly string[];
  readonly converged: boolean;
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
  /** Likelihood-ratio (χ² difference) test p-value. */
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
  /** The most constrained level reached before the first step whose constraints Chen's rule rejects. */
  readonly supported: InvarianceLevel;
  readonly fits: Readonly<Partial<Record<InvarianceLevel, SemFit>>>;
  readonly warnings: readonly string[];
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
  ordered: true, missingCodes: true, reverse: true, scale: SCALE_OPTION_KEYS,
});

/**
 * Measurement invariance in one call: fits the configural, metric (equal loadings), scalar (+ equal
 * intercepts) and strict (+ equal residual variances) multiple-group models and tabulates χ², df, CFI,
 * TLI, RMSEA, SRMR, AIC/BIC, the χ² difference test against the previous level and ΔCFI, ΔRMSEA and
 * ΔSRMR with Chen's (2007) decisions (ΔCFI ≥ −.010; ΔRMSEA ≤ .015; ΔSRMR ≤ .030 for loadings, .010 after).
 *
 * Source: Meredith (1993), Widaman & Reise (1997) for the sequence; Chen (2007) for the cut-offs;
 * lavaan `group.equal` and `lavTestLRT` (ML: plain χ² difference).
 * @param model lavaan model syntax
 * @param data the data
 * @param options `sem()` options with `group` (the grouping column), and optional `levels`
 * @returns the table, the supported level, the fits and warnings
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
  let ds = toDataset(data, options.missingCodes === undefined ? {} : { missing: options.missingCodes });
  if (options.reverse !== undefined && options.reverse.length > 0) ds = reverseCode(ds, options.reverse, options.scale);
  const { reverse: _r, scale: _s, missingCodes: _m, levels: _l, groupEqual: _g, ...semOptions } = options;
  const fits: Partial<Record<InvarianceLevel, SemFit>> = {};
  const table: InvarianceRow[] = [];
  const warnings: string[] = [];
  let supported: InvarianceLevel | null = null, rejected = false;
  for (const level of levels) {
    const fit = sem(model, ds, { ...semOptions, groupEqual: INVARIANCE_CONSTRAINTS[level] });
    if (fit.groups.length < 2) throw new OptionError(message.invarianceOneGroup(options.group, fit.groups[0] ?? ""));
    fits[level] = fit;
    for (const w of fit.warnings) warnings.push(`${level}: ${w}`);
    const fm = fit.fitMeasures();
    const get = (k: string): number => fm[k] ?? Number.NaN;
    const prev = table[table.length - 1];
    let delta: Pick<InvarianceRow, "deltaChisq" | "deltaDf" | "pLrt" | "deltaCfi" | "deltaRmsea" | "deltaSrmr" | "decision"> = {
      deltaChisq: null, deltaDf: null, pLrt: null, deltaCfi: null, deltaRmsea: null, deltaSrmr: null, decision: null,
    };
    if (prev !== undefined) {
      const dc = get("chisq") - prev.chisq, ddf = get("df") - prev.df;
      const dCfi = get("cfi") - prev.cfi, dRmsea = get("rmsea") - prev.rmsea, dSrmr = get("srmr") - prev.srmr;
      const decision = invarianceDecision(dCfi, dRmsea, dSrmr, chenCutoffs(level === "configural" ? "metric" : level));
      delta = { deltaChisq: dc, deltaDf: ddf, pLrt: ddf > 0 ? chisqCdf(Math.max(dc, 0), ddf, true) : Number.NaN, deltaCfi: dCfi, deltaRmsea: dRmsea, deltaSrmr: dSrmr, decision };
      if (!decision.holds) rejected = true;
    }
    if (!fit.converged) warnings.push(message.invarianceNotConverged(level));
    if (!rejected && fit.converged) supported = level;
    table.push({
      level, groupEqual: INVARIANCE_CONSTRAINTS[level], converged: fit.converged, npar: get("npar"), chisq: get("chisq"), df: get("df"),
      pvalue: get("pvalue"), cfi: get("cfi"), tli: get("tli"), rmsea: get("rmsea"), srmr: get("srmr"), aic: get("aic"), bic: get("bic"), ...delta,
    });
  }
  if (supported === null) warnings.push(message.invarianceNoneSupported);
  const first = fits[levels[0]!]!;
  return { group: options.group, groups: first.groups, table, supported: supported ?? levels[0]!, fits, warnings };
}
