import type { PlsLayout } from "./plsLayout.ts";
import type { PlsCore } from "./plsCore.ts";
import { totalEffects } from "./totalEffects.ts";
import { htmt } from "./htmt.ts";

/**
 * The statistics a PLS bootstrap resamples, as one flat vector with stable keys: path coefficients
 * ("Y~X"), loadings ("C=~x"), weights ("C<-x"), total indirect effects ("Y~>X", every pair) and HTMT
 * ("htmt:A|B", lower triangle).
 * @param layout - the model
 * @param core - its estimates
 * @param r - the item correlation matrix
 * @param withKeys - also build the keys (false in bootstrap draws, which only need the values)
 * @returns keys and values in the same order for every estimate of the same model
 * @throws nothing
 * @example
 * plsStatistics(est.layout, est.core, est.data.r).keys[0]; // "Expectation~Image"
 */
export function plsStatistics(layout: PlsLayout, core: PlsCore, r: Float64Array, withKeys = true): { keys: string[]; values: Float64Array } {
  const { m, constructs, items, owner, endogenous, predecessors } = layout;
  const keys: string[] = [];
  const values: number[] = [];
  for (const k of endogenous) {
    for (const j of predecessors[k] as readonly number[]) { if (withKeys) keys.push(`${constructs[k]}~${constructs[j]}`); values.push(core.paths[j * m + k] as number); }
  }
  items.forEach((it, a) => { if (withKeys) keys.push(`${constructs[owner[a] as number]}=~${it}`); values.push(core.loadings[a] as number); });
  items.forEach((it, a) => { if (withKeys) keys.push(`${constructs[owner[a] as number]}<-${it}`); values.push(core.w[a] as number); });
  const total = totalEffects(core.paths, m);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < m; k++) {
      if (j === k) continue;
      if (withKeys) keys.push(`${constructs[k]}~>${constructs[j]}`);
      values.push((total[j * m + k] as number) - (core.paths[j * m + k] as number));
    }
  }
  const h = htmt(r, layout);
  for (let k = 0; k < m; k++) for (let j = 0; j < k; j++) { if (withKeys) keys.push(`htmt:${constructs[j]}|${constructs[k]}`); values.push(h[k]?.[j] as number); }
  return { keys, values: Float64Array.from(values) };
}
