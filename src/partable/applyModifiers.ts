/**
 * Applies the user's modifiers (fixed values, NA, start values, labels) to the rows of
 * every group, as lavaan's `lavaanify()` does after building the default rows.
 */
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import type { WorkRow } from "./blockRows.ts";
import { elementText, where, type FlatElement } from "./flatten.ts";

/**
 * Applies modifiers in place. A single value applies to every group (lavaan ≥ 0.6-7 recycles
 * labels too, so `a*x` is equal across groups); a vector `c(...)` gives value i to group i.
 * `fixed` is applied before `start`, so `start()` also sets the value of a fixed parameter.
 *
 * Source: lavaan 0.6-14 `lavaanify()`, "apply user-specified modifiers".
 *
 * @param rows - All rows (user rows carry their element index).
 * @param elements - Flat elements with their modifiers.
 * @param ngroups - Number of groups.
 * @throws ModelSpecificationError when a vector's length differs from the number of groups.
 * @example
 * applyModifiers(rows, flat.elements, 2); // c(a1, a2)*x labels group 1 "a1" and group 2 "a2"
 */
export function applyModifiers(rows: WorkRow[], elements: readonly FlatElement[], ngroups: number): void {
  const byElement: WorkRow[][] = elements.map(() => []);
  for (const r of rows) if (r.element >= 0) byElement[r.element]!.push(r);
  elements.forEach((e, i) => {
    const mine = byElement[i]!;
    const per = <T>(values: readonly T[] | null): readonly T[] | null => {
      if (values === null) return null;
      if (values.length === 1 && ngroups > 1) return new Array<T>(ngroups).fill(values[0]!);
      if (values.length !== ngroups) {
        const text = elementText(e.lhs, e.op, e.rhs);
        throw new ModelSpecificationError(message.partableModifierLength(text, where(e.rhsPos), values.length, ngroups), e.rhsPos);
      }
      return values;
    };
    const fixed = per(e.fixed);
    const start = per(e.start);
    const label = per(e.label);
    mine.forEach((r, g) => {
      if (fixed !== null) {
        const v = fixed[g]!;
        r.free = v === null ? 1 : 0;
        r.ustart = v === null ? NaN : v;
      }
      if (start !== null) r.ustart = start[g]!;
      if (label !== null) r.label = label[g]!;
    });
  });
}
