/**
 * User rows + lavaan's default rows for every group, with lavaan's fixed/free rules
 * (cfa()/sem(): auto.fix.first, auto.fix.single, auto.var, auto.cov.lv.x, auto.cov.y,
 * auto.th, auto.delta, int.ov.free = TRUE, int.lv.free = FALSE).
 */
import type { FlatElement } from "./flatten.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import type { ParOp } from "./types.ts";
import type { VariableClasses } from "./variableClasses.ts";

/** A mutable parameter-table row while the table is being built. */
export interface WorkRow {
  lhs: string;
  op: ParOp;
  rhs: string;
  user: 0 | 1 | 2 | 7;
  group: number;
  /** 1 (free) or 0 (fixed) until free indices are numbered. */
  free: number;
  ustart: number;
  exo: 0 | 1;
  label: string;
  /** Index of the flat element for user rows, -1 for default rows. */
  element: number;
  /** ESEM block of a loading, when its factor has one. */
  efa?: string;
}

/** The options that shape the default rows. */
export interface BlockOptions {
  readonly ngroups: number;
  readonly meanstructure: boolean;
  readonly stdLv: boolean;
  readonly fixedX: boolean;
  readonly orthogonal: boolean;
  /** Observed intercepts free (lavaan `int.ov.free`; false in `growth()`). Default true. */
  readonly intOvFree?: boolean;
  /** Latent intercepts free (lavaan `int.lv.free`; true in `growth()`). Default false. */
  readonly intLvFree?: boolean;
  /** ESEM rotation is orthogonal (lavaan `rotation.args$orthogonal`): block covariances stay plain fixed zeros. */
  readonly orthogonalEfa?: boolean;
  readonly groupEqual: ReadonlySet<string>;
  /** Number of thresholds of each ordinal variable (default rows `x | t1`, ...). */
  readonly thresholds: ReadonlyMap<string, number>;
}

function pairs(names: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.push([names[i]!, names[j]!]);
  return out;
}

/** Default rows of one block, in lavaan's order (lav_partable_flat). */
function defaultTriples(c: VariableClasses, meanstructure: boolean, thresholds: ReadonlyMap<string, number>): [string, ParOp, string][] {
  const out: [string, ParOp, string][] = [];
  for (const v of c.ovOrd) for (let t = 1; t <= (thresholds.get(v) ?? 0); t++) out.push([v, "|", `t${t}`]);
  for (const v of [...c.ovNox, ...c.lv]) out.push([v, "~~", v]);
  for (const [a, b] of pairs(c.lvX)) out.push([a, "~~", b]);
  for (const [a, b] of pairs([...c.lvY, ...c.ovY])) out.push([a, "~~", b]);
  const nx = c.ovX.length;
  for (let j = 0; j < nx; j++) for (let i = j; i < nx; i++) out.push([c.ovX[j]!, "~~", c.ovX[i]!]);
  for (const v of c.ovOrd) out.push([v, "~*~", v]);
  if (meanstructure) for (const v of [...c.ov, ...c.lv]) out.push([v, "~1", ""]);
  return out;
}

/**
 * Builds the rows of all groups before modifiers and equality labels are applied.
 *
 * Source: Rosseel (2012); lavaan 0.6-14 `lav_partable_flat()` and `lavaanify()` (R/lav_partable_flat.R).
 *
 * @param elements - Flat user elements (covariances already reordered).
 * @param c - Variable classes of the flat model.
 * @param o - Options.
 * @returns Rows: group 1 (user rows, then defaults), group 2, …
 * @example
 * buildBlockRows(flattenModel(parseModel("f =~ x1 + x2 + x3")).elements, classes, opts).length; // 3 loadings + 4 variances
 */
