/**
 * Total effects of a recursive path model: T = B + B² + B³ + … (B[from, to] the path coefficients), summed
 * until the power vanishes (at most m − 1 terms in an acyclic model).
 * Source: seminr 2.3.2 `R/library.R` (`total_effects`); Bollen (1987), Sociological Methodology 17.
 * @param b - path coefficients, m × m row-major, [from, to]
 * @param m - number of constructs
 * @returns total effects, m × m row-major (indirect effects are T − B)
 * @throws nothing
 * @example
 * totalEffects(Float64Array.of(0, 0.5, 0, 0, 0, 0.4, 0, 0, 0), 3)[2]; // 0.2 = 0.5 × 0.4
 */
export function totalEffects(b: Float64Array, m: number): Float64Array {
  const total = Float64Array.from(b);
  let power = Float64Array.from(b);
  for (let step = 1; step < m; step++) {
    const next = new Float64Array(m * m);
    let any = false;
    for (let i = 0; i < m; i++) {
      for (let k = 0; k < m; k++) {
        const v = power[i * m + k] as number;
        if (v === 0) continue;
        for (let j = 0; j < m; j++) next[i * m + j] = (next[i * m + j] as number) + v * (b[k * m + j] as number);
      }
    }
    for (let t = 0; t < m * m; t++) { if (next[t] !== 0) any = true; total[t] = (total[t] as number) + (next[t] as number); }
    if (!any) break;
    power = next;
  }
  return total;
}
