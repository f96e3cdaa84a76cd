import { expect } from "vitest";
import type { SemFit } from "../../src/sem/types.ts";
import { expectClose, type SemReference } from "./reference.ts";

/** Tolerances of a lavaan parity check: estimates and std.* absolute (·max(1,|ref|)), SEs and fit measures relative. */
export const PARITY = { est: 1e-4, se: 1e-3, fit: 1e-3, std: 1e-4 } as const;

// defined parameters (:=) by name: lavaan prints their rhs without spaces
const key = (r: Record<string, unknown>): string => r["op"] === ":=" ? `${r["lhs"]}|:=` : `${r["lhs"]}|${r["op"]}|${r["rhs"]}|${r["group"] ?? 1}`;

/**
 * Every parameter row of a lavaan fixture (except r2) against semkit's parameterEstimates(): est, se and
 * std.lv / std.all / std.nox at the parity tolerances.
 */
export function expectParameters(fit: SemFit, ref: SemReference, columns: readonly string[] = ["est", "se", "std.lv", "std.all", "std.nox"]): void {
  const mine = new Map(fit.parameterEstimates().map((r) => [key(r as unknown as Record<string, unknown>), r as unknown as Record<string, unknown>] as const));
  for (const r of ref.parameters) {
    if (r["op"] === "r2") continue;
    const what = `${r["lhs"]}${r["op"]}${r["rhs"]}`;
    const m = mine.get(key(r));
    expect(m, what).toBeDefined();
    for (const c of columns) {
      const want = r[c];
      if (typeof want !== "number") continue;
      if (c === "se") {
        if (want === 0) expect(m![c] === 0 || m![c] === null, `${what} se`).toBe(true);
        else expectClose(m![c] as number, want, PARITY.se, 1e-7, `${what} se`);
      } else {
        expectClose(m![c] as number, want, 0, (c === "est" ? PARITY.est : PARITY.std) * Math.max(1, Math.abs(want)), `${what} ${c}`);
      }
    }
  }
}

/** The named fitMeasures() entries against lavaan's at 1e-3 relative. */
export function expectFitMeasures(fit: SemFit, ref: SemReference, names: readonly string[]): void {
  const fm = fit.fitMeasures();
  for (const k of names) {
    const want = ref.fit[k];
    expect(want, `lavaan ${k}`).toBeTypeOf("number");
    expectClose(fm[k], want as number, PARITY.fit, 1e-8, k);
  }
}
