import type { PlsEstimate } from "./estimatePls.ts";

/**
 * Construct scores: standardized items times outer weights (mean 0, SD 1; an interaction scaled by its
 * score scale), n × m row-major in construct order.
 * Source: seminr 2.3.2 `simplePLS` (`construct_scores <- normData %*% outer_weights`).
 * @param est - a PLS estimate
 * @returns the scores
 * @throws nothing
 * @example
 * constructScores(est)[0]; // first row, first construct
 */
export function constructScores(est: PlsEstimate): Float64Array {
  const { layout, data, core } = est;
  const { m, p, blockStart } = layout;
  const n = data.z.length / p;
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      let v = 0;
      for (let a = blockStart[k] as number; a < (blockStart[k + 1] as number); a++) v += (data.z[a * n + i] as number) * (core.w[a] as number);
      out[i * m + k] = v * (core.scale[k] as number);
    }
  }
  return out;
}
