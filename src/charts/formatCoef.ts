/**
 * Significance stars by the usual thresholds: p < .001 "***", p < .01 "**", p < .05 "*".
 * @param p p-value (null or NaN: no stars, e.g. for fixed parameters)
 * @returns the stars
 * @example stars(0.003) // "**"
 * Source: APA Publication Manual (7th ed., 2020), Table 7.
 */
export function stars(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "";
  return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
}

/**
 * Format a coefficient: two decimals, a true minus sign, and (for standardized values) no leading zero.
 * @param x the value
 * @param dropLeadingZero drop the leading zero (APA style for values bounded by 1)
 * @param digits decimals (default 2)
 * @returns the formatted number
 * @example formatCoef(-0.151, true) // "−.15"
 * Source: APA Publication Manual (7th ed., 2020), section 6.36.
 */
export function formatCoef(x: number, dropLeadingZero: boolean, digits = 2): string {
  let s = Math.abs(x).toFixed(digits);
  if (dropLeadingZero && Math.abs(x) < 1) s = s.replace(/^0\./, ".");
  const neg = x < 0 && Number(s.replace(/^\./, "0.")) !== 0;
  return (neg ? "\u2212" : "") + s;
}
