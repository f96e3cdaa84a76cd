import type { SemFit } from "./types.ts";

/** lavaan's column layout: a 43-wide label after two spaces, then right-aligned 8- and 11-wide columns, space-separated. */
const row = (label: string, used: string | number = "", total?: string | number): string =>
  `  ${label.padEnd(43)} ${String(used).padStart(8)}${total === undefined ? "" : ` ${String(total).padStart(11)}`}`;

/**
 * The header lines of a summary, laid out as lavaan 0.6-14's `summary(fit)` prints them (after its "ended normally"
 * line): estimator (lavaan's name of the point estimator: ML for MLR/MLM, DWLS for WLSMV), optimization method (semkit's own: Fisher scoring, then BFGS updates), number of model parameters,
 * number of equality and of inequality constraints (when there are any), then the number of observations, per group with several
 * groups, with lavaan's "Used" and "Total" columns when rows were dropped (listwise deletion, or rows with every
 * variable missing under FIML), and under FIML the number of missing-data patterns (per group with several groups).
 * Equality constraints are the free rows merged by shared labels or `group.equal`, plus `==` constraints that were
 * not merged, as lavaan counts its `==` rows.
 * Source: lavaan 0.6-14 R/lav_object_print.R (lav_object_print_optim), R/lav_data_print.R (lav_data_print_short).
 * @param fit fitted model
 * @returns the lines, without the first ("ended normally") line
 * @example
 * summaryHeader(fit).join("\n"); // "  Estimator   ML\n  Optimization method   Fisher scoring + BFGS\n ..."
 */
/** The estimator lavaan names in the header: the robust variants report their point estimator (the robust test follows). */
const HEADER_ESTIMATOR: Readonly<Record<string, string>> = { MLR: "ML", MLM: "ML", WLSMV: "DWLS" };

export function summaryHeader(fit: SemFit): string[] {
  const L: string[] = [];
  const w = (label: string, value: string | number): string => `  ${label}${String(value).padStart(52 - label.length)}`;
  L.push(w("Estimator", HEADER_ESTIMATOR[fit.estimator] ?? fit.estimator), w("Optimization method", "Fisher scoring + BFGS"), w("Number of model parameters", fit.npar));
  const pt = fit.partable;
  // an inequality fit imposes its binding constraints as equalities; lavaan counts them as inequalities only
  const npar = fit.solution?.nparFit ?? pt.npar;
  const equalities = (pt.nfreeRows ?? npar) - npar + (pt.constraints ?? []).filter((c) => c.op === "==").length;
  if (equalities > 0) L.push(w("Number of equality constraints", equalities));
  const inequalities = (pt.constraints ?? []).filter((c) => c.op !== "==").length;
  if (inequalities > 0) L.push(w("Number of inequality constraints", inequalities));
  L.push("");
  const G = fit.groups.length;
  const norig = fit.solution?.stats.norig;
  const threeColumn = norig !== undefined && norig.length === G && norig.some((n, g) => n !== fit.nobs[g]);
  if (G === 1) {
    if (threeColumn) L.push(row("", "Used", "Total"));
    L.push(row("Number of observations", fit.ntotal, threeColumn ? norig[0]! : undefined));
  } else {
    L.push(threeColumn ? row("Number of observations per group:", "Used", "Total") : "  Number of observations per group:");
    fit.groups.forEach((g, i) => L.push(row(`  ${g}`, fit.nobs[i]!, threeColumn ? norig[i]! : undefined)));
  }
  if (fit.solution?.fiml === true) {
    const blocks = fit.solution.blocks;
    if (G === 1) L.push(row("Number of missing patterns", blocks.length));
    else {
      L.push("  Number of missing patterns per group:");
      fit.groups.forEach((g, i) => L.push(row(`  ${g}`, blocks.filter((b) => b.group === i).length)));
    }
  }
  return L.map((l) => l.trimEnd());
}
