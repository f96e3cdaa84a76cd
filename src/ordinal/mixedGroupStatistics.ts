import { message } from "../messages.ts";
import { ordinalThresholds } from "./ordinalThresholds.ts";
import { normalCdf } from "../distributions/normalCdf.ts";
import { normalDensity } from "../distributions/normalDensity.ts";
import { thresholdScores } from "./thresholdScores.ts";
import { polychoricFromTable } from "./polychoricFromTable.ts";
import { bivariateCells, cellWork } from "./bivariateCells.ts";
import { polychoricCellScores } from "./polychoricCellScores.ts";
import { polyserialTwoStep } from "./polyserialTwoStep.ts";
import { polyserialScores } from "./polyserialScores.ts";
import { mixedGamma } from "./mixedGamma.ts";
import type { OrdinalGroupStatistics } from "./types.ts";

/** Two-step statistics of one group with ordinal and continuous variables. */
export interface MixedGroupStatistics extends OrdinalGroupStatistics {
  /** means of the continuous variables (0 for ordinal ones) */
  readonly means: Float64Array;
  /** ML variances (N denominator) of the continuous variables (1 for ordinal ones) */
  readonly variances: Float64Array;
  /** covariance matrix of the (latent response and continuous) variables, row-major p×p: ρ_ij σ_i σ_j */
  readonly covariance: Float64Array;
}

/** One group's data as {@link mixedGroupStatistics} reads it. */
export interface MixedGroupData {
  readonly n: number;
  readonly p: number;
  /** row-major n×p values (continuous variables are read from here) */
  readonly values: Float64Array;
  /** row-major n×p category indices (read for ordinal variables only) */
  readonly codes: Uint8Array;
  /** 1 for a continuous variable, 0 for an ordinal one */
  readonly numeric: Uint8Array;
  /** categories per variable (ordinal ones) */
  readonly ncat: ArrayLike<number>;
}

/**
 * Two-step sample statistics of one group for WLSMV with ordinal and continuous indicators, as lavaan 0.6-14
 * (lav_samplestats_step1/step2, muthen1984) without covariates. First stage, variable by variable: thresholds
 * of an ordinal variable (probit of the cumulative proportions), mean and ML variance of a continuous one.
 * Second stage, pair by pair with the first stage fixed: polychoric (two ordinal), polyserial (lav_bvmix, one of
 * each) or Pearson (two continuous) correlation; covariances σ_ij = ρ_ij σ_i σ_j (σ = 1 for latent responses).
 * WLS.obs = (thresholds and −means in variable order, variances of the continuous variables, vech of the
 * covariances without the diagonal), its NACOV Γ from the casewise scores (see mixedGamma), weights 1/diag(Γ).
 *
 * Source: Olsson (1979); Olsson, Drasgow & Dorans (1982); Muthén (1984), Psychometrika 49, 115–132;
 * lavaan 0.6-14 (Rosseel 2012) muthen1984(), lav_uvreg, lav_bvreg, lav_bvmix, lav_bvord, lav_samplestats_wls_obs.
 * @param d the group's values, codes and variable types (every category of an ordinal variable occurs)
 * @param names variable names (for warnings)
 * @param label group label ("" for one group)
 * @param warnings receives notes (near-±1 correlations, not converged, singular information)
 * @returns the group's statistics
 * @throws never (the caller validates the data)
 * @example
 * const g = mixedGroupStatistics({ n, p, values, codes, numeric, ncat }, names, "", []);
 * g.wlsObs; // thresholds and −means, variances, covariances
 */
