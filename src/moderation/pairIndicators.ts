import { checkArg } from "../options/checkArg.ts";
/** How product indicators are formed. */
export type Pairing = "matched" | "all";

/**
 * Pairs of indicators for product indicators. "matched" (Marsh, Wen & Hau 2004): each indicator is used
 * once; the two marker indicators (first listed, loading fixed to 1) are paired first so that the
 * interaction factor is scaled as the product of the two factors, then the remaining indicators are paired
 * by the size of their standardized loadings (largest with largest); surplus indicators of the longer
 * scale are left out. "all": every pair, marker pair first.
 * Source: Marsh, Wen & Hau (2004), Psychological Methods 9(3), 275–300 ("matched-pair" strategy).
 * @param x indicators of the focal factor (marker first)
 * @param loadX their standardized loadings
 * @param w indicators of the moderator (marker first)
 * @param loadW their standardized loadings
 * @param pairing "matched" or "all"
 * @returns pairs [x item, w item]
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * pairIndicators(["x1", "x2"], [0.8, 0.7], ["w1", "w2", "w3"], [0.6, 0.9, 0.5], "matched"); // [["x1","w1"],["x2","w2"]]
 */
export function pairIndicators(
  x: readonly string[], loadX: readonly number[], w: readonly string[], loadW: readonly number[], pairing: Pairing,
): [string, string][] {
  checkArg("pairIndicators", "x", x, "names");
  checkArg("pairIndicators", "loadX", loadX, "array");
  checkArg("pairIndicators", "w", w, "names");
  checkArg("pairIndicators", "loadW", loadW, "array");
  if (pairing === "all") {
    const out: [string, string][] = [];
    for (const a of x) for (const b of w) out.push([a, b]);
    return out;
  }
  const rest = (items: readonly string[], load: readonly number[]): string[] =>
    items.slice(1).map((v, i) => ({ v, l: Math.abs(load[i + 1]!) })).sort((a, b) => b.l - a.l).map((e) => e.v);
  const rx = rest(x, loadX), rw = rest(w, loadW);
  const out: [string, string][] = [[x[0]!, w[0]!]];
  for (let i = 0; i < Math.min(rx.length, rw.length); i++) out.push([rx[i]!, rw[i]!]);
  return out;
}
