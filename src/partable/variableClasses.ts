/**
 * lavaan's variable classes (`lav_partable_vnames`): which names are latent, observed,
 * exogenous, dependent — and the order of the observed variables.
 */
import type { ParVariableClasses } from "./types.ts";

/** The minimum a row needs for classification. */
export interface ClassRow {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  /** ESEM block of a loading, when its factor has one. */
  readonly efa?: string;
}

/** All classes plus `ov` and `lv`. */
export interface VariableClasses extends ParVariableClasses {
  /** Observed variables in lavaan's order: indicators, then ov.y, then ov.x, then the rest. */
  readonly ov: readonly string[];
  /** Latent variables in order of appearance as lhs of `=~`. */
  readonly lv: readonly string[];
  /** Would-be ov.x that are not, because the user wrote a variance, covariance or intercept for them. */
  readonly ovXExcluded: readonly string[];
}

function unique(xs: Iterable<string>): string[] {
  return [...new Set(xs)];
}

/**
 * Classifies the variables of a flat (user) model as lavaan 0.6 does.
 *
 * - lv: lhs of `=~` or `<~` (formative composites); ov.ind: rhs of `=~` that are not latent;
 * - eqs.x: rhs of `~` and `<~`; eqs.y: lhs of `~`;
 * - ov order: ov.ind, then lhs of `~` (not latent, not indicators), then rhs of `~` (not yet
 *   listed), then variables only met in `~~`, `~1` or `|`;
 * - ov.x: rhs of `~` that are neither latent, indicators nor lhs of `~`, and that the user gave
 *   no variance, covariance or intercept; ov.nox = ov without ov.x;
 * - ov.y / lv.y: lhs of `~` that are never an indicator nor a predictor (pure dependents);
 * - lv.x: latent variables that are neither an indicator nor the lhs of `~`.
 *
 * Source: Rosseel (2012), lavaan `lav_partable_vnames()` (R/lav_partable_vnames.R).
 *
 * @param rows - Model rows (lhs, op, rhs); for the flat model every row is user-written.
 * @returns The classes, each in lavaan's order.
 * @example
 * variableClasses([{ lhs: "f", op: "=~", rhs: "x1" }, { lhs: "y", op: "~", rhs: "f" }]).ov; // ["x1", "y"]
 */
export function variableClasses(rows: readonly ClassRow[]): VariableClasses {
  const of = (op: string, side: "lhs" | "rhs"): string[] => unique(rows.filter((r) => r.op === op).map((r) => r[side]));
  // a formative composite (`f <~ x1 + x2`) is latent; its rhs are predictors, as for `~`
  const lv = unique(rows.filter((r) => r.op === "=~" || r.op === "<~").map((r) => r.lhs));
  const lvSet = new Set(lv);
  const eqsY = of("~", "lhs");
  const eqsX = unique(rows.filter((r) => r.op === "~" || r.op === "<~").map((r) => r.rhs));
  const vInd = of("=~", "rhs");
  const ovInd = vInd.filter((v) => !lvSet.has(v));
  const ovIndSet = new Set(ovInd);
  const ovYOrder = eqsY.filter((v) => !lvSet.has(v) && !ovIndSet.has(v));
  const ovXOrder = eqsX.filter((v) => !lvSet.has(v) && !ovIndSet.has(v) && !ovYOrder.includes(v));
  const cov = rows.filter((r) => r.op === "~~");
  const ovCov = [...cov.map((r) => r.lhs), ...cov.map((r) => r.rhs)].filter((v) => !lvSet.has(v));
  const ovInt = rows.filter((r) => (r.op === "~1" || r.op === "|") && !lvSet.has(r.lhs)).map((r) => r.lhs);
  const listed = [...ovInd, ...ovYOrder, ...ovXOrder];
  const listedSet = new Set(listed);
  const ov = [...listed, ...unique([...ovCov, ...ovInt]).filter((v) => !listedSet.has(v))];

  // exogenous x: not when the user wrote a variance, covariance or intercept for it
  const mentioned = new Set<string>();
  for (const r of rows) {
    if (r.op === "~1") mentioned.add(r.lhs);
    if (r.op === "~~") {
      mentioned.add(r.lhs);
      mentioned.add(r.rhs);
    }
  }
  const ovX = ovXOrder.filter((v) => !mentioned.has(v));
  const ovXExcluded = ovXOrder.filter((v) => mentioned.has(v));
  const ovXSet = new Set(ovX);
  const ovNox = ov.filter((v) => !ovXSet.has(v));
  const thr = new Set(of("|", "lhs"));
  const ovOrd = ov.filter((v) => thr.has(v));
  const vIndSet = new Set(vInd);
  const eqsXSet = new Set(eqsX);
  const eqsYSet = new Set(eqsY);
  const pureY = new Set(eqsY.filter((v) => !vIndSet.has(v) && !eqsXSet.has(v)));
  const ovY = ov.filter((v) => pureY.has(v) && !lvSet.has(v));
  const lvY = lv.filter((v) => pureY.has(v));
  const lvX = lv.filter((v) => !vIndSet.has(v) && !eqsYSet.has(v));
  const lvFormative = of("<~", "lhs");
  const lvEfa = new Map<string, string[]>();
  for (const r of rows) {
    if (r.op !== "=~" || r.efa === undefined) continue;
    const set = lvEfa.get(r.efa) ?? [];
    if (!set.includes(r.lhs)) set.push(r.lhs);
    lvEfa.set(r.efa, set);
  }
  return {
    ov, lv, ovInd, ovX, ovNox, ovY, ovOrd, lvX, lvY, ovXExcluded,
    ...(lvFormative.length > 0 ? { lvFormative } : {}), ...(lvEfa.size > 0 ? { lvEfa } : {}),
  };
}
