/** The columns every chart reads from a parameter-estimate row (lavaan's parameterEstimates() names). */
export interface EstimateRowBase {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly est: number;
  readonly group?: number;
  readonly pvalue?: number | null;
}

/** A parameter-estimate row as the path diagram reads it (lavaan's parameterEstimates() column names). */
export interface PathEstimate extends EstimateRowBase {
  readonly "std.all"?: number | null;
}

/** One drawn relation of the diagram. */
export interface PathEdge {
  readonly kind: "loading" | "regression" | "covariance";
  /** For loadings: factor; regressions: predictor; covariances: first variable. */
  readonly from: string;
  /** For loadings: indicator; regressions: outcome; covariances: second variable. */
  readonly to: string;
  readonly est: number;
  readonly std: number | null;
  readonly pvalue: number | null;
}

/** The graph behind a path diagram. */
export interface PathModel {
  /** Latent variables in order of first appearance. */
  readonly latent: readonly string[];
  /** Observed variables in the structural part (not indicators), in order of first appearance. */
  readonly observed: readonly string[];
  /** Indicators of each latent variable, in model order. */
  readonly indicators: ReadonlyMap<string, readonly string[]>;
  readonly edges: readonly PathEdge[];
  /** R² of endogenous variables (from "r2" rows, else 1 − standardized residual variance). */
  readonly r2: ReadonlyMap<string, number>;
}

/**
 * Read the diagram's graph from parameter-estimate rows of one group: factors from `=~`, paths from `~`,
 * covariances from `~~` between distinct variables, R² from `r2` rows.
 * @param rows parameterEstimates() rows (any group; filtered by `group`)
 * @param group group number to draw (default: the first group present)
 * @returns the path model
 * @example pathModel(fit.parameterEstimates()).latent // ["SQ", "PV", …]
 * Source: lavaan parameter table conventions (Rosseel, 2012, J. Stat. Softw. 48(2), Table 1).
 */
export function pathModel(rows: readonly PathEstimate[], group?: number): PathModel {
  const groups = rows.map((r) => r.group ?? 1);
  const g = group ?? (groups.length ? Math.min(...groups) : 1);
  const use = rows.filter((r) => (r.group ?? 1) === g);
  const latent: string[] = [];
  const indicators = new Map<string, string[]>();
  for (const r of use) {
    if (r.op !== "=~") continue;
    if (!indicators.has(r.lhs)) { indicators.set(r.lhs, []); latent.push(r.lhs); }
    indicators.get(r.lhs)!.push(r.rhs);
  }
  const isIndicator = new Set<string>();
  for (const list of indicators.values()) for (const i of list) if (!indicators.has(i)) isIndicator.add(i);
  const observed: string[] = [];
  const addObs = (v: string): void => {
    if (!indicators.has(v) && !isIndicator.has(v) && !observed.includes(v)) observed.push(v);
  };
  const edges: PathEdge[] = [];
  const r2 = new Map<string, number>();
  const outcomes = new Set<string>();
  for (const r of use) {
    const std = r["std.all"] ?? null;
    const pvalue = r.pvalue ?? null;
    if (r.op === "=~") edges.push({ kind: "loading", from: r.lhs, to: r.rhs, est: r.est, std, pvalue });
    else if (r.op === "~") {
      addObs(r.lhs); addObs(r.rhs); outcomes.add(r.lhs);
      edges.push({ kind: "regression", from: r.rhs, to: r.lhs, est: r.est, std, pvalue });
    } else if (r.op === "~~" && r.lhs !== r.rhs) {
      edges.push({ kind: "covariance", from: r.lhs, to: r.rhs, est: r.est, std, pvalue });
    } else if (r.op === "r2") r2.set(r.lhs, r.est);
  }
  for (const r of use) {
    if (r.op === "~~" && r.lhs === r.rhs && outcomes.has(r.lhs) && !r2.has(r.lhs)) {
      const s = r["std.all"];
      if (s !== null && s !== undefined) r2.set(r.lhs, 1 - s);
    }
  }
  return { latent, observed, indicators, edges, r2 };
}
