/**
 * One-pass means and cross-products of complete rows, for streaming: sums of the rows shifted by the group's
 * first row, so that large or nearly constant values do not cancel catastrophically when the squares are summed
 * (the "shifted data" algorithm; Chan, Golub & LeVeque, 1983, §3). Rows are buffered in blocks of B and each
 * block's cross-products Σ d_a d_b are summed as dot products of contiguous columns before they are added to the
 * totals. Internal to src/node.
 */
export class ShiftedMoments {
  /** Rows added. */
  n = 0;
  private readonly p: number;
  private readonly shift: Float64Array;
  private readonly sum: Float64Array;
  /** Lower triangle of Σ dᵢdᵢᵀ, packed by rows: element (a, b ≤ a) at a(a+1)/2 + b. */
  private readonly cross: Float64Array;
  /** The current block, column-major: d_a of block row r at a·B + r. */
  private readonly block: Float64Array;
  private rows = 0;

  /** @param p number of variables */
  constructor(p: number) {
    this.p = p;
    this.shift = new Float64Array(p);
    this.sum = new Float64Array(p);
    this.cross = new Float64Array((p * (p + 1)) / 2);
    this.block = new Float64Array(p * BLOCK);
  }

  /**
   * Add one complete row (its first p values are used; no NaN allowed).
   * @param x the row
   * @example acc.add(Float64Array.of(1, 2))
   */
  add(x: Float64Array): void {
    const p = this.p, shift = this.shift, sum = this.sum, block = this.block, r = this.rows;
    if (this.n === 0) for (let a = 0; a < p; a++) shift[a] = x[a]!;
    for (let a = 0; a < p; a++) {
      const v = x[a]! - shift[a]!;
      block[a * BLOCK + r] = v;
      sum[a] = sum[a]! + v;
    }
    this.n++;
    if (++this.rows === BLOCK) this.flush();
  }

  /** Add the buffered block's cross-products to the totals, two rows × two columns of the triangle at a time. */
  private flush(): void {
    const p = this.p, m = this.rows, X = this.block, cross = this.cross;
    for (let a = 0; a < p; a += 2) {
      const a1 = a + 1 < p, oa = a * BLOCK, oa1 = oa + BLOCK;
      const ka = (a * (a + 1)) / 2, ka1 = ka + a + 1; // packed start of rows a and a + 1
      for (let b = 0; b < a; b += 2) { // a full 2×2 block: (a, b), (a, b+1), (a+1, b), (a+1, b+1)
        const ob = b * BLOCK, ob1 = ob + BLOCK;
        let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
        if (a1) {
          for (let r = 0; r < m; r++) {
            const xa = X[oa + r]!, xa1 = X[oa1 + r]!, xb = X[ob + r]!, xb1 = X[ob1 + r]!;
            s00 += xa * xb; s01 += xa * xb1; s10 += xa1 * xb; s11 += xa1 * xb1;
          }
          cross[ka1 + b] = cross[ka1 + b]! + s10;
          cross[ka1 + b + 1] = cross[ka1 + b + 1]! + s11;
        } else {
          for (let r = 0; r < m; r++) { const xa = X[oa + r]!; s00 += xa * X[ob + r]!; s01 += xa * X[ob1 + r]!; }
        }
        cross[ka + b] = cross[ka + b]! + s00;
        cross[ka + b + 1] = cross[ka + b + 1]! + s01;
      }
      // the diagonal block: (a, a), and (a+1, a), (a+1, a+1) when row a + 1 exists
      let d00 = 0, d10 = 0, d11 = 0;
      if (a1) {
        for (let r = 0; r < m; r++) { const xa = X[oa + r]!, xa1 = X[oa1 + r]!; d00 += xa * xa; d10 += xa1 * xa; d11 += xa1 * xa1; }
        cross[ka1 + a] = cross[ka1 + a]! + d10;
        cross[ka1 + a + 1] = cross[ka1 + a + 1]! + d11;
      } else {
        for (let r = 0; r < m; r++) { const xa = X[oa + r]!; d00 += xa * xa; }
      }
      cross[ka + a] = cross[ka + a]! + d00;
    }
    this.rows = 0;
  }

  /**
   * Mean and centred cross-product matrix M = Σ (xᵢ − x̄)(xᵢ − x̄)ᵀ = Σ dᵢdᵢᵀ − s sᵀ/n with d = x − shift, s = Σ dᵢ.
   * @returns n, the mean (length p) and M (p × p, row-major); zeros when n = 0
   * @example acc.centred().m2[0] / acc.n // variance of the first variable (N denominator)
   */
  centred(): CentredMoments {
    if (this.rows > 0) this.flush();
    const p = this.p, n = this.n;
    const mean = new Float64Array(p), m2 = new Float64Array(p * p);
    if (n === 0) return { n, mean, m2 };
    for (let a = 0; a < p; a++) mean[a] = this.shift[a]! + this.sum[a]! / n;
    let k = 0;
    for (let a = 0; a < p; a++) {
      for (let b = 0; b <= a; b++, k++) {
        const v = this.cross[k]! - (this.sum[a]! * this.sum[b]!) / n;
        m2[a * p + b] = v;
        m2[b * p + a] = v;
      }
    }
    return { n, mean, m2 };
  }
}

/** Rows per block. */
const BLOCK = 128;

/** Count, mean and centred cross-products of a set of rows. */
export interface CentredMoments {
  readonly n: number;
  readonly mean: Float64Array;
  /** Σ (xᵢ − x̄)(xᵢ − x̄)ᵀ, p × p row-major. */
  readonly m2: Float64Array;
}

/**
 * Pool the moments of two disjoint sets of rows (Chan, Golub & LeVeque, 1979/1983, pairwise update):
 * x̄ = x̄_A + δ n_B/n, M = M_A + M_B + δδᵀ n_A n_B / n with δ = x̄_B − x̄_A.
 * @param A first set
 * @param B second set
 * @returns the pooled moments
 * @example poolMoments(a.centred(), b.centred())
 */
export function poolMoments(A: CentredMoments, B: CentredMoments): CentredMoments {
  if (A.n === 0) return B;
  if (B.n === 0) return A;
  const p = A.mean.length, n = A.n + B.n, f = (A.n * B.n) / n;
  const delta = Float64Array.from(A.mean, (m, a) => B.mean[a]! - m);
  const mean = Float64Array.from(A.mean, (m, a) => m + (delta[a]! * B.n) / n);
  const m2 = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) m2[a * p + b] = A.m2[a * p + b]! + B.m2[a * p + b]! + delta[a]! * delta[b]! * f;
  }
  return { n, mean, m2 };
}
