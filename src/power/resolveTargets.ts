import type { ParRow, ParTable } from "../partable/types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/** A target located in the analysis model. */
export interface TargetRef {
  readonly name: string;
  readonly kind: "parameter" | "defined";
  /** Partable row (kind "parameter"). */
  readonly row: number;
  /** 0-based θ index (kind "parameter"). */
  readonly free: number;
  /** Index into `pt.definitions` (kind "defined"). */
  readonly def: number;
}

const OPS = ["=~", "~~", "~1", "~"] as const;
const rowName = (r: ParRow): string => (r.op === "~1" ? `${r.lhs}~1` : `${r.lhs}${r.op}${r.rhs}`);
const isParam = (r: ParRow): boolean => r.group === 1 && (r.op === "=~" || r.op === "~" || r.op === "~~" || r.op === "~1");

/**
 * Find the parameters a power analysis studies. A target is written as lavaan writes a parameter
 * ("LOY~SAT", "SAT=~sat2", "F1~~F2", "x1~1"; spaces ignored), as a label of a free parameter, or as
 * the name of a `:=` definition. Without targets: every free regression and every definition, or,
 * when the model has neither, every free loading and covariance.
 * @param pt parameter table of the analysis model
 * @param targets target strings, or undefined for the default
 * @returns the targets in the order given
 * @throws OptionError for an unknown target or a fixed parameter
 * @example
 * resolveTargets(pt, ["LOY~SAT", "indirect"]);
 */
export function resolveTargets(pt: ParTable, targets: readonly string[] | undefined): TargetRef[] {
  const defs = pt.definitions ?? [];
  const fromRow = (i: number, name: string): TargetRef => {
    const r = pt.rows[i]!;
    if (r.free === 0) throw new OptionError(message.powerFixedTarget(name));
    return { name, kind: "parameter", row: i, free: r.free - 1, def: -1 };
  };
  if (targets === undefined || targets.length === 0) {
    const out: TargetRef[] = [];
    pt.rows.forEach((r, i) => { if (isParam(r) && r.free > 0 && r.op === "~") out.push(fromRow(i, rowName(r))); });
    defs.forEach((d, k) => out.push({ name: d.name, kind: "defined", row: -1, free: -1, def: k }));
    if (out.length > 0) return out;
    pt.rows.forEach((r, i) => {
      if (isParam(r) && r.free > 0 && (r.op === "=~" || (r.op === "~~" && r.lhs !== r.rhs))) out.push(fromRow(i, rowName(r)));
    });
    return out;
  }
  const available = [...pt.rows.filter((r) => isParam(r) && r.free > 0).map(rowName), ...defs.map((d) => d.name)];
  return targets.map((raw) => {
    const t = raw.replace(/\s+/g, "");
    const k = defs.findIndex((d) => d.name === t);
    if (k >= 0) return { name: t, kind: "defined" as const, row: -1, free: -1, def: k };
    for (const op of OPS) {
      const at = t.indexOf(op);
      if (at <= 0) continue;
      const lhs = t.slice(0, at), rhs = t.slice(at + op.length);
      const i = pt.rows.findIndex((r) => isParam(r) && r.op === op && (op === "~1" ? r.lhs === lhs && rhs === "" :
        (r.lhs === lhs && r.rhs === rhs) || (op === "~~" && r.lhs === rhs && r.rhs === lhs)));
      if (i >= 0) return fromRow(i, t);
      throw new OptionError(message.powerUnknownTarget(raw, available));
    }
    const i = pt.rows.findIndex((r) => isParam(r) && r.label === t);
    if (i >= 0) return fromRow(i, t);
    throw new OptionError(message.powerUnknownTarget(raw, available));
  });
}
