import type { DataInput } from "../data/toDataset.ts";
import type { SemFit, SemOptions } from "../sem/types.ts";
import type { BootstrapOptions, BootstrapCiType } from "../inference/resampling/types.ts";
import { BOOTSTRAP_OPTION_KEYS, DrawStatus } from "../inference/resampling/types.ts";
import { effectPaths, type EffectSpec } from "./effectPaths.ts";
import { effectValue, effectGradient } from "./effectValue.ts";
import { solutionFromFit } from "../bootstrap/solutionFromFit.ts";
import { rowEstimates, exogenousCovariates } from "../inference/parameterRows.ts";
import { standardizedSolution } from "../inference/standardizedSolution.ts";
import { vcovFromInformation } from "../inference/vcovFromInformation.ts";
import { waldTest } from "../inference/waldTest.ts";
import { bootstrapSetup } from "../bootstrap/bootstrapSetup.ts";
import { bootstrapSettings } from "../inference/resampling/bootstrapSettings.ts";
import { runDraws } from "../inference/resampling/runDraws.ts";
import { bootstrapInterval, type BootstrapInterval } from "../inference/resampling/bootstrapIntervals.ts";
import { jackknifeAcceleration } from "../inference/resampling/jackknifeAcceleration.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkFitArg } from "../options/checkFitArg.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { optionKeys, mergeOptionKeys, pickOptionKeys } from "../options/optionKeys.ts";
import { SEM_OPTION_KEYS } from "../sem/types.ts";
import { OptionError } from "../errors.ts";

/** One direct, indirect or total effect with delta-method (and, when asked, bootstrap) inference. */
export interface MediationEffect {
  readonly kind: EffectSpec["kind"];
  readonly from: string;
  readonly to: string;
  readonly through: readonly string[];
  readonly group: number;
  /** e.g. "SAT -> TRU -> LOY", "SAT => LOY (total)". */
  readonly label: string;
  readonly est: number;
  /** Delta-method standard error (expected information). */
  readonly se: number;
  readonly z: number;
  readonly pvalue: number;
  /** Normal-theory (delta) interval. */
  readonly "ci.lower": number;
  readonly "ci.upper": number;
  /** Completely standardized effect (product of std.all coefficients). */
  readonly "std.all": number;
  /** Bootstrap summaries of the effect and its std.all value (when a bootstrap was asked for). */
  readonly boot?: BootstrapInterval;
  readonly bootStd?: BootstrapInterval;
  /** Bootstrap interval of the requested type. */
  readonly "boot.ci.lower"?: number;
  readonly "boot.ci.upper"?: number;
}

/** Options of `mediation`. */
export interface MediationOptions {
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** Bootstrap the effects: the data (and the `sem()` options the fit was made with), draws, seed, type, … */
  readonly bootstrap?: SemOptions & BootstrapOptions & { readonly data: DataInput };
}

/** The accepted keys of `mediation()` options; `bootstrap` takes the `sem()` options, the bootstrap settings and `data`. */
export const MEDIATION_OPTION_KEYS = optionKeys<MediationOptions>({
  level: true,
  bootstrap: mergeOptionKeys(SEM_OPTION_KEYS, BOOTSTRAP_OPTION_KEYS, { names: ["data"], nested: {} }),
});

/** Result of `mediation`. */
export interface MediationResult {
  readonly effects: readonly MediationEffect[];
  /** Bootstrap bookkeeping, when a bootstrap was run. */
  readonly bootstrap?: { readonly draws: number; readonly used: number; readonly notConverged: number; readonly seed: number; readonly type: BootstrapCiType };
  /** The fit's warnings (prefixed "fit: "), then the bootstrap's (draws that failed or were left out). */
  readonly warnings: readonly string[];
  /**
   * The fit's inadmissibility warnings (prefixed "fit: "): negative variances, non-positive-definite matrices,
   * non-convergence, too few cases. When not empty, no effect should be called significant without them.
   */
  readonly problems: readonly string[];
}

const labelOf = (e: EffectSpec): string =>
  e.kind === "indirect" ? [e.from, ...e.through, e.to].join(" -> ") : `${e.from} => ${e.to} (${e.kind})`;

/**
 * Every direct, specific indirect, total indirect and total effect implied by the structural paths of a
 * fitted model — without writing `:=` lines — with delta-method standard errors from the expected
 * information (as lavaan's `:=` parameters; analytic gradient of the path products), std.all values
 * and, when `bootstrap` is given, bootstrap SEs and percentile / BC / BCa intervals.
 *
 * Source: Sobel (1982) delta method; Bollen (1987) for decomposing total effects into paths;
 * Preacher & Hayes (2008) and Bollen & Stine (1990) for bootstrap intervals of indirect effects.
 * @param fit a fitted model with regressions (`~`)
 * @param options level, and bootstrap settings with the data
 * @returns the effects (per group, by predictor and outcome), warnings (the fit's first, prefixed "fit: ") and
 * `problems`, the fit's inadmissibility warnings
 * @throws ModelSpecificationError for a model with a feedback loop; as `bootstrap` for bad bootstrap options; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * mediation(fit).effects.filter((e) => e.kind === "indirect").map((e) => `${e.label}: ${e.est}`);
 */
