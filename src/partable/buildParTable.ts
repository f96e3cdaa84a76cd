/**
 * From parsed syntax to lavaan's parameter table.
 */
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { printExpr } from "../syntax/print.ts";
import type { ModelSyntax } from "../syntax/types.ts";
import { applyModifiers } from "./applyModifiers.ts";
import { buildBlockRows, type WorkRow } from "./blockRows.ts";
import { checkVariables } from "./checkVariables.ts";
import { resolveExtras } from "./definitions.ts";
import { equalityLabels, groupEqualSet } from "./equalityLabels.ts";
import { flattenModel, where, type FlatElement } from "./flatten.ts";
import { EqualitySets, joinEqualLabels, numberFreeParameters } from "./freeIndices.ts";
import type { ParRow, ParTable, ParTableSpec } from "./types.ts";
import { variableClasses } from "./variableClasses.ts";
import { checkFields } from "../options/checkArg.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { PARTABLE_SPEC_KEYS } from "./types.ts";

/** lavaan stores covariances in the upper triangle: lhs before rhs in c(lv, ov) order. */
function reorderCovariances(elements: FlatElement[]): void {
  const c = variableClasses(elements);
  const order = new Map([...c.lv, ...c.ov].map((v, i) => [v, i] as const));
  for (const e of elements) {
    if (e.op !== "~~" || e.lhs === e.rhs) continue;
    if ((order.get(e.lhs) ?? 0) > (order.get(e.rhs) ?? 0)) {
      [e.lhs, e.rhs] = [e.rhs, e.lhs];
      [e.lhsPos, e.rhsPos] = [e.rhsPos, e.lhsPos];
    }
  }
}

function kindOf(r: WorkRow): string {
  switch (r.op) {
    case "=~":
      return "loading";
    case "~":
      return "regression";
    case "~~":
      return r.lhs === r.rhs ? "variance" : "covariance";
    case "~1":
      return "intercept";
    case "|":
      return "threshold";
    default:
      return "scale";
  }
}

/**
 * A label shared by parameters of different kinds (a loading and a variance) is an error. It names the
 * position of the first use whose kind differs from the label's first use (the offending token), when
 * that use is written in the syntax.
 */
function checkLabelKinds(rows: readonly WorkRow[], elements: readonly FlatElement[]): void {
  const kinds = new Map<string, string[]>();
  const clash = new Map<string, WorkRow>();
  for (const r of rows) {
    if (r.label === "") continue;
    const k = kinds.get(r.label) ?? [];
    const kind = kindOf(r);
    if (!k.includes(kind)) {
      if (k.length === 1 && !clash.has(r.label)) clash.set(r.label, r);
      k.push(kind);
    }
    kinds.set(r.label, k);
  }
  for (const [label, k] of kinds) {
    if (k.length <= 1) continue;
    const pos = elements[clash.get(label)!.element]?.labelPos;
    throw new ModelSpecificationError(message.partableLabelTypes(label, k, pos === undefined ? undefined : where(pos)), pos ?? {});
  }
}

/** Starting value without data: the user's value, else lavaan's simple defaults. */
function simpleStart(r: WorkRow, lv: ReadonlySet<string>): number {
  if (!Number.isNaN(r.ustart)) return r.ustart;
  if (r.exo === 1) return NaN;
  if (r.op === "=~" || r.op === "~*~") return 1;
  if (r.op === "~~" && r.lhs === r.rhs) return lv.has(r.lhs) ? 0.05 : 1;
  return 0;
}

/**
 * Builds lavaan's parameter table for `cfa()` / `sem()` from a parsed model.
 *
 * Reproduces lavaan 0.6-14 `lavaanify()` with the cfa/sem defaults: user rows first (in
 * the order written), then default rows — residual variances of all non-exogenous observed
 * variables and all latent variances, covariances among exogenous latent variables
 * (auto.cov.lv.x) and among pure dependent variables (auto.cov.y), fixed.x (co)variances of
 * exogenous covariates (exo = 1, ustart NaN: to be filled with sample values), intercepts
 * (observed free, latent fixed at 0); first loadings fixed at 1 (or latent variances at 1 with
 * stdLv), single-indicator residual variances fixed at 0; one block per group; groupEqual
 * as shared labels (with groupPartial exceptions; latent means free in groups 2.. when
 * intercepts are equal). Equal labels and `a == b` share one free index (θ element).
 * Source: Rosseel (2012), lavaan R/lav_partable.R, R/lav_partable_flat.R, R/lav_partable_labels.R.
 *
 * @param syntax - Output of `parseModel`.
 * @param spec - Data column names, groups and lavaan options.
 * @returns The parameter table (rows, npar, ov/lv names, definitions, constraints, warnings).
 * @throws ModelSpecificationError for unknown variables (with a nearest-name suggestion), a
 *   latent variable without indicators, duplicate elements, a label used for different
 *   parameter types, a c(...) whose length differs from the number of groups, `==` on an
 *   undefined label, circular `:=` definitions.; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @throws OptionError for an unknown groupEqual value or an empty group list.
 * @throws ModelSpecificationError naming line and column of the first `level:` block: two-level models are not supported yet.
 * @example
 * const pt = buildParTable(parseModel("visual =~ x1 + x2 + x3"), { ovNames: ["x1", "x2", "x3"] });
 * pt.npar; // 6
 */
