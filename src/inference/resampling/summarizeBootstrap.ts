import type { ParameterEstimate } from "../types.ts";
import type { BootstrapCiType, BootstrapDraws, BootstrapEstimate, BootstrapResult, BootstrapSetup } from "./types.ts";
import { DrawStatus } from "./types.ts";
import { bootstrapInterval, type BootstrapInterval } from "./bootstrapIntervals.ts";
import { jackknifeAcceleration } from "./jackknifeAcceleration.ts";
import { message } from "../../messages.ts";
import { checkArg, checkShape } from "../../options/checkArg.ts";
import { checkBootstrapSetup } from "./checkBootstrapSetup.ts";

/**
 * Turn raw draws into bootstrap SEs and percentile, BC and (with jackknife fits) BCa intervals for every
 * parameter, `:=` parameter and their std.all values. Non-converged draws are left out (lavaan); inadmissible
 * draws are counted and kept unless `dropInadmissible`.
 * @param setup bootstrap setup
 * @param fit the full-sample fit (its estimates are t̂)
 * @param raw raw draws
 * @param settings seed, interval type, level and dropInadmissible
 * @returns the bootstrap result
 * @throws OptionError when an argument is of the wrong type (e.g. a fit without parameterEstimates, raw draws
 *   without values)
 * @example
 * summarizeBootstrap(setup, fit, runDraws(setup, 1000, 1, false), { seed: 1, type: "percentile", level: 0.95, dropInadmissible: false });
 */
export function summarizeBootstrap(
  setup: BootstrapSetup, fit: { parameterEstimates(): readonly ParameterEstimate[]; readonly warnings: readonly string[] }, raw: BootstrapDraws,
  settings: { seed: number; type: BootstrapCiType; level: number; dropInadmissible: boolean },
): BootstrapResult {
  checkBootstrapSetup("summarizeBootstrap", setup);
  checkShape("summarizeBootstrap", "fit", fit, { parameterEstimates: "function" });
  checkShape("summarizeBootstrap", "raw", raw, { draws: "number", values: "float64", status: "uint8" });
  if (raw.jackknife !== null) checkArg("summarizeBootstrap", "raw.jackknife", raw.jackknife, "float64");
  checkShape("summarizeBootstrap", "settings", settings, { type: "string", level: "number", dropInadmissible: "boolean?" });
  const K = setup.targets.length, w = 2 * K, D = raw.draws;
  const full = fit.parameterEstimates().filter((r) => r.op !== "r2");
  let notConverged = 0, inadmissible = 0;
  const use: number[] = [];
  for (let d = 0; d < D; d++) {
    const s = raw.status[d]!;
    if (s === DrawStatus.NotConverged) { notConverged++; continue; }
    if (s === DrawStatus.Inadmissible) { inadmissible++; if (settings.dropInadmissible) continue; }
    use.push(d);
  }
  // the fit the draws start from: its warnings (a Heywood case, non-convergence, …) hold for the intervals too
  const warnings: string[] = fit.warnings.map((w) => message.fromFit("fit", w));
  if (notConverged > 0) warnings.push(message.bootstrapNotConverged(notConverged, D));
  if (inadmissible > 0) warnings.push(message.bootstrapInadmissible(inadmissible, D, settings.dropInadmissible));
  if (use.length < 2) warnings.push(message.bootstrapTooFewDraws(use.length));
  const column = (c: number): Float64Array => Float64Array.from(use, (d) => raw.values[d * w + c]!);
  const jackColumn = (c: number): Float64Array | null => {
    if (raw.jackknife === null) return null;
    const n = raw.jackknife.length / w;
    return Float64Array.from({ length: n }, (_, i) => raw.jackknife![i * w + c]!);
  };
  const pick = (b: BootstrapInterval): readonly [number, number] =>
    settings.type === "percentile" ? b.percentile : settings.type === "bc" ? b.bc : (b.bca ?? [Number.NaN, Number.NaN]);
  const estimates: BootstrapEstimate[] = setup.targets.map((t, k) => {
    const row = full[k]!;
    const est = row.est, stdAll = row["std.all"] ?? Number.NaN;
    const jk = jackColumn(k), jks = jackColumn(K + k);
    const boot = bootstrapInterval(column(k), est, settings.level, jk === null ? null : jackknifeAcceleration(jk));
    const bootStd = bootstrapInterval(column(K + k), stdAll, settings.level, jks === null ? null : jackknifeAcceleration(jks));
    const ci = pick(boot), cis = pick(bootStd);
    return {
      lhs: t.lhs, op: t.op, rhs: t.rhs, group: t.group, label: t.label, est, se: boot.se, "ci.lower": ci[0], "ci.upper": ci[1], boot,
      "std.all": stdAll, "std.all.se": bootStd.se, "std.all.ci.lower": cis[0], "std.all.ci.upper": cis[1], bootStd,
    };
  });
  const replicates = new Float64Array(use.length * w);
  use.forEach((d, i) => replicates.set(raw.values.subarray(d * w, (d + 1) * w), i * w));
  return {
    draws: D, seed: settings.seed, type: settings.type, level: settings.level, used: use.length, notConverged, inadmissible,
    estimates, replicates, warnings,
  };
}
