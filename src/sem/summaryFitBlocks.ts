import type { Estimator } from "./types.ts";

/** What the test and fit-measure blocks of a summary need from a fit. */
export interface SummaryFitInput {
  readonly estimator: Estimator;
  /** fitMeasures() of the fit, under lavaan's names. */
  readonly fm: Readonly<Record<string, number>>;
  /** With several groups: each group's label, share of χ² (see `groupChisq`) and N_g/N, printed as lavaan does. */
  readonly groups?: readonly { readonly label: string; readonly chisq: number; readonly share: number }[];
}

const fmt = (v: number | undefined, d = 3): string => (v === undefined || !Number.isFinite(v) ? "" : v.toFixed(d));
const int = (v: number | undefined): string => (v === undefined || !Number.isFinite(v) ? "" : String(Math.round(v)));

/**
 * The test-statistic and fit-measure blocks of lavaan's `summary(fit, fit.measures = TRUE)`, laid out as
 * lavaan prints them: labels from column 3, one value column ending at column 54 ("Standard") and, for
 * robust estimators (MLR, MLM, WLSMV), a second one ending at column 66 ("Scaled") with the scaling
 * correction factor, the correction's name (Yuan-Bentler (Mplus variant), Satorra-Bentler, or the
 * scaled-and-shifted statistic's shift parameter), the scaled baseline test, scaled and robust
 * CFI/TLI, MLR's scaling factors of the log-likelihoods, scaled and robust RMSEA, and SRMR.
 * With several groups each group's share of the statistic follows ("Test statistic for each group").
 * Without fit measures only "Model Test User Model" is returned. Missing measures leave blank cells.
 * Source: lavaan 0.6-14 R/lav_test_print.R (lav_test_print), R/lav_fit_measures.R
 * (print.lavaan.fitMeasures); the statistics themselves: Satorra & Bentler (1994), Yuan & Bentler (2000),
 * Asparouhov & Muthén (2010) for the shift, Brosseau-Liard, Savalei & Li (2012/2014) for the robust indices.
 * @param input estimator and fit measures
 * @param fitMeasures whether to add the blocks after the user-model test
 * @returns the lines (no trailing newline)
 * @throws never
 * @example
 * summaryFitBlocks({ estimator: "MLR", fm: fit.fitMeasures() }, true).join("\n");
 */
