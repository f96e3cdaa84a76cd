/**
 * `:=` definitions and `==`/`<`/`>` constraints: check their identifiers, absorb
 * `label == label` into shared free indices, order definitions, and detect cycles.
 */
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { exprIdentifiers } from "../syntax/evaluate.ts";
import type { ConstraintStatement, DefinitionStatement, Expr } from "../syntax/types.ts";
import type { EqualitySets } from "./freeIndices.ts";
import { where } from "./flatten.ts";
import type { ParConstraint, ParDefinition } from "./types.ts";

/** The result of `resolveExtras`. */
export interface ResolvedExtras {
  /** Statements that stay as rows, in the order written. */
  readonly kept: readonly (DefinitionStatement | ConstraintStatement)[];
  /** Definitions in evaluation order. */
  readonly definitions: readonly ParDefinition[];
  /** Constraints that were not absorbed. */
  readonly constraints: readonly ParConstraint[];
}

function identNodes(e: Expr, out: Extract<Expr, { kind: "ident" }>[] = []): Extract<Expr, { kind: "ident" }>[] {
  switch (e.kind) {
    case "ident":
      out.push(e);
      break;
    case "neg":
      identNodes(e.arg, out);
      break;
    case "binary":
      identNodes(e.left, out);
      identNodes(e.right, out);
      break;
    case "call":
      for (const a of e.args) identNodes(a, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Resolves the `:=` and constraint statements against the parameter labels.
 *
 * @param extras - `:=` / constraint statements in the order written.
 * @param labelRow - First row of every label (user labels and plabels `.p<id>.`).
 * @param sets - Equality sets; `a == b` between two labels joins their sets.
 * @returns The statements kept as rows, definitions in evaluation order, remaining constraints.
 * @throws ModelSpecificationError for an identifier that is neither a label nor a defined
 *   parameter, a definition named like a label or defined twice, and circular definitions.
 * @example
 * resolveExtras(flat.extras, labelRow, sets).definitions.map((d) => d.name); // ["indirect", "total"]
 */
export function resolveExtras(
  extras: readonly (DefinitionStatement | ConstraintStatement)[],
  labelRow: ReadonlyMap<string, number>,
  sets: EqualitySets,
): ResolvedExtras {
  const defs = new Map<string, DefinitionStatement>();
  for (const x of extras) {
    if (x.kind !== "definition") continue;
    if (labelRow.has(x.name) || defs.has(x.name)) {
      throw new ModelSpecificationError(message.partableDefinitionClash(x.name, where(x.pos)), x.pos);
    }
    defs.set(x.name, x);
  }
  const check = (e: Expr): void => {
    for (const id of identNodes(e)) {
      if (!labelRow.has(id.name) && !defs.has(id.name)) {
        throw new ModelSpecificationError(message.partableUndefinedLabel(id.name, where(id.pos)), id.pos);
      }
    }
  };
  const kept: (DefinitionStatement | ConstraintStatement)[] = [];
  const constraints: ParConstraint[] = [];
  for (const x of extras) {
    if (x.kind === "definition") {
      check(x.expr);
      kept.push(x);
      continue;
    }
    check(x.lhs);
    check(x.rhs);
    const a = x.lhs.kind === "ident" ? labelRow.get(x.lhs.name) : undefined;
    const b = x.rhs.kind === "ident" ? labelRow.get(x.rhs.name) : undefined;
    if (x.op === "==" && a !== undefined && b !== undefined) {
      sets.union(a, b);
      continue;
    }
    kept.push(x);
    constraints.push({ op: x.op, lhs: x.lhs, rhs: x.rhs, pos: x.pos });
  }
  return { kept, definitions: orderDefinitions(defs), constraints };
}

/** Depth-first order: every definition after the definitions it uses; cycles are errors. */
function orderDefinitions(defs: ReadonlyMap<string, DefinitionStatement>): ParDefinition[] {
  const out: ParDefinition[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (name: string): void => {
    const s = state.get(name);
    if (s === "done") return;
    if (s === "visiting") {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      // the offending token: the use of `name` in the definition that closes the cycle
      const closing = defs.get(stack[stack.length - 1]!)!;
      const pos = identNodes(closing.expr).find((id) => id.name === name)?.pos ?? closing.pos;
      throw new ModelSpecificationError(message.partableCircularDefinition(cycle, where(pos)), pos);
    }
    state.set(name, "visiting");
    stack.push(name);
    const d = defs.get(name)!;
    for (const id of exprIdentifiers(d.expr)) if (defs.has(id)) visit(id);
    stack.pop();
    state.set(name, "done");
    out.push({ name: d.name, expr: d.expr, pos: d.pos });
  };
  for (const name of defs.keys()) visit(name);
  return out;
}
