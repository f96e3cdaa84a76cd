import type { GroupMatrices, Representation } from "./types.ts";
import { writeElement } from "./buildRepresentation.ts";

/**
 * Write θ into per-group model matrices: copy the fixed template, then every free slot.
 * Allocation-free; `out` is reused across evaluations.
 * @param rep compiled representation
 * @param theta free parameter vector
 * @param out per-group matrices to overwrite (same shapes as `rep.template`)
 * @returns nothing; `out` is filled
 * @example
 * fillMatrices(rep, theta, mats);
 */
export function fillMatrices(rep: Representation, theta: Float64Array, out: readonly GroupMatrices[]): void {
  for (let g = 0; g < rep.ngroups; g++) {
    const t = rep.template[g]!, o = out[g]!;
    o.lambda.set(t.lambda); o.theta.set(t.theta); o.psi.set(t.psi);
    o.beta.set(t.beta); o.nu.set(t.nu); o.alpha.set(t.alpha);
  }
  for (const s of rep.slots) {
    if (s.free < 0) continue;
    writeElement(out[s.group]!, s.mat, s.i, s.j, rep.m, rep.p, theta[s.free]!);
  }
}

/** Fresh zeroed matrices shaped like the representation's template. */
export function allocateMatrices(rep: Representation): GroupMatrices[] {
  return rep.template.map((t) => ({
    lambda: new Float64Array(t.lambda.length), theta: new Float64Array(t.theta.length), psi: new Float64Array(t.psi.length),
    beta: new Float64Array(t.beta.length), nu: new Float64Array(t.nu.length), alpha: new Float64Array(t.alpha.length),
  }));
}
