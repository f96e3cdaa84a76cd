/**
 * Eigen-decomposition of a real symmetric matrix without allocation: Householder reduction
 * to tridiagonal form followed by the implicit QL algorithm with Wilkinson-type shifts.
 * Eigenvalues come out sorted in DESCENDING order (as R's `eigen(symmetric = TRUE)`), and
 * column k of `vectors` (row-major, `vectors[i * n + k]`) is the unit eigenvector of
 * `values[k]`. Signs of eigenvectors are arbitrary.
 *
 * Source: Householder tridiagonalisation and the implicit symmetric QL iteration,
 * Golub & Van Loan (2013), Matrix Computations, §8.3 (Algorithms 8.3.1 and 8.3.2);
 * the EISPACK routines tred2/tql2 (Smith et al. 1976) follow the same scheme.
 * @param a row-major n×n symmetric matrix (read only; only its values are copied)
 * @param n order of the matrix
 * @param values receives the n eigenvalues, largest first
 * @param vectors receives the eigenvectors as columns (row-major n×n); must not alias `a`
 * @param work scratch of length ≥ n
 * @param wantVectors when false only eigenvalues are computed (much cheaper); `vectors` is then scratch
 * @returns nothing; results are written into `values` and `vectors`
 * @throws never; a non-finite input produces NaN output
 * @example
 * const v = new Float64Array(2), V = new Float64Array(4), w = new Float64Array(2);
 * symmetricEigenInPlace(new Float64Array([2, 1, 1, 2]), 2, v, V, w); // v = [3, 1]
 */
export function symmetricEigenInPlace(
  a: Float64Array, n: number, values: Float64Array, vectors: Float64Array, work: Float64Array, wantVectors = true,
): void {
  const V = vectors, d = values;
  const e = work;
  for (let i = 0; i < n * n; i++) V[i] = a[i]!;
  if (n === 1) { d[0] = V[0]!; V[0] = 1; return; }
  tridiagonalise(V, n, d, e, wantVectors);
  if (wantVectors) transpose(V, n); // rotate rows (contiguous) instead of columns
  qlIterate(V, n, d, e, wantVectors);
  if (wantVectors) transpose(V, n);
  sortDescending(V, n, d, wantVectors);
}

function tridiagonalise(V: Float64Array, n: number, d: Float64Array, e: Float64Array, wantVectors: boolean): void {
  for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j]!;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0, h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) { d[j] = V[(i - 1) * n + j]!; V[i * n + j] = 0; V[j * n + i] = 0; }
    } else {
      for (let k = 0; k < i; k++) { const dk = d[k]! / scale; d[k] = dk; h += dk * dk; }
      let f = d[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        V[j * n + i] = f;
        g = e[j]! + V[j * n + j]! * f;
        for (let k = j + 1; k <= i - 1; k++) {
          const vkj = V[k * n + j]!;
          g += vkj * d[k]!;
          e[k] = e[k]! + vkj * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) { e[j] = e[j]! / h; f += e[j]! * d[j]!; }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = e[j]! - hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!; g = e[j]!;
        for (let k = j; k <= i - 1; k++) V[k * n + j] = V[k * n + j]! - (f * e[k]! + g * d[k]!);
        d[j] = V[(i - 1) * n + j]!;
        V[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  if (!wantVectors) {
    for (let j = 0; j < n; j++) d[j] = V[j * n + j]!;
    e[0] = 0;
    return;
  }
  // accumulate the transformations
  for (let i = 0; i < n - 1; i++) {
    V[(n - 1) * n + i] = V[i * n + i]!;
    V[i * n + i] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = V[k * n + i + 1]! / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += V[k * n + i + 1]! * V[k * n + j]!;
        for (let k = 0; k <= i; k++) V[k * n + j] = V[k * n + j]! - g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) V[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) { d[j] = V[(n - 1) * n + j]!; V[(n - 1) * n + j] = 0; }
  V[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
}

function qlIterate(Z: Float64Array, n: number, d: Float64Array, e: Float64Array, wantVectors: boolean): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  let f = 0, tst1 = 0;
  const eps = 2.220446049250313e-16;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > eps * tst1) m++;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 60) break;
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.sqrt(p * p + 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i] = d[i]! - h;
        f += h;
        p = d[m]!;
        let c = 1, c2 = c, c3 = c, s = 0, s2 = 0;
        const el1 = e[l + 1]!;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2; c2 = c; s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.sqrt(p * p + e[i]! * e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          if (wantVectors) {
            // Z holds eigenvectors as rows: rotate rows i and i + 1
            const ri = i * n, ri1 = ri + n;
            for (let k = 0; k < n; k++) {
              const vk1 = Z[ri1 + k]!, vk = Z[ri + k]!;
              Z[ri1 + k] = s * vk + c * vk1;
              Z[ri + k] = c * vk - s * vk1;
            }
          }
        }
        p = -s * s2 * c3 * el1 * e[l]! / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
}

function sortDescending(V: Float64Array, n: number, d: Float64Array, wantVectors: boolean): void {
  // selection sort on eigenvalues (n is small), swapping eigenvector columns
  for (let i = 0; i < n - 1; i++) {
    let k = i, best = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! > best) { k = j; best = d[j]!; }
    if (k !== i) {
      d[k] = d[i]!; d[i] = best;
      if (wantVectors) for (let r = 0; r < n; r++) { const t = V[r * n + i]!; V[r * n + i] = V[r * n + k]!; V[r * n + k] = t; }
    }
  }
}

function transpose(V: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const t = V[i * n + j]!; V[i * n + j] = V[j * n + i]!; V[j * n + i] = t;
  }
}