export function mediation(fit: SemFit, options: MediationOptions = {}): MediationResult {
  checkFitArg("mediation", fit);
  checkOptionsObject("mediation", options);
  options = checkOptionKeys("mediation", options, MEDIATION_OPTION_KEYS);
  const level = options.level ?? 0.95;
  if (!(typeof level === "number" && level > 0 && level < 1)) throw new OptionError(message.bootstrapBadLevel(level));
  const sol = solutionFromFit(fit);
  const { pt, rep, ev } = sol;
  const npar = pt.npar;
  const specs = pt.groups.flatMap((_, g) => effectPaths(pt, g + 1));
  const warnings: string[] = fit.warnings.map((w) => message.fromFit("fit", w));
  const problems = (fit.problems ?? []).map((w) => message.fromFit("fit", w));
  if (specs.length === 0) warnings.push(message.mediationNoPaths);
  const est = rowEstimates(sol);
  const std = standardizedSolution(pt, rep, est, ev.implied, exogenousCovariates(sol));
  const hess = new Float64Array(npar * npar);
  ev.derivatives(sol.theta, new Float64Array(npar), hess);
  const vcov = vcovFromInformation(hess, npar, fit.ntotal).vcov;
  const free = (row: number): number => pt.rows[row]!.free;
  let effects: MediationEffect[] = specs.map((e) => {
    const value = effectValue(e, (r) => est[r]!);
    let se = Number.NaN;
    if (vcov !== null) {
      const g = effectGradient(e, (r) => est[r]!, free, npar);
      let v = 0;
      for (let a = 0; a < npar; a++) { if (g[a] === 0) continue; for (let b = 0; b < npar; b++) v += g[a]! * vcov[a * npar + b]! * g[b]!; }
      se = Math.sqrt(Math.max(v, 0));
    }
    const w = waldTest(value, se, level);
    return {
      kind: e.kind, from: e.from, to: e.to, through: e.through, group: e.group, label: labelOf(e), est: value, se,
      z: w.z, pvalue: w.pvalue, "ci.lower": w.ciLower, "ci.upper": w.ciUpper, "std.all": effectValue(e, (r) => std.stdAll[r]!),
    };
  });
  if (options.bootstrap === undefined) return { effects, warnings, problems };
  const { data, ...bootOptions } = options.bootstrap;
  const settings = bootstrapSettings({ level, ...bootOptions });
  const { setup } = bootstrapSetup(fit, data, pickOptionKeys(bootOptions, SEM_OPTION_KEYS));
  const raw = runDraws(setup, settings.draws, settings.seed, settings.type === "bca", bootOptions.onProgress);
  const K = setup.targets.length, w = 2 * K;
  const col = new Map<number, number>();
  setup.targets.forEach((t, k) => { if (t.source >= 0) col.set(t.source, k); });
  const use: number[] = [];
  let notConverged = 0, inadmissible = 0;
  for (let d = 0; d < raw.draws; d++) {
    const s = raw.status[d]!;
    if (s === DrawStatus.NotConverged) { notConverged++; continue; }
    if (s === DrawStatus.Inadmissible) inadmissible++;
    if (s === DrawStatus.Inadmissible && settings.dropInadmissible) continue;
    use.push(d);
  }
  if (notConverged > 0) warnings.push(message.bootstrapNotConverged(notConverged, raw.draws));
  if (inadmissible > 0) warnings.push(message.bootstrapInadmissible(inadmissible, raw.draws, settings.dropInadmissible));
  if (use.length < 2) warnings.push(message.bootstrapTooFewDraws(use.length));
  const nJack = raw.jackknife === null ? 0 : raw.jackknife.length / w;
  effects = effects.map((m, i) => {
    const e = specs[i]!;
    const at = (values: Float64Array, row0: number, shift: number) => (r: number): number => values[row0 * w + shift + col.get(r)!]!;
    const reps = (shift: number): Float64Array => Float64Array.from(use, (d) => effectValue(e, at(raw.values, d, shift)));
    const jack = (shift: number): number | null => raw.jackknife === null ? null
      : jackknifeAcceleration(Float64Array.from({ length: nJack }, (_, j) => effectValue(e, at(raw.jackknife!, j, shift))));
    const boot = bootstrapInterval(reps(0), m.est, level, jack(0));
    const bootStd = bootstrapInterval(reps(K), m["std.all"], level, jack(K));
    const ci = settings.type === "percentile" ? boot.percentile : settings.type === "bc" ? boot.bc : boot.bca!;
    return { ...m, boot, bootStd, "boot.ci.lower": ci[0], "boot.ci.upper": ci[1] };
  });
  return { effects, bootstrap: { draws: raw.draws, used: use.length, notConverged, seed: settings.seed, type: settings.type }, warnings, problems };
}
