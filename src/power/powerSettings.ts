import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import type { PowerDesign, PowerOptions } from "./types.ts";
import { checkSeed } from "../random/checkSeed.ts";

/** Validated power options with their defaults filled in (serialisable: no callbacks). */
export interface PowerSettings extends PowerDesign {
  readonly targets?: readonly string[];
  readonly standardized: boolean;
  readonly data: NonNullable<PowerOptions["data"]>;
  readonly stdLv: boolean;
  readonly meanstructure: boolean;
}

const prob = (name: string, v: number): number => {
  if (!(typeof v === "number" && v > 0 && v < 1)) throw new OptionError(message.powerBadProbability(name, v));
  return v;
};

/**
 * Check the options of `power()` and fill in the defaults (seed 1, α = .05, 95% intervals, power .80,
 * no bootstrap, estimator ML).
 * @param options the user's options
 * @returns the settings
 * @throws OptionError for an empty or non-integer n list, reps < 1, a probability outside (0, 1),
 *   a negative bootstrap count, or an estimator other than ML
 * @example
 * powerSettings({ n: [200, 100], reps: 500 }).n; // [100, 200]
 */
export function powerSettings(options: PowerOptions): PowerSettings {
  const ns = options.n;
  if (!Array.isArray(ns) || ns.length === 0 || ns.some((v) => !Number.isInteger(v) || v < 2)) throw new OptionError(message.powerBadList("n", ns));
  if (!Number.isInteger(options.reps) || options.reps < 1) throw new OptionError(message.powerBadReps(options.reps));
  const seed = options.seed ?? 1;
  checkSeed("power", seed);
  const estimator = options.estimator ?? "ML";
  if (estimator !== "ML") throw new OptionError(message.estimatorNotSupported(estimator));
  const bootstrap = options.bootstrap ?? 0;
  if (!Number.isInteger(bootstrap) || bootstrap < 0) throw new OptionError(message.powerBadBootstrap(bootstrap));
  return {
    n: [...new Set(ns)].sort((a, b) => a - b),
    reps: options.reps,
    seed,
    alpha: prob("alpha", options.alpha ?? 0.05),
    ciLevel: prob("ciLevel", options.ciLevel ?? 0.95),
    power: prob("power", options.power ?? 0.8),
    bootstrap,
    ...(options.targets !== undefined ? { targets: [...options.targets] } : {}),
    standardized: options.standardized ?? false,
    data: options.data ?? {},
    stdLv: options.stdLv ?? false,
    meanstructure: options.meanstructure ?? false,
  };
}
