/**
 * Parsimony goodness-of-fit index (PGFI).
 *
 * PGFI = (df/nel)·GFI, nel = number of modelled sample statistics over all groups.
 * Source: Mulaik et al. (1989), Psychological Bulletin 105, 430–445; LISREL formula in
 * Jöreskog & Sörbom, SIMPLIS (2002), p. 126; lavaan 0.6-14 R/lav_fit_gfi.R.
 * @param gfi GFI
 * @param nel number of sample statistics
 * @param df model degrees of freedom
 * @returns PGFI; NaN when nel = 0 or an input is not finite
 * @throws never
 * @example
 * pgfi(0.9433320622363, 45, 24); // 0.503110433192693 (lavaan)
 */
export function pgfi(gfi: number, nel: number, df: number): number {
  if (!Number.isFinite(gfi) || !Number.isFinite(nel) || !Number.isFinite(df) || nel === 0) return Number.NaN;
  return (df / nel) * gfi;
}
