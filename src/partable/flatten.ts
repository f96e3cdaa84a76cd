/**
 * Flattens a parsed model into one element per (lhs, op, rhs), as lavaan's
 * `lavParseModelString` does: `y1 + y2 ~ x1 + x2` gives four elements.
 */
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import type { ConstraintStatement, DefinitionStatement, Modifier, ModelSyntax, SourcePos } from "../syntax/types.ts";
import type { ParOp } from "./types.ts";

/** One user-written model element with its (merged) modifiers. */
export interface FlatElement {
  lhs: string;
  readonly op: ParOp;
  rhs: string;
  fixed: readonly (number | null)[] | null;
  start: readonly number[] | null;
  label: readonly string[] | null;
  /** Position of the label modifier (e.g. the `a` of `a*x1`), when there is one. */
  labelPos?: SourcePos;
  lhsPos: SourcePos;
  rhsPos: SourcePos;
  /** ESEM block of the factor (`efa("b1")*f1 =~ ...`), when it has one. */
  efa?: string;
}

/** The flattened model. */
export interface FlatModel {
  readonly elements: FlatElement[];
  /** `:=` and `==`/`<`/`>` statements in the order written. */
  readonly extras: readonly (DefinitionStatement | ConstraintStatement)[];
  readonly warnings: string[];
}

/**
 * `(line L, col C)` for messages.
 *
 * @param pos - A source position.
 * @returns The text.
 * @example
 * where({ line: 1, col: 23 }); // "(line 1, col 23)"
 */
export function where(pos: SourcePos): string {
  return message.partableAt(pos.line, pos.col);
}

/**
 * An element as lavaan prints it, e.g. `f =~ x1`, `y ~ 1`.
 *
 * @param lhs - Left-hand side.
 * @param op - Operator (`~1` for intercepts).
 * @param rhs - Right-hand side.
 * @returns The text.
 * @example
 * elementText("y", "~1", ""); // "y ~ 1"
 */
export function elementText(lhs: string, op: string, rhs: string): string {
  return op === "~1" ? `${lhs} ~ 1` : `${lhs} ${op} ${rhs}`;
}

function applyModifier(e: FlatElement, m: Modifier): void {
  const text = elementText(e.lhs, e.op, e.rhs);
  const conflict = (): never => {
    throw new ModelSpecificationError(message.partableModifierConflict(text, where(m.pos)), m.pos);
  };
  if (m.kind === "fixed") {
    if (e.fixed !== null) conflict();
    e.fixed = m.values;
  } else if (m.kind === "start") {
    if (e.start !== null) conflict();
    e.start = m.values;
  } else {
    if (e.label !== null) conflict();
    e.label = m.values;
    e.labelPos = m.pos;
  }
}

/**
 * Flattens the statements of a model.
 *
 * Repeated terms inside one statement (`f =~ NA*x1 + start(1)*x1`) are merged, as lavaan
 * merges them; the same element in two statements is an error (lavaan: "duplicate model
 * element"), also for `~~` written both ways (`a ~~ b`, `b ~~ a`).
 *
 * @param syntax - Output of `parseModel`.
 * @returns Elements and the `:=`/constraint statements in the order written, plus warnings.
 * @throws ModelSpecificationError for a duplicate element, `f =~ f`, or conflicting modifiers.
 * @example
 * flattenModel(parseModel("y1 + y2 ~ x")).elements.map((e) => e.lhs); // ["y1", "y2"]
 */
export function flattenModel(syntax: ModelSyntax): FlatModel {
  const elements: FlatElement[] = [];
  const extras: (DefinitionStatement | ConstraintStatement)[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, FlatElement>();
  for (const s of syntax.statements) {
    if (s.kind !== "relation") {
      extras.push(s);
      continue;
    }
    const inStatement = new Map<string, FlatElement>();
    for (const l of s.lhs) {
      for (const t of s.rhs) {
        const op: ParOp = s.op === "~" && t.name === "" ? "~1" : s.op;
        const key = `${l.name}\u0000${op}\u0000${t.name}`;
        let e = inStatement.get(key);
        if (e === undefined) {
          const text = elementText(l.name, op, t.name);
          if (op === "=~" && l.name === t.name) {
            throw new ModelSpecificationError(message.partableSelfMeasured(l.name, where(t.pos)), t.pos);
          }
          const prev = seen.get(key) ?? (op === "~~" ? seen.get(`${t.name}\u0000${op}\u0000${l.name}`) : undefined);
          if (prev !== undefined) {
            throw new ModelSpecificationError(message.partableDuplicateElement(text, where(t.pos), where(prev.rhsPos)), t.pos);
          }
          if (op === "~" && l.name === t.name) warnings.push(message.partableSelfRegression(text));
          e = { lhs: l.name, op, rhs: t.name, fixed: null, start: null, label: null, lhsPos: l.pos, rhsPos: t.pos, ...(l.efa !== undefined ? { efa: l.efa } : {}) };
          inStatement.set(key, e);
          seen.set(key, e);
          elements.push(e);
        }
        for (const m of t.modifiers) applyModifier(e, m);
      }
    }
  }
  return { elements, extras, warnings };
}
