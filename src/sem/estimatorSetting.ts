import type { Estimator } from "../estimate/estimator.ts";
import type { SemOptions } from "./types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/** What the options ask the estimation to be: the estimator, ordinal indicators, and full-information missing data. */
export interface EstimatorSetting {
  /** lavaan's estimator: the given one, else WLSMV for ordered indicators and ML otherwise. */
  readonly estimator: Estimator;
  /** Some or all indicators are declared `ordered`. */
  readonly ordinal: boolean;
  /** `missing` is "ml", "fiml" or "ml.x" (casewise likelihood instead of listwise deletion). */
  readonly fiml: boolean;
}

/**
 * Resolve the estimator from `sem()` options as lavaan does, and refuse the combinations lavaan refuses:
 * FIML with ordered indicators, WLSMV without them, and an estimator other than WLSMV for ordered indicators.
 * @param options checked `sem()` options
 * @returns the estimator, whether the model is ordinal, and whether missing values use FIML
 * @throws OptionError for those combinations, or an estimator semkit does not fit
 * @example
 * estimatorSetting({ ordered: true }); // { estimator: "WLSMV", ordinal: true, fiml: false }
 */
export function estimatorSetting(options: SemOptions): EstimatorSetting {
  const ordinal = options.ordered !== undefined && options.ordered !== false;
  const estimator = options.estimator ?? (ordinal ? "WLSMV" : "ML");
  if (ordinal && (options.missing === "ml" || options.missing === "fiml")) throw new OptionError(message.ordinalFimlRefused(options.missing));
  if (estimator === "WLSMV" && !ordinal) throw new OptionError(message.wlsmvNeedsOrdered);
  if (ordinal && estimator !== "WLSMV") throw new OptionError(message.ordinalEstimatorNotSupported(estimator));
  if (!["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"].includes(estimator)) throw new OptionError(message.estimatorNotSupported(estimator));
  const fiml = options.missing === "ml" || options.missing === "fiml" || options.missing === "ml.x";
  return { estimator, ordinal, fiml };
}