export function buildBlockRows(elements: readonly FlatElement[], c: VariableClasses, o: BlockOptions): WorkRow[] {
  const key = (l: string, op: string, r: string): string => `${l}\u0000${op}\u0000${r}`;
  const userKeys = new Set(elements.map((e) => key(e.lhs, e.op, e.rhs)));
  const base: WorkRow[] = elements.map((e, i) => ({
    lhs: e.lhs, op: e.op, rhs: e.rhs, user: 1, group: 1, free: 1, ustart: NaN, exo: 0, label: "", element: i,
    ...(e.efa !== undefined ? { efa: e.efa } : {}),
  }));
  for (const [lhs, op, rhs] of defaultTriples(c, o.meanstructure, o.thresholds)) {
    if (userKeys.has(key(lhs, op, rhs))) continue;
    base.push({ lhs, op, rhs, user: 0, group: 1, free: 1, ustart: NaN, exo: 0, label: "", element: -1 });
  }
  const lv = new Set(c.lv);
  const ovX = new Set(c.ovX);
  const ord = new Set(c.ovOrd);
  const fix = (r: WorkRow, value: number): void => {
    r.free = 0;
    r.ustart = value;
  };
  // 0. formative composites: no disturbance (lavaan: lv.formative variances fixed at 0)
  const formative = new Set(c.lvFormative ?? []);
  for (const r of base) if (r.op === "~~" && r.lhs === r.rhs && r.user === 0 && formative.has(r.lhs)) fix(r, 0);
  // 1. metric of the latent variables (ESEM factors: unit variances, no marker loading)
  const efaLv = new Set([...(c.lvEfa ?? new Map<string, readonly string[]>()).values()].flat());
  if (o.stdLv) for (const r of base) if (r.op === "~~" && r.lhs === r.rhs && lv.has(r.lhs)) fix(r, 1);
  for (const r of base) if (r.op === "~~" && r.lhs === r.rhs && efaLv.has(r.lhs)) fix(r, 1);
  if (!o.stdLv) {
    const done = new Set<string>();
    for (const r of base) {
      if (r.op !== "=~" || done.has(r.lhs) || efaLv.has(r.lhs)) continue;
      done.add(r.lhs);
      fix(r, 1);
    }
  }
  // 2. single indicator: residual variance fixed to zero (auto.fix.single)
  const loads = base.filter((r) => r.op === "=~");
  for (const f of c.lv) {
    const mine = loads.filter((r) => r.lhs === f);
    if (mine.length !== 1 || mine[0]!.rhs === f) continue;
    const ind = mine[0]!.rhs;
    if (loads.filter((r) => r.rhs === ind).length !== 1) continue;
    for (const r of base) if (r.op === "~~" && r.lhs === ind && r.rhs === ind && r.user === 0) fix(r, 0);
  }
  // 3. orthogonal latent variables
  if (o.orthogonal) {
    for (const r of base) if (r.op === "~~" && r.user === 0 && r.lhs !== r.rhs && lv.has(r.lhs) && lv.has(r.rhs)) fix(r, 0);
  }
  // 3b. ESEM blocks: echelon zeros and zero factor covariances identify the unrotated solution
  for (const factors of (c.lvEfa ?? new Map<string, readonly string[]>()).values()) esemEchelon(base, factors, o.orthogonalEfa ?? false);
  // 4. intercepts: observed free (int.ov.free), latent fixed at 0 (int.lv.free = FALSE), ordinal fixed at 0;
  // growth() turns both around (observed at 0, latent free); fixed.x covariates follow in step 5
  const intOvFree = o.intOvFree ?? true, intLvFree = o.intLvFree ?? false;
  for (const r of base) {
    if (r.op !== "~1" || r.user !== 0) continue;
    if (lv.has(r.lhs) ? !intLvFree : ord.has(r.lhs) || !intOvFree) fix(r, 0);
  }
  // 5. fixed.x: exogenous covariates fixed at their sample moments (filled in later)
  if (o.fixedX) {
    for (const r of base) {
      if (r.user !== 0) continue;
      if ((r.op === "~~" && ovX.has(r.lhs) && ovX.has(r.rhs)) || (r.op === "~1" && ovX.has(r.lhs))) {
        fix(r, NaN);
        r.exo = 1;
      }
    }
  }
  // 6. ordinal: residual variances and scale factors fixed at 1
  for (const r of base) {
    if (r.user !== 0 || !ord.has(r.lhs)) continue;
    if ((r.op === "~~" && r.lhs === r.rhs) || r.op === "~*~") fix(r, 1);
  }
  return replicate(base, c, o);
}

/**
 * lavaan's `lav_partable_efa_constraints` for one block of m ≥ 2 factors: factor k (k = 2..m) has its
 * first k − 1 loadings fixed at 0, and the covariances among the block's factors are fixed at 0; both
 * marked user = 7 (freed again when the rotated solution's standard errors are computed).
 */
function esemEchelon(base: WorkRow[], factors: readonly string[], orthogonal: boolean): void {
  if (factors.length < 2) return;
  const set = new Set(factors);
  factors.forEach((f, k) => {
    const loads = base.filter((r) => r.op === "=~" && r.lhs === f);
    if (loads.length < k) throw new ModelSpecificationError(message.esemFewIndicators(f, k));
    for (const r of loads.slice(0, k)) { r.free = 0; r.ustart = 0; r.user = 7; }
  });
  for (const r of base) {
    if (r.op !== "~~" || r.user !== 0 || r.lhs === r.rhs || !set.has(r.lhs) || !set.has(r.rhs)) continue;
    r.free = 0; r.ustart = 0;
    if (!orthogonal) r.user = 7;
  }
}

function replicate(base: readonly WorkRow[], c: VariableClasses, o: BlockOptions): WorkRow[] {
  const rows: WorkRow[] = [];
  const lv = new Set(c.lv);
  const ge = o.groupEqual;
  const nth = (v: string): number => base.filter((r) => r.op === "|" && r.lhs === v).length;
  for (let g = 1; g <= o.ngroups; g++) {
    for (const b of base) {
      const r: WorkRow = { ...b, group: g };
      if (g > 1 && r.user === 0) {
        const release = (): void => {
          r.free = 1;
          r.ustart = NaN;
        };
        // latent means free when intercepts or thresholds are equal (lavaan: int.lv.free = FALSE, group.equal
        // "intercepts" or "thresholds", lav_partable_flat)
        if (o.meanstructure && r.op === "~1" && lv.has(r.lhs) && (ge.has("intercepts") || ge.has("thresholds")) && !ge.has("means")) release();
        // std.lv with equal loadings: latent variances free in groups 2.. (lavaan 0.6-4)
        if (o.stdLv && ge.has("loadings") && !ge.has("lv.variances") && r.op === "~~" && r.lhs === r.rhs && lv.has(r.lhs)) {
          release();
        }
        // equal thresholds: scale factors of non-binary ordinal variables free
        if (r.op === "~*~" && ge.has("thresholds") && nth(r.lhs) > 1) release();
      }
      rows.push(r);
    }
  }
  return rows;
}