export function mixedGroupStatistics(d: MixedGroupData, names: readonly string[], label: string, warnings: string[]): MixedGroupStatistics {
  const { n, p, values, codes, numeric, ncat } = d;
  // first stage
  const thresholds: Float64Array[] = [], cdf: Float64Array[] = [];
  const means = new Float64Array(p), variances = new Float64Array(p).fill(1), sds = new Float64Array(p).fill(1);
  const thOff = new Int32Array(p + 1), varOff = new Int32Array(p).fill(-1);
  for (let v = 0; v < p; v++) {
    if (numeric[v]) {
      let s = 0;
      for (let r = 0; r < n; r++) s += values[r * p + v]!;
      const mu = s / n;
      let ss = 0;
      for (let r = 0; r < n; r++) { const e = values[r * p + v]! - mu; ss += e * e; }
      means[v] = mu; variances[v] = ss / n; sds[v] = Math.sqrt(ss / n);
      thresholds.push(new Float64Array(0)); cdf.push(new Float64Array(0));
      thOff[v + 1] = thOff[v]! + 1;
    } else {
      const counts = new Float64Array(ncat[v]!);
      for (let r = 0; r < n; r++) counts[codes[r * p + v]!]!++;
      const th = ordinalThresholds(counts);
      thresholds.push(th); cdf.push(th.map(normalCdf));
      thOff[v + 1] = thOff[v]! + th.length;
    }
  }
  const nth = thOff[p]!;
  let nnum = 0;
  for (let v = 0; v < p; v++) if (numeric[v]) varOff[v] = nth + nnum++;
  const nuni = nth + nnum, npair = (p * (p - 1)) / 2, q = nuni + npair;
  const S = new Float64Array(n * q);
  const z: Float64Array[] = [];
  for (let v = 0; v < p; v++) {
    const zv = new Float64Array(n);
    if (numeric[v]) {
      const mu = means[v]!, s2 = variances[v]!;
      for (let r = 0; r < n; r++) {
        const e = values[r * p + v]! - mu;
        zv[r] = e / sds[v]!;
        S[r * q + thOff[v]!] = e / s2; // lav_uvreg_scores: ∂/∂μ and ∂/∂σ²
        S[r * q + varOff[v]!] = -1 / (2 * s2) + (e * e) / (2 * s2 * s2);
      }
    } else {
      const m = thresholds[v]!.length, sc = thresholdScores(thresholds[v]!);
      for (let r = 0; r < n; r++) {
        const c = codes[r * p + v]!;
        for (let k = 0; k < m; k++) S[r * q + thOff[v]! + k] = sc[c * m + k]!;
      }
    }
    z.push(zv);
  }
  const catOf = (v: number): Uint8Array => { const c = new Uint8Array(n); for (let r = 0; r < n; r++) c[r] = codes[r * p + v]!; return c; };
  const cats = Array.from({ length: p }, (_, v) => (numeric[v] ? new Uint8Array(0) : catOf(v)));
  // second stage, pairs in lavaan's vech order (column j outer, row i inner)
  const correlation = new Float64Array(p * p);
  for (let v = 0; v < p; v++) correlation[v * p + v] = 1;
  const a21 = new Float64Array(npair * nuni), h21 = new Float64Array(npair * nuni), h22 = new Float64Array(npair).fill(1);
  const emptyCellPairs: [string, string][] = [];
  let t = 0;
  for (let j = 0; j < p - 1; j++) {
    for (let i = j + 1; i < p; i++, t++) {
      const col = nuni + t, arow = t * nuni;
      let rho: number;
      if (numeric[i] && numeric[j]) {
        // lav_bvreg: the two-step ML ρ of complete data is Pearson's r; y1 = i, y2 = j
        const zi = z[i]!, zj = z[j]!;
        let s = 0;
        for (let r = 0; r < n; r++) s += zi[r]! * zj[r]!;
        rho = s / n;
        const R = 1 - rho * rho, si = sds[i]!, sj = sds[j]!, vi = variances[i]!, vj = variances[j]!;
        for (let r = 0; r < n; r++) {
          const e1 = zi[r]! * si, e2 = zj[r]! * sj;
          const q2 = (e1 * e1) / vi - 2 * rho * e1 * e2 / (si * sj) + (e2 * e2) / vj;
          const sr = rho / R + (e1 * e2 / (si * sj * R) - q2 * rho / (R * R));
          S[r * q + col] = sr;
          a21[arow + thOff[i]!] += sr * (2 * e1 / vi - 2 * rho * e2 / (si * sj)) / (2 * R);
          a21[arow + thOff[j]!] += sr * -(2 * rho * e1 / (si * sj) - 2 * e2 / vj) / (2 * R);
          a21[arow + varOff[i]!] += sr * -(0.5 / vi - ((e1 * e1) / (vi * vi) - rho * e1 * e2 / (vi * si * sj)) / (2 * R));
          a21[arow + varOff[j]!] += sr * -(0.5 / vj + (rho * e1 * e2 / (vj * si * sj) - (e2 * e2) / (vj * vj)) / (2 * R));
        }
        h21[arow + varOff[i]!] = (sj * rho) / (2 * si);
        h21[arow + varOff[j]!] = (si * rho) / (2 * sj);
        h22[t] = si * sj;
      } else if (numeric[i] || numeric[j]) {
        // lav_bvmix: y1 the continuous variable, y2 the ordinal one
        const y1 = numeric[i] ? i : j, y2 = numeric[i] ? j : i;
        const th = thresholds[y2]!, cat = cats[y2]!, zc = z[y1]!;
        const fit = polyserialTwoStep(zc, cat, th, sds[y1]!, polyserialStart(zc, cat, th));
        rho = fit.rho;
        if (!fit.converged) warnings.push(message.wlsmvMixedPolyserialNotConverged(names[y1]!, names[y2]!, label));
        const sc = polyserialScores(zc, cat, th, sds[y1]!, rho);
        const m = th.length;
        for (let r = 0; r < n; r++) {
          const sr = sc.rho[r]!;
          S[r * q + col] = sr;
          a21[arow + thOff[y1]!] += sr * sc.mean[r]!;
          a21[arow + varOff[y1]!] += sr * sc.variance[r]!;
          for (let k = 0; k < m; k++) a21[arow + thOff[y2]! + k] += sr * sc.thresholds[r * m + k]!;
        }
        h21[arow + varOff[y1]!] = rho / (2 * sds[y1]!);
        h22[t] = sds[y1]!;
      } else {
        // lav_bvord: polychoric from the table of j (rows) by i (columns)
        const Kj = ncat[j]!, Ki = ncat[i]!, mj = Kj - 1, mi = Ki - 1;
        const freq = new Float64Array(Kj * Ki);
        for (let r = 0; r < n; r++) freq[cats[j]![r]! * Ki + cats[i]![r]!]!++;
        const work = cellWork(Kj, Ki);
        const fit = polychoricFromTable(freq, thresholds[j]!, thresholds[i]!, cdf[j]!, cdf[i]!, work);
        rho = fit.rho;
        if (fit.emptyCells) emptyCellPairs.push([names[j]!, names[i]!]);
        if (fit.twoEmptyCells) warnings.push(message.ordinalTwoEmptyCells(names[j]!, names[i]!, rho, label));
        if (!fit.converged) warnings.push(message.ordinalNotConverged(names[j]!, names[i]!, label));
        if (fit.iterations === 0) bivariateCells(thresholds[j]!, thresholds[i]!, cdf[j]!, cdf[i]!, rho, work, false);
        const sc = polychoricCellScores(thresholds[j]!, thresholds[i]!, rho, work);
        for (let r = 0; r < n; r++) {
          const c = cats[j]![r]!, e = cats[i]![r]!, x = c * Ki + e, sr = sc.rho[x]!;
          S[r * q + col] = sr;
          if (sr === 0) continue;
          if (c < mj) a21[arow + thOff[j]! + c] += sr * sc.th1Upper[x]!;
          if (c > 0) a21[arow + thOff[j]! + c - 1] += sr * sc.th1Lower[x]!;
          if (e < mi) a21[arow + thOff[i]! + e] += sr * sc.th2Upper[x]!;
          if (e > 0) a21[arow + thOff[i]! + e - 1] += sr * sc.th2Lower[x]!;
        }
      }
      correlation[i * p + j] = correlation[j * p + i] = rho;
      if (Math.abs(rho) > 0.99) warnings.push(message.ordinalNearOne(names[i]!, names[j]!, rho, label));
    }
  }
  const blocks: Int32Array[] = [];
  const negate: number[] = [];
  for (let v = 0; v < p; v++) {
    if (numeric[v]) { blocks.push(Int32Array.of(thOff[v]!, varOff[v]!)); negate.push(thOff[v]!); }
    else blocks.push(Int32Array.from({ length: thOff[v + 1]! - thOff[v]! }, (_, k) => thOff[v]! + k));
  }
  const g = mixedGamma({ n, q, nuni, scores: S, blocks, a21, h21, h22, negate: Int32Array.from(negate) });
  for (const v of g.singularBlocks) warnings.push(message.ordinalSingularThresholds(names[v]!, label));
  const pairNames: [number, number][] = [];
  for (let j = 0; j < p - 1; j++) for (let i = j + 1; i < p; i++) pairNames.push([i, j]);
  for (const k of g.singularPairs) warnings.push(message.ordinalSingularPair(names[pairNames[k]![0]]!, names[pairNames[k]![1]]!, label));
  const covariance = new Float64Array(p * p);
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) covariance[a * p + b] = correlation[a * p + b]! * sds[a]! * sds[b]!;
  const wlsObs = new Float64Array(q);
  for (let v = 0; v < p; v++) {
    if (numeric[v]) { wlsObs[thOff[v]!] = -means[v]!; wlsObs[varOff[v]!] = variances[v]!; }
    else wlsObs.set(thresholds[v]!, thOff[v]!);
  }
  t = 0;
  for (let j = 0; j < p - 1; j++) for (let i = j + 1; i < p; i++, t++) wlsObs[nuni + t] = covariance[i * p + j]!;
  const wlsVdiag = new Float64Array(q);
  for (let a = 0; a < q; a++) wlsVdiag[a] = 1 / g.gamma[a * q + a]!;
  return {
    label, nobs: n, thresholds, correlation, wlsObs, gamma: g.gamma, wlsVdiag, emptyCellPairs, patterns: n,
    means, variances, covariance,
  };
}

/** lavaan's starting value of the polyserial ρ: r(y₁, y₂)·SD(y₂)/Σφ(τ), halved above 0.9 (y₂ the category 1 … K). */
function polyserialStart(z: Float64Array, cat: Uint8Array, th: Float64Array): number {
  const n = z.length;
  let mz = 0, mc = 0;
  for (let r = 0; r < n; r++) { mz += z[r]!; mc += cat[r]!; }
  mz /= n; mc /= n;
  let szc = 0, szz = 0, scc = 0;
  for (let r = 0; r < n; r++) { const a = z[r]! - mz, b = cat[r]! - mc; szc += a * b; szz += a * a; scc += b * b; }
  let dens = 0;
  for (const x of th) dens += normalDensity(x);
  const r0 = (szc / Math.sqrt(szz * scc)) * Math.sqrt(scc / n) / dens;
  if (!Number.isFinite(r0)) return 0;
  return Math.abs(r0) > 0.9 ? r0 / 2 : r0;
}
