/**
 * lavaan's "virtual" parameter labels: rows with the same label are constrained equal.
 */
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import type { WorkRow } from "./blockRows.ts";
import type { VariableClasses } from "./variableClasses.ts";

/** The groupEqual values lavaan knows. */
export const GROUP_EQUAL_VALUES: readonly string[] = [
  "loadings", "intercepts", "means", "thresholds", "regressions", "residuals",
  "residual.covariances", "lv.variances", "lv.covariances",
];

/**
 * Validates groupEqual values ("none" is accepted and ignored, as in lavaan).
 *
 * @param values - The option values.
 * @returns The set of values.
 * @throws OptionError for an unknown value.
 * @example
 * groupEqualSet(["loadings", "intercepts"]).has("loadings"); // true
 */
export function groupEqualSet(values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const v of values) {
    if (v === "none") continue;
    if (!GROUP_EQUAL_VALUES.includes(v)) throw new OptionError(message.partableUnknownGroupEqual(v, GROUP_EQUAL_VALUES));
    out.add(v);
  }
  return out;
}

/**
 * One label per row: `lhs op rhs` (plus `.g<g>` in groups 2..), group-1 labels copied to the
 * same parameter in the other groups for the groupEqual types (except groupPartial), and
 * user labels overriding everything. Equal labels mean equal parameters.
 *
 * Source: lavaan 0.6-14 `lav_partable_labels()` (R/lav_partable_labels.R).
 *
 * @param rows - All parameter rows (after modifiers).
 * @param c - Variable classes (ov.nox, ov.ord, lv).
 * @param groupEqual - Parameter types equal across groups.
 * @param groupPartial - Exceptions, e.g. "visual=~x2", "x1~1" (spaces ignored).
 * @returns The label of every row.
 * @example
 * equalityLabels(rows, classes, new Set(["loadings"]), []); // "visual=~x2" in both groups
 */
export function equalityLabels(
  rows: readonly WorkRow[], c: VariableClasses, groupEqual: ReadonlySet<string>, groupPartial: readonly string[],
): string[] {
  const base = rows.map((r) => `${r.lhs}${r.op}${r.rhs}`);
  const label = rows.map((r, i) => (r.group > 1 ? `${base[i]}.g${r.group}` : base[i]!));
  const ngroups = rows.reduce((m, r) => Math.max(m, r.group), 1);
  if (ngroups > 1 && groupEqual.size > 0) {
    const nox = new Set(c.ovNox);
    const ord = new Set(c.ovOrd);
    const lv = new Set(c.lv);
    const partial = new Set(groupPartial.map((p) => p.replace(/\s+/g, "")));
    const ge = groupEqual;
    const flagged = (r: WorkRow): boolean => {
      switch (r.op) {
        case "=~":
          return ge.has("loadings");
        case "~1":
          return (ge.has("intercepts") && nox.has(r.lhs)) || (ge.has("means") && lv.has(r.lhs));
        case "|":
          return ge.has("thresholds") && ord.has(r.lhs);
        case "~":
          return ge.has("regressions");
        case "~~":
          if (r.lhs === r.rhs) return (ge.has("residuals") && nox.has(r.lhs)) || (ge.has("lv.variances") && lv.has(r.lhs));
          return (ge.has("residual.covariances") && nox.has(r.lhs)) || (ge.has("lv.covariances") && lv.has(r.lhs));
        default:
          return false;
      }
    };
    const g1 = new Map<string, string>();
    rows.forEach((r, i) => {
      if (r.group === 1 && flagged(r) && !partial.has(base[i]!)) g1.set(base[i]!, label[i]!);
    });
    rows.forEach((r, i) => {
      const ref = r.group > 1 ? g1.get(base[i]!) : undefined;
      if (ref !== undefined) label[i] = ref;
    });
  }
  rows.forEach((r, i) => {
    if (r.label !== "") label[i] = r.label;
  });
  return label;
}