export function buildParTable(syntax: ModelSyntax, spec: ParTableSpec): ParTable {
  checkFields("buildParTable", "syntax", syntax, { statements: "array" });
  checkFields("buildParTable", "spec", spec, { ovNames: "names" });
  spec = checkOptionKeys("buildParTable", spec, PARTABLE_SPEC_KEYS);
  const level = syntax.levels?.[0];
  if (level !== undefined) throw new ModelSpecificationError(message.twoLevelUnsupported(level.pos.line, level.pos.col), level.pos);
  const groups = spec.groups ?? [""];
  if (groups.length === 0) throw new OptionError(message.partableNoGroups);
  const ngroups = groups.length;
  const stdLv = spec.stdLv ?? false;
  const fixedX = spec.fixedX ?? true;
  const groupEqual = groupEqualSet(spec.groupEqual ?? []);
  const flat = flattenModel(syntax);
  const warnings = [...flat.warnings];
  const elements = flat.elements;
  reorderCovariances(elements);
  const flatClasses = variableClasses(elements);
  checkVariables(elements, flatClasses.lv, spec.ovNames);
  if (fixedX && flatClasses.ovXExcluded.length > 0) warnings.push(message.partableExogenousSyntax(flatClasses.ovXExcluded));
  // ordinal: thresholds in the syntax, or `ordered` (not for fixed.x covariates), in ov order
  const thresholds = new Map([...(spec.ordered ?? new Map<string, number>())].filter(([v]) => !flatClasses.ovX.includes(v)));
  const ordSet = new Set([...flatClasses.ovOrd, ...thresholds.keys()]);
  const classes = { ...flatClasses, ovOrd: flatClasses.ov.filter((v) => ordSet.has(v)) };
  const meanstructure = (spec.meanstructure ?? false) || classes.ovOrd.length > 0 || elements.some((e) => e.op === "~1");

  const rows = buildBlockRows(elements, classes, {
    ngroups, meanstructure, stdLv, fixedX, orthogonal: spec.orthogonal ?? false, orthogonalEfa: spec.orthogonalEfa ?? false, groupEqual, thresholds,
    intOvFree: spec.intOvFree ?? true, intLvFree: spec.intLvFree ?? false,
  });
  applyModifiers(rows, elements, ngroups);
  if (ngroups > 1 && groupEqual.size === 0 && elements.some((e) => e.label !== null && e.label.length === 1 && e.label[0] !== "")) {
    warnings.push(message.partableSingleLabelGroups); // lavaan ≥ 0.6-7 warns the same
  }
  checkLabelKinds(rows, elements);
  const labels = equalityLabels(rows, classes, groupEqual, spec.groupPartial ?? []);
  const sets = new EqualitySets(rows.length);
  joinEqualLabels(labels, sets);
  const labelRow = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.label !== "" && !labelRow.has(r.label)) labelRow.set(r.label, i);
    labelRow.set(`.p${i + 1}.`, i);
  });
  const extras = resolveExtras(flat.extras, labelRow, sets);
  const npar = numberFreeParameters(rows, sets, labels, warnings);

  const lvSet = new Set(classes.lv);
  const out: ParRow[] = rows.map((r, i) => ({
    id: i + 1, lhs: r.lhs, op: r.op, rhs: r.rhs, user: r.user, block: r.group, group: r.group, free: r.free,
    ustart: r.ustart, exo: r.exo, label: r.label, plabel: `.p${i + 1}.`, start: simpleStart(r, lvSet),
    ...(r.efa !== undefined ? { efa: r.efa } : {}),
  }));
  for (const x of extras.kept) {
    const id = out.length + 1;
    const common = { id, user: 1 as const, block: 0, group: 0, free: 0, ustart: NaN, exo: 0 as const, plabel: `.p${id}.`, start: 0 };
    if (x.kind === "definition") out.push({ ...common, lhs: x.name, op: ":=", rhs: printExpr(x.expr, { compact: true }), label: x.name });
    else out.push({ ...common, lhs: printExpr(x.lhs, { compact: true }), op: x.op, rhs: printExpr(x.rhs, { compact: true }), label: "" });
  }
  const { ovXExcluded: _unused, ov, lv, ...rest } = classes;
  return {
    rows: out,
    npar,
    groups: [...groups],
    ov,
    lv,
    meanstructure,
    definitions: extras.definitions,
    constraints: extras.constraints,
    nfreeRows: rows.filter((r) => r.free > 0).length,
    classes: rest,
    warnings,
  };
}
