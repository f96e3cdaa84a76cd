/**
 * Checks that every variable of the model is either latent or a column of the data,
 * with a nearest-name suggestion for typos.
 */
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { where, type FlatElement } from "./flatten.ts";
import { nearestName } from "../text/nearestName.ts";

/** A data column or latent variable near a misspelt name: within a third of its length in edits (at least 1), case ignored. */
function nearestVariable(name: string, candidates: readonly string[], used: ReadonlySet<string>): string | undefined {
  return nearestName(name, candidates, { maxDistance: Math.max(1, Math.floor(name.length / 3)), avoid: used });
}

/**
 * Throws when a model variable is neither latent (lhs of `=~`) nor a data column.
 *
 * A name used as an indicator, intercept or threshold variable is reported as an unknown
 * variable (with a suggestion when one is close); a name used only in `~`/`~~` is reported
 * as a latent variable without indicators unless a close data/latent name suggests a typo.
 * When several names are unknown, one error lists them all (lavaan: "missing observed variables in dataset"),
 * with a suggestion for each close one, at the line/col of the first.
 * A latent variable named like a data column is an error too.
 *
 * @param elements - Flat model elements.
 * @param lv - Latent variable names.
 * @param ovNames - Data column names.
 * @throws ModelSpecificationError naming the variable and its line/col.
 * @example
 * checkVariables(flattenModel(parseModel("f =~ x1 + x9")).elements, ["f"], ["x1", "x2"]); // throws: did you mean "x2"?
 */
export function checkVariables(elements: readonly FlatElement[], lv: readonly string[], ovNames: readonly string[]): void {
  const data = new Set(ovNames);
  const latent = new Set(lv);
  const used = new Set<string>();
  for (const e of elements) {
    used.add(e.lhs);
    if (e.op !== "|" && e.op !== "~1") used.add(e.rhs);
  }
  for (const e of elements) {
    if ((e.op === "=~" || e.op === "<~") && data.has(e.lhs)) {
      throw new ModelSpecificationError(message.partableLatentIsObserved(e.lhs, where(e.lhsPos)), e.lhsPos);
    }
  }
  const candidates = [...ovNames, ...lv];
  const bad = new Map<string, { pos: FlatElement["lhsPos"]; observedSlot: boolean }>();
  const note = (name: string, pos: FlatElement["lhsPos"], observedSlot: boolean): void => {
    if (name === "" || latent.has(name) || data.has(name)) return;
    const prev = bad.get(name);
    if (prev === undefined) bad.set(name, { pos, observedSlot });
    else if (observedSlot && !prev.observedSlot) bad.set(name, { pos: prev.pos, observedSlot });
  };
  for (const e of elements) {
    note(e.lhs, e.lhsPos, e.op === "~1" || e.op === "|" || e.op === "~*~");
    if (e.op !== "|" && e.op !== "~1") note(e.rhs, e.rhsPos, e.op === "=~");
  }
  if (bad.size > 1) {
    // all of them in one message, as lavaan's "missing observed variables in dataset: SAT FOO"
    const first = bad.values().next().value!.pos;
    const names = [...bad.keys()].map((name) => {
      const suggestion = nearestVariable(name, candidates, used);
      return suggestion === undefined ? { name } : { name, suggestion };
    });
    throw new ModelSpecificationError(message.partableUnknownVariables(names, where(first)), first);
  }
  for (const [name, { pos, observedSlot }] of bad) {
    const suggestion = nearestVariable(name, candidates, used);
    if (observedSlot || suggestion !== undefined) {
      throw new ModelSpecificationError(message.partableUnknownVariable(name, where(pos), suggestion), pos);
    }
    throw new ModelSpecificationError(message.partableLatentWithoutIndicators(name, where(pos)), pos);
  }
}
