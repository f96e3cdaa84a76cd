import { checkArg, checkShape } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
/** Options of `htmt`, with semTools' defaults. */
export interface HtmtOptions {
  /** Use absolute correlations (semTools `absolute = TRUE`, default; always on for HTMT2). */
  readonly absolute?: boolean;
  /** Geometric means (HTMT2, Roemer et al. 2021; semTools default `htmt2 = TRUE`); false: arithmetic (Henseler et al. 2015). */
  readonly htmt2?: boolean;
}

/** The accepted keys of `htmt()` options. */
export const HTMT_OPTION_KEYS = optionKeys<HtmtOptions>({ absolute: true, htmt2: true });

/**
 * Heterotrait–monotrait ratio of correlations between every pair of constructs:
 *
 *   HTMT_ab = mean(|r_ij| : i ∈ a, j ∈ b) / √( mean(|r_ij| : i ≠ j ∈ a) · mean(|r_ij| : i ≠ j ∈ b) )
 *
 * with arithmetic means (HTMT) or geometric means (HTMT2). The diagonal of the result is 1 by definition.
 * Single-indicator constructs have no monotrait correlations, so their ratios are NaN.
 *
 * Source: Henseler, Ringle & Sarstedt (2015), eq. 6; Roemer, Schuberth & Henseler (2021), eq. 2;
 * semTools 0.5-6 `htmt` (defaults absolute = TRUE, htmt2 = TRUE).
 * @param R row-major p×p correlation matrix of the items
 * @param p number of items
 * @param blocks for each construct, the 0-based item indices of its indicators
 * @param options absolute values and geometric (HTMT2) or arithmetic means
 * @returns row-major k×k HTMT matrix (k = number of constructs)
 * @throws nothing; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * htmt(R, 6, [[0, 1, 2], [3, 4, 5]]); // 2×2
 */
export function htmt(R: Float64Array, p: number, blocks: readonly (readonly number[])[], options: HtmtOptions = {}): Float64Array {
  checkArg("htmt", "R", R, "float64");
  checkShape("htmt", "blocks", blocks, ["array"]);
  checkOptionsObject("htmt", options);
  options = checkOptionKeys("htmt", options, HTMT_OPTION_KEYS);
  const geometric = options.htmt2 ?? true;
  const absolute = geometric || (options.absolute ?? true);
  const k = blocks.length;
  const value = (i: number, j: number): number => { const r = R[i * p + j]!; return absolute ? Math.abs(r) : r; };
  const mean = (a: readonly number[], b: readonly number[], same: boolean): number => {
    let s = 0, c = 0;
    for (const i of a) for (const j of b) {
      if (same && i === j) continue;
      const v = value(i, j);
      s += geometric ? Math.log(v) : v;
      c++;
    }
    if (c === 0) return Number.NaN;
    return geometric ? Math.exp(s / c) : s / c;
  };
  const mono = blocks.map((b) => mean(b, b, true));
  const out = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      out[a * k + b] = a === b ? 1 : mean(blocks[a]!, blocks[b]!, false) / Math.sqrt(mono[a]! * mono[b]!);
    }
  }
  return out;
}
