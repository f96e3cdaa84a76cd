import type { RobustML } from "../inference/robustML.ts";
import { chisqCdf } from "../fit/chisqCdf.ts";

/**
 * The scaled test statistic entries lavaan adds for a robust estimator (chisq.scaled, df.scaled,
 * pvalue.scaled, chisq.scaling.factor, scaling.factor.h1/.h0).
 * @param fit the standard fit measures (chisq and df are read from it)
 * @param robust scaling factors of the model
 * @returns the extra entries
 * @example
 * scaledFitMeasures(fitMeasures, robustML(sol))["chisq.scaled"];
 */
export function scaledFitMeasures(fit: Readonly<Record<string, number>>, robust: RobustML): Record<string, number> {
  const chisq = fit["chisq"]!, df = fit["df"]!;
  const scaled = chisq / robust.scalingFactor;
  return {
    "chisq.scaled": scaled,
    "df.scaled": df,
    "pvalue.scaled": df > 0 ? chisqCdf(scaled, df, true) : NaN,
    "chisq.scaling.factor": robust.scalingFactor,
    "scaling.factor.h1": robust.scalingFactorH1,
    "scaling.factor.h0": robust.scalingFactorH0,
  };
}