export function summaryFitBlocks(input: SummaryFitInput, fitMeasures: boolean): string[] {
  const { fm, estimator } = input;
  const robust = Number.isFinite(fm["chisq.scaled"]);
  const row = (label: string, a: string, b = ""): string => `  ${label.padEnd(40)}${a.padStart(12)}${robust ? b.padStart(12) : ""}`;
  const blank = (): string => " ".repeat(robust ? 66 : 54);
  const L: string[] = ["Model Test User Model:"];
  L.push(robust ? `${"".padEnd(46)}Standard      Scaled` : blank());
  L.push(row(robust ? "Test Statistic" : "Test statistic", fmt(fm["chisq"]), fmt(fm["chisq.scaled"])));
  L.push(row("Degrees of freedom", int(fm["df"]), robust ? fmtDf(fm["df.scaled"]) : ""));
  L.push(row("P-value (Chi-square)", fmt(fm["pvalue"]), fmt(fm["pvalue.scaled"])));
  if (robust) {
    const c = fm["chisq.scaling.factor"];
    L.push(row("Scaling correction factor", "", fmt(c)));
    if (estimator === "WLSMV") {
      const shift = (fm["chisq.scaled"] ?? NaN) - (fm["chisq"] ?? NaN) / (c ?? NaN);
      L.push(row("Shift parameter", "", fmt(shift)));
      L.push(row("  simple second-order correction", "", ""));
    } else {
      L.push(row(estimator === "MLR" ? "  Yuan-Bentler correction (Mplus variant)" : "  Satorra-Bentler correction", "", ""));
    }
  }
  if (input.groups !== undefined && input.groups.length > 1) {
    // lavaan: a group's scaled share is its share divided by the scaling correction factor, plus N_g/N of the
    // shift parameter for the scaled-and-shifted statistic
    const c = fm["chisq.scaling.factor"] ?? NaN;
    const shift = estimator === "WLSMV" ? (fm["chisq.scaled"] ?? NaN) - (fm["chisq"] ?? NaN) / c : 0;
    L.push(row("Test statistic for each group:", "", ""));
    for (const g of input.groups) L.push(row(`  ${g.label}`, fmt(g.chisq), fmt(g.chisq / c + shift * g.share)));
  }
  if (!fitMeasures) return L;
  L.push("", "Model Test Baseline Model:", "");
  L.push(row("Test statistic", fmt(fm["baseline.chisq"]), fmt(fm["baseline.chisq.scaled"])));
  L.push(row("Degrees of freedom", int(fm["baseline.df"]), fmtDf(fm["baseline.df.scaled"])));
  L.push(row("P-value", fmt(fm["baseline.pvalue"]), fmt(fm["baseline.pvalue.scaled"])));
  if (robust) L.push(row("Scaling correction factor", "", fmt(fm["baseline.chisq.scaling.factor"])));
  L.push("", "User Model versus Baseline Model:", "");
  L.push(row("Comparative Fit Index (CFI)", fmt(fm["cfi"]), fmt(fm["cfi.scaled"])));
  L.push(row("Tucker-Lewis Index (TLI)", fmt(fm["tli"]), fmt(fm["tli.scaled"])));
  if (robust) {
    L.push(blank());
    L.push(row("Robust Comparative Fit Index (CFI)", "", fmt(fm["cfi.robust"])));
    L.push(row("Robust Tucker-Lewis Index (TLI)", "", fmt(fm["tli.robust"])));
  }
  if (fm["logl"] !== undefined) {
    const both = (k: string): [string, string] => [fmt(fm[k]), robust ? fmt(fm[k]) : ""];
    L.push("", "Loglikelihood and Information Criteria:", "");
    L.push(row("Loglikelihood user model (H0)", ...both("logl")));
    const mlr = robust && Number.isFinite(fm["scaling.factor.h0"]);
    if (mlr) L.push(row("Scaling correction factor", "", fmt(fm["scaling.factor.h0"])), row("    for the MLR correction", "", ""));
    L.push(row("Loglikelihood unrestricted model (H1)", ...both("unrestricted.logl")));
    if (mlr) L.push(row("Scaling correction factor", "", fmt(fm["scaling.factor.h1"])), row("    for the MLR correction", "", ""));
    L.push(blank());
    L.push(row("Akaike (AIC)", ...both("aic")), row("Bayesian (BIC)", ...both("bic")), row("Sample-size adjusted Bayesian (SABIC)", ...both("bic2")));
  }
  const level = Math.round((fm["rmsea.ci.level"] ?? 0.9) * 100);
  const close = fmt(fm["rmsea.close.h0"]), notClose = fmt(fm["rmsea.notclose.h0"]);
  L.push("", "Root Mean Square Error of Approximation:", "");
  L.push(row("RMSEA", fmt(fm["rmsea"]), fmt(fm["rmsea.scaled"])));
  L.push(row(`${level} Percent confidence interval - lower`, fmt(fm["rmsea.ci.lower"]), fmt(fm["rmsea.ci.lower.scaled"])));
  L.push(row(`${level} Percent confidence interval - upper`, fmt(fm["rmsea.ci.upper"]), fmt(fm["rmsea.ci.upper.scaled"])));
  L.push(row(`P-value H_0: RMSEA <= ${close}`, fmt(fm["rmsea.pvalue"]), fmt(fm["rmsea.pvalue.scaled"])));
  L.push(row(`P-value H_0: RMSEA >= ${notClose}`, fmt(fm["rmsea.notclose.pvalue"]), fmt(fm["rmsea.notclose.pvalue.scaled"])));
  if (robust) {
    L.push(blank());
    L.push(row("Robust RMSEA", "", fmt(fm["rmsea.robust"])));
    L.push(row(`${level} Percent confidence interval - lower`, "", fmt(fm["rmsea.ci.lower.robust"])));
    L.push(row(`${level} Percent confidence interval - upper`, "", fmt(fm["rmsea.ci.upper.robust"])));
    L.push(row(`P-value H_0: Robust RMSEA <= ${close}`, "", fmt(fm["rmsea.pvalue.robust"])));
    L.push(row(`P-value H_0: Robust RMSEA >= ${notClose}`, "", fmt(fm["rmsea.notclose.pvalue.robust"])));
  }
  L.push("", "Standardized Root Mean Square Residual:", "");
  L.push(row("SRMR", fmt(fm["srmr"]), robust ? fmt(fm["srmr"]) : ""));
  return L;
}

/** Scaled degrees of freedom: an integer as lavaan prints it, 3 decimals when not whole (mean-and-variance adjusted). */
function fmtDf(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return "";
  return Math.abs(v - Math.round(v)) < 1e-8 ? String(Math.round(v)) : v.toFixed(3);
}
