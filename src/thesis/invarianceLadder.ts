import type { Dataset } from "../data/types.ts";
import { invariance } from "../invariance/invariance.ts";
import { chenCutoffs, invarianceDecision } from "../invariance/invarianceDecision.ts";
import { chisqCdf } from "../fit/chisqCdf.ts";
import { semOptionsOf } from "./modelSteps.ts";
import type { ThesisInvariance, ThesisInvarianceRow } from "./result.ts";
import type { EstimationConfig } from "./types.ts";
import { checkArg } from "../options/checkArg.ts";

/**
 * Scaled χ² difference of two nested robust (MLR) fits: cd = (d₀c₀ − d₁c₁)/(d₀ − d₁), T = (T₀ − T₁)/cd on
 * d₀ − d₁ df, with T the unscaled statistics and c the scaling factors of the restricted (0) and free (1) model.
 * Source: Satorra & Bentler (2001), "A scaled difference chi-square test statistic for moment structure analysis",
 * Psychometrika 66, eq. (5); lavaan lavTestLRT(method = "satorra.bentler.2001").
 * @param t0 unscaled χ² of the restricted model
 * @param d0 its df
 * @param c0 its scaling factor
 * @param t1 unscaled χ² of the less restricted model
 * @param d1 its df
 * @param c1 its scaling factor
 * @returns the scaled difference (NaN when cd ≤ 0)
 * @throws never
 * @example satorraBentler2001(120, 50, 1.1, 100, 45, 1.05);
 */
export function satorraBentler2001(t0: number, d0: number, c0: number, t1: number, d1: number, c1: number): number {
  const cd = (d0 * c0 - d1 * c1) / (d0 - d1);
  return cd > 0 ? (t0 - t1) / cd : Number.NaN;
}

/**
 * The invariance ladder of a thesis: `invariance()` fits the configural, metric, scalar and strict models; under ML
 * the rows are its χ², CFI, RMSEA, SRMR and χ² difference tests; under MLR they hold the Yuan–Bentler scaled χ²,
 * the robust CFI and RMSEA (Brosseau-Liard & Savalei 2014; Savalei 2018) and the Satorra–Bentler (2001) scaled
 * difference test, as lavaan users report robust fits. Each step is decided by Chen's (2007) rule
 * (`invarianceDecision` with `chenCutoffs`) on the reported indices.
 * Source: Vandenberg & Lance (2000); Chen (2007), Struct. Equ. Modeling 14(3), 464–504; Satorra & Bentler (2001).
 * @param model the measurement model (lavaan syntax)
 * @param ds the data with reverse-coded items already recoded
 * @param group the grouping column
 * @param estimation estimator and missing-data handling
 * @returns the ladder, the fits and the group sizes
 * @throws as `invariance` (e.g. UnknownColumnError for the group column, OptionError for one group); OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example invarianceLadder(model, ds, "platform", { estimator: "ML", missing: "listwise" }).rows[1].deltaCfi;
 */
export function invarianceLadder(model: string, ds: Dataset, group: string, estimation: EstimationConfig): ThesisInvariance {
  checkArg("invarianceLadder", "model", model, "string");
  checkArg("invarianceLadder", "ds", ds, "dataset");
  checkArg("invarianceLadder", "group", group, "string");
  checkArg("invarianceLadder", "estimation", estimation, "object");
  const robust = estimation.estimator === "MLR";
  const inv = invariance(model, ds, { ...semOptionsOf(estimation), group });
  const fits = inv.table.map((r) => inv.fits[r.level]!);
  const fm = fits.map((f) => f.fitMeasures());
  const pick = (f: Readonly<Record<string, number>>) => ({
    // a χ² below 0 (a fit stopped short of its optimum) is not reported
    chisq: (robust ? f["chisq.scaled"]! : f.chisq!) < 0 ? Number.NaN : robust ? f["chisq.scaled"]! : f.chisq!, df: f.df!, cfi: robust ? f["cfi.robust"]! : f.cfi!, rmsea: robust ? f["rmsea.robust"]! : f.rmsea!, srmr: f.srmr!,
  });
  const rows = inv.table.map((r, i): ThesisInvarianceRow => {
    const cur = pick(fm[i]!);
    const base = { step: r.level, ...cur, converged: r.converged, admissible: r.admissible };
    if (i === 0) return { ...base, deltaChisq: null, deltaDf: null, deltaP: null, deltaCfi: null, deltaRmsea: null, deltaSrmr: null, invariant: null };
    const f = fm[i]!, p = fm[i - 1]!, prev = pick(p);
    const deltaDf = cur.df - prev.df;
    const deltaChisq = robust ? satorraBentler2001(f.chisq!, f.df!, f["chisq.scaling.factor"]!, p.chisq!, p.df!, p["chisq.scaling.factor"]!) : r.deltaChisq!;
    const deltaCfi = cur.cfi - prev.cfi, deltaRmsea = cur.rmsea - prev.rmsea, deltaSrmr = cur.srmr - prev.srmr;
    const step = r.level === "configural" ? "metric" : r.level;
    return {
      ...base, deltaChisq, deltaDf, deltaP: deltaDf > 0 ? chisqCdf(Math.max(deltaChisq, 0), deltaDf, true) : Number.NaN, deltaCfi, deltaRmsea, deltaSrmr,
      invariant: r.admissible && inv.table[i - 1]!.admissible ? invarianceDecision(deltaCfi, deltaRmsea, deltaSrmr, chenCutoffs(step)).holds : null,
    };
  });
  return {
    group, groups: inv.groups, nobs: fits[0]!.nobs, estimator: `${estimation.estimator}${estimation.missing === "fiml" ? " (FIML)" : ""}`,
    statistics: robust ? "robust" : "ML", rows, fits, warnings: inv.warnings, problems: inv.problems,
  };
}
