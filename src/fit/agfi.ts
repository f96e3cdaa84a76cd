/**
 * Adjusted goodness-of-fit index (AGFI): the GFI adjusted for degrees of freedom.
 *
 * AGFI = 1 − (nel/df)·(1 − GFI), nel = number of modelled sample statistics over all
 * groups (p(p+1)/2 per group, plus p with a mean structure); 1 when df = 0.
 * Source: Jöreskog & Sörbom (1984), LISREL VI User's Guide; Mulaik et al. (1989),
 * Psychological Bulletin 105, 430–445; lavaan 0.6-14 R/lav_fit_gfi.R.
 * @param gfi GFI
 * @param nel number of sample statistics
 * @param df model degrees of freedom
 * @returns AGFI; NaN when an input is not finite
 * @throws never
 * @example
 * agfi(0.9433320622363, 45, 24); // 0.893747616693062 (lavaan)
 */
export function agfi(gfi: number, nel: number, df: number): number {
  if (!Number.isFinite(gfi) || !Number.isFinite(nel) || !Number.isFinite(df)) return Number.NaN;
  if (df > 0) return 1 - (nel / df) * (1 - gfi);
  return 1;
}
