import type { PlsLayout } from "./plsLayout.ts";

/**
 * Covariances of every item with every construct's outer score: rw[a, k] = Σ_{b in block k} R[a, b] w[b].
 * @param r - item correlation matrix, p × p row-major
 * @param w - outer weights (item in its own block)
 * @param layout - the model
 * @param rw - receives the p × m result, row-major
 * @returns nothing (fills rw)
 * @throws nothing
 * @example
 * itemByConstruct(r, w, layout, rw);
 */
export function itemByConstruct(r: Float64Array, w: Float64Array, layout: PlsLayout, rw: Float64Array): void {
  const { m, p, blockStart } = layout;
  for (let a = 0; a < p; a++) {
    for (let k = 0; k < m; k++) {
      let v = 0;
      for (let b = blockStart[k] as number; b < (blockStart[k + 1] as number); b++) v += (r[a * p + b] as number) * (w[b] as number);
      rw[a * m + k] = v;
    }
  }
}
