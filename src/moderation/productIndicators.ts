import { checkArg } from "../options/checkArg.ts";
/**
 * Double-mean-centred product indicator: both first-order indicators are centred at their means, multiplied,
 * and the product is centred again (Lin, Wen, Marsh & Lin 2010, the "DMC" strategy), so that no mean
 * structure or constraints are needed. Means are taken over the rows flagged in `use` (the complete cases
 * of the analysis); other rows, and rows with a missing value, give NaN.
 * Source: Lin et al. (2010), Structural Equation Modeling 17(3), 374–391, eqs. 3–4; Marsh, Wen & Hau (2004).
 * @param x first indicator (NaN = missing)
 * @param w second indicator
 * @param use rows to centre over and keep
 * @returns the product column
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * productIndicator(sat1, alt1, complete);
 */
export function productIndicator(x: Float64Array, w: Float64Array, use: Uint8Array): Float64Array {
  checkArg("productIndicator", "x", x, "float64");
  checkArg("productIndicator", "w", w, "float64");
  checkArg("productIndicator", "use", use, "uint8");
  const n = x.length;
  let mx = 0, mw = 0, k = 0;
  for (let i = 0; i < n; i++) if (use[i]) { mx += x[i]!; mw += w[i]!; k++; }
  mx /= k; mw /= k;
  const out = new Float64Array(n).fill(Number.NaN);
  let mp = 0;
  for (let i = 0; i < n; i++) if (use[i]) { out[i] = (x[i]! - mx) * (w[i]! - mw); mp += out[i]!; }
  mp /= k;
  for (let i = 0; i < n; i++) if (use[i]) out[i]! -= mp;
  return out;
}
