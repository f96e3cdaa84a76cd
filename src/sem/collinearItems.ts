import { message } from "../messages.ts";

/**
 * Finds the first item that is (almost) a linear combination of the items before it, from the pivots of
 * a Cholesky factorisation S = LLᵀ: the j-th pivot divided by s_jj is 1 − R² of the regression of item j
 * on items 1…j−1 (e.g. Golub & Van Loan, 2013, §4.2), so a pivot below `tol`·s_jj means that the item
 * adds nothing the earlier ones do not already span. Floating-point rounding keeps such matrices
 * numerically "positive definite", so a plain Cholesky success test misses them.
 * @param cov p × p covariance matrix (row-major)
 * @param p number of items
 * @param names item names
 * @param group group label ("" for one group)
 * @param tol relative pivot tolerance (default 1e-8, i.e. R² > 1 − 1e-8)
 * @returns a warning naming the item and the items it depends on, or null
 * @example
 * collinearItems(S, 3, ["x1", "x2", "x3"], ""); // '"x3" is (almost) a linear combination of "x1", "x2" …' when x3 = x1 + x2
 */
export function collinearItems(cov: Float64Array, p: number, names: readonly string[], group: string, tol = 1e-8): string | null {
  const L = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    const sjj = cov[j * p + j]!;
    let d = sjj;
    for (let k = 0; k < j; k++) d -= L[j * p + k]! * L[j * p + k]!;
    if (!(sjj > 0)) return null; // a zero variance is reported elsewhere
    if (!(d > tol * sjj)) {
      const others = names.slice(0, j).filter((_, k) => L[k * p + k]! > 0);
      if (others.length === 0) return null;
      return message.semCollinearItem(names[j]!, others, Math.max(d / sjj, 0), group);
    }
    const ljj = Math.sqrt(d);
    L[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = cov[i * p + j]!;
      for (let k = 0; k < j; k++) s -= L[i * p + k]! * L[j * p + k]!;
      L[i * p + j] = s / ljj;
    }
  }
  return null;
}
