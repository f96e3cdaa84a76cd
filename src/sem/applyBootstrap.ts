import type { Dataset } from "../data/types.ts";
import type { ParameterEstimate, SemFit } from "./types.ts";
import type { BootstrapCiType, BootstrapResult } from "../inference/resampling/types.ts";
import { bootstrapSetupOfFit } from "../inference/resampling/bootstrapSetupOfFit.ts";
import { groupLabels } from "./sampleFromData.ts";
import { bootstrapSettings } from "../inference/resampling/bootstrapSettings.ts";
import { runDraws } from "../inference/resampling/runDraws.ts";
import { summarizeBootstrap } from "../inference/resampling/summarizeBootstrap.ts";
import { waldTest } from "../inference/waldTest.ts";
import { semSummary } from "./semSummary.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkFitArg } from "../options/checkFitArg.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** The `sem()` options that ask for bootstrap standard errors (lavaan `se = "bootstrap"`, `bootstrap = R`, `iseed`). */
export interface SemBootstrapOptions {
  /** Grouping column of the fit (as given to `sem()`). */
  readonly group?: string;
  /** Number of bootstrap draws (lavaan `bootstrap`, default 1000). */
  readonly bootstrap?: number;
  /** Seed (lavaan `iseed`); default 1. */
  readonly seed?: number;
  /** Interval type of ci.lower/ci.upper (lavaan `boot.ci.type`): "percentile" (default, lavaan "perc"), "bc" ("bca.simple") or "bca". */
  readonly bootstrapCi?: BootstrapCiType;
  /** Called with (done, total) during the draws. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The accepted keys of `applyBootstrap()` options. */
export const SEM_BOOTSTRAP_OPTION_KEYS = optionKeys<SemBootstrapOptions>({
  group: true, bootstrap: true, seed: true, bootstrapCi: true, onProgress: true,
});

/** A fit whose standard errors and intervals come from the bootstrap, with the bootstrap itself attached. */
export type BootstrappedFit = SemFit & { readonly bootstrap: BootstrapResult };

/**
 * Replace the standard errors of a fit by nonparametric bootstrap SEs, as lavaan's `se = "bootstrap"`:
 * se = SD of the draws, z = est/se with its normal p-value, and ci.lower/ci.upper the bootstrap interval
 * (percentile by default, lavaan's `boot.ci.type = "perc"`), for every parameter and `:=` parameter.
 * This is the hook `sem()` calls for `{ se: "bootstrap" }`.
 * @param fit the full-sample fit
 * @param data the data set the fit was made from, after reverse coding and missing-value codes were applied
 * @param options group, bootstrap (draws), seed, bootstrapCi, onProgress
 * @returns the fit with bootstrap SEs and a `bootstrap` property holding all intervals (also for std.all)
 * @throws OptionError for bad bootstrap options or data that do not match the fit
 * @example
 * const fitB = applyBootstrap(fit, ds, { bootstrap: 1000, seed: 1 });
 * fitB.parameterEstimates().find((r) => r.lhs === "indirect")?.se;
 */
export function applyBootstrap(fit: SemFit, data: Dataset, options: SemBootstrapOptions = {}): BootstrappedFit {
  checkFitArg("applyBootstrap", fit);
  checkArg("applyBootstrap", "data", data, "dataset");
  checkOptionsObject("applyBootstrap", options);
  options = checkOptionKeys("applyBootstrap", options, SEM_BOOTSTRAP_OPTION_KEYS);
  const settings = bootstrapSettings({
    ...(options.bootstrap !== undefined ? { draws: options.bootstrap } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.bootstrapCi !== undefined ? { type: options.bootstrapCi } : {}),
  });
  const setup = bootstrapSetupOfFit(fit, data, groupLabels(data, options.group));
  const raw = runDraws(setup, settings.draws, settings.seed, settings.type === "bca", options.onProgress);
  const boot = summarizeBootstrap(setup, fit, raw, settings);
  let rows: ParameterEstimate[] | undefined;
  const parameterEstimates = (): ParameterEstimate[] => (rows ??= withBootstrapSe(fit.parameterEstimates(), boot));
  const self: BootstrappedFit = {
    ...fit,
    warnings: [...fit.warnings, ...boot.warnings],
    bootstrap: boot,
    parameterEstimates,
    standardizedSolution: () => parameterEstimates().filter((r) => r.op !== "r2"),
    summary: (o = {}) => semSummary(self, o),
  };
  return self;
}

function withBootstrapSe(rows: readonly ParameterEstimate[], boot: BootstrapResult): ParameterEstimate[] {
  const nullable = (v: number): number | null => (Number.isFinite(v) ? v : null);
  let k = 0;
  return rows.map((r) => {
    if (r.op === "r2") return r;
    const b = boot.estimates[k++]!;
    if (r.se === 0) return r; // fixed parameter
    const w = waldTest(r.est, b.se);
    return { ...r, se: nullable(b.se), z: nullable(w.z), pvalue: nullable(w.pvalue), "ci.lower": nullable(b["ci.lower"]), "ci.upper": nullable(b["ci.upper"]) };
  });
}
