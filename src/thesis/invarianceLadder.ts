import type { Dataset } from "../data/types.ts";
import { invariance } from "../invariance/invariance.ts";
import { chenCutoffs, invarianceDecision } from "../invariance/invarianceDecision.ts";
import { semOptionsOf } from "./modelSteps.ts";
import type { ThesisInvariance, ThesisInvarianceRow } from "./result.ts";
import type { EstimationConfig } from "./types.ts";
import { checkArg } from "../options/checkArg.ts";

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
    const prev = pick(fm[i - 1]!);
    const deltaDf = cur.df - prev.df;
    const deltaChisq = r.deltaChisq!;
    const deltaCfi = cur.cfi - prev.cfi, deltaRmsea = cur.rmsea - prev.rmsea, deltaSrmr = cur.srmr - prev.srmr;
    const step = r.level === "configural" ? "metric" : r.level;
    return {
      ...base, deltaChisq, deltaDf, deltaP: r.pLrt!, deltaCfi, deltaRmsea, deltaSrmr,
      invariant: r.admissible && inv.table[i - 1]!.admissible ? invarianceDecision(deltaCfi, deltaRmsea, deltaSrmr, chenCutoffs(step)).holds : null,
    };
  });
  return {
    group, groups: inv.groups, nobs: fits[0]!.nobs, estimator: `${estimation.estimator}${estimation.missing === "fiml" ? " (FIML)" : estimation.missing === "ml.x" ? " (FIML, ml.x)" : ""}`,
    statistics: robust ? "robust" : "ML", rows, fits, warnings: inv.warnings, problems: inv.problems,
  };
}
