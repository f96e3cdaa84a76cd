import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import { alphaCoefficients } from "./kernels/alphaCoefficients.ts";
import { covToCor } from "./kernels/covToCor.ts";
import { dropIndex } from "./kernels/dropIndex.ts";
import { feldtInterval } from "./kernels/feldtInterval.ts";
import { firstComponentLoadings } from "./kernels/firstComponentLoadings.ts";
import { pairwiseCorrelation } from "./kernels/pairwiseCorrelation.ts";
import { pairwiseCovariance } from "./kernels/pairwiseCovariance.ts";
import { smc } from "./kernels/smc.ts";
import { bootstrapAlpha } from "./bootstrapAlpha.ts";
import type { AlphaDropRow, AlphaItemStats, AlphaResult } from "./types.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { checkSeed } from "../random/checkSeed.ts";

/** Options of {@link alphaFromMatrix}. */
export interface AlphaMatrixOptions {
  /** Reverse items with a negative loading on the first principal component (psych `check.keys`). */
  readonly checkKeys?: boolean;
  /** Scale bounds used to reverse items found by `checkKeys` (min + max − x); default: the data's min and max. */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Items the caller already reversed (reported in `reversed`; they are not flipped again). */
  readonly reversed?: readonly string[];
  /** Bootstrap resamples for a percentile CI (0 = none). */
  readonly nBoot?: number;
  /** Seed of the bootstrap. */
  readonly seed?: number;
}

/** The accepted keys of `alphaFromMatrix()` options. */
export const ALPHA_MATRIX_OPTION_KEYS = optionKeys<AlphaMatrixOptions>({
  checkKeys: true, scale: SCALE_OPTION_KEYS, reversed: true, nBoot: true, seed: true,
});

/**
 * Coefficient α and the full psych 2.2.9 `alpha()` output (pairwise deletion) from a numeric
 * matrix with NaN for missing values. This is the numeric core behind `alpha()`.
 *
 * Steps, as psych: items without variance are dropped (warning); C = cov(x, pairwise);
 * items loading negatively on the first principal component are reported (or reversed with
 * `checkKeys`); R = cov2cor(C); the coefficients of {@link alphaCoefficients} for the scale and
 * for the scale without each item; person scores are the row means of the observed items;
 * std.r = ΣR_j/√ΣR, r.cor = ΣR*_j/√ΣR* with smc on the diagonal of R*, r.drop = the item's
 * correlation with the sum of the other items (from C); ase = √(Q/N); Feldt CI with N = all rows
 * (Cronbach 1951; Guttman 1945; Duhachek & Iacobucci 2004; Feldt, Woodruff & Salih 1987).
 *
 * @param data row-major n×p matrix, NaN for missing (not modified)
 * @param n rows
 * @param p items
 * @param names item names (length p)
 * @param options checkKeys, scale, reversed, nBoot, seed
 * @returns the result
 * @throws DataError when fewer than 2 items with variance remain, or a pair of items has fewer than
 *   2 rows observed together; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const r = alphaFromMatrix(new Float64Array([1, 2, 2, 2, 3, 3, 4, 5]), 4, 2, ["a", "b"]);
 * r.total.rawAlpha; // 0.9565…
 */
export function alphaFromMatrix(
  data: Float64Array, n: number, p: number, names: readonly string[], options: AlphaMatrixOptions = {},
): AlphaResult {
  checkArg("alphaFromMatrix", "data", data, "float64");
  checkArg("alphaFromMatrix", "names", names, "names");
  checkOptionsObject("alphaFromMatrix", options);
  options = checkOptionKeys("alphaFromMatrix", options, ALPHA_MATRIX_OPTION_KEYS);
  const warnings: string[] = [];
  // drop items without variance, as psych does
  const keep: number[] = [];
  for (let j = 0; j < p; j++) {
    const sd = columnSd(data, n, p, j);
    if (sd > 0) keep.push(j);
    else warnings.push(message.alphaNoVariance(names[j]!));
  }
  let x = data, k = p;
  if (keep.length < p) {
    k = keep.length;
    x = new Float64Array(n * k);
    for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) x[i * k + c] = data[i * p + keep[c]!]!;
  } else x = Float64Array.from(data);
  const items = keep.map((j) => names[j]!);
  if (k < 2) throw new DataError(message.alphaTooFewItems(k), { column: items[0] ?? names[0] });

  const c = pairwiseCovariance(x, n, k);
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) {
    if (!Number.isFinite(c[a * k + b]!)) throw new DataError(message.alphaNoPairs(items[a]!, items[b]!), { column: items[b]! });
  }

  // items keyed against the first principal component
  const loadings = firstComponentLoadings(x, n, k);
  const negative = items.filter((_, j) => loadings[j]! < 0);
  const reversed = [...(options.reversed ?? [])];
  if (negative.length > 0) {
    if (options.checkKeys === true) {
      warnings.push(message.alphaItemsReversed(negative));
      const [lo, hi] = options.scale !== undefined ? [options.scale.min, options.scale.max] : dataRange(x);
      const flip: number[] = [];
      for (let j = 0; j < k; j++) if (loadings[j]! < 0) flip.push(j);
      for (const j of flip) {
        for (let i = 0; i < n; i++) x[i * k + j] = lo + hi - x[i * k + j]!;
        for (let b = 0; b < k; b++) if (b !== j) { c[j * k + b] = -c[j * k + b]!; c[b * k + j] = -c[b * k + j]!; }
        if (!reversed.includes(items[j]!)) reversed.push(items[j]!);
        else reversed.splice(reversed.indexOf(items[j]!), 1);
      }
    } else warnings.push(message.alphaNegativeItems(negative));
  }

  // person scores: mean of the observed items
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0, m = 0;
    for (let j = 0; j < k; j++) { const v = x[i * k + j]!; if (v === v) { s += v; m++; } }
    total[i] = m > 0 ? s / m : NaN;
  }
  const both = new Float64Array(n * 2);

  const r = covToCor(c, k);
  const all = alphaCoefficients(c, r, k);
  const alphaDrop: AlphaDropRow[] = [];
  if (k > 2) {
    for (let j = 0; j < k; j++) {
      const d = alphaCoefficients(dropIndex(c, k, j), dropIndex(r, k, j), k - 1);
      alphaDrop.push({
        item: items[j]!, rawAlpha: d.raw, stdAlpha: d.std, g6Smc: d.g6, averageR: d.averageR, signalNoise: d.signalNoise,
        alphaSe: Math.sqrt(d.q / n), varR: Number.isNaN(d.varR) ? null : d.varR, medR: d.medR,
      });
    }
  } else {
    const r12 = r[1]!, s1 = smc(r, 2)[0]!;
    for (let j = 0; j < 2; j++) {
      alphaDrop.push({
        item: items[j]!, rawAlpha: c[1]! / c[(1 - j) * 3]!, stdAlpha: r12, g6Smc: s1, averageR: r12,
        signalNoise: r12 / (1 - r12), alphaSe: null, varR: 0, medR: r12,
      });
    }
  }

  let sumR = 0;
  for (let i = 0; i < k * k; i++) sumR += r[i]!;
  const sm = smc(r, k);
  let sumRc = sumR;
  for (let j = 0; j < k; j++) sumRc += sm[j]! - 1;
  let sumC = 0;
  for (let i = 0; i < k * k; i++) sumC += c[i]!;
  const itemStats: AlphaItemStats[] = items.map((item, j) => {
    let colR = 0, colC = 0;
    for (let b = 0; b < k; b++) { colR += r[b * k + j]!; colC += c[b * k + j]!; }
    const cjj = c[j * k + j]!;
    const vDrop = sumC - 2 * colC + cjj;
    let cnt = 0, s = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i * k + j]!;
      both[i * 2] = total[i]!; both[i * 2 + 1] = v;
      if (v === v) { cnt++; s += v; }
    }
    return {
      item, n: cnt,
      rawR: pairwiseCorrelation(both, n, 2, 0, 1),
      stdR: colR / Math.sqrt(sumR),
      rCor: (colR - 1 + sm[j]!) / Math.sqrt(sumRc),
      rDrop: (colC - cjj) / Math.sqrt(cjj * vDrop),
      mean: s / cnt,
      sd: columnSd(x, n, k, j),
    };
  });

  let tm = 0, tn = 0;
  for (let i = 0; i < n; i++) if (total[i] === total[i]) { tm += total[i]!; tn++; }
  tm /= tn;
  let tv = 0;
  for (let i = 0; i < n; i++) if (total[i] === total[i]) tv += (total[i]! - tm) ** 2;

  const result: AlphaResult = {
    items, nObs: n,
    total: {
      rawAlpha: all.raw, stdAlpha: all.std, g6Smc: all.g6, averageR: all.averageR, signalNoise: all.signalNoise,
      ase: Math.sqrt(all.q / n), mean: tm, sd: Math.sqrt(tv / (tn - 1)), medianR: all.medR,
    },
    alphaDrop, itemStats,
    feldt: feldtInterval(all.raw, n, k),
    reversed, negativeItems: negative, warnings,
  };
  const nBoot = options.nBoot ?? 0;
  if (nBoot > 0) {
    const seed = options.seed ?? 1;
    checkSeed("alphaFromMatrix", seed);
    const boot = bootstrapAlpha(x, n, k, nBoot, seed);
    const failed = boot.failed > 0 ? [message.alphaBootFailed(boot.failed, nBoot)] : [];
    return { ...result, warnings: [...warnings, ...failed], boot: { ...boot, nBoot, seed } };
  }
  return result;
}

function columnSd(x: Float64Array, n: number, p: number, j: number): number {
  let s = 0, m = 0;
  for (let i = 0; i < n; i++) { const v = x[i * p + j]!; if (v === v) { s += v; m++; } }
  if (m < 2) return NaN;
  const mean = s / m;
  let ss = 0;
  for (let i = 0; i < n; i++) { const v = x[i * p + j]!; if (v === v) ss += (v - mean) * (v - mean); }
  return Math.sqrt(ss / (m - 1));
}

function dataRange(x: Float64Array): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of x) if (v === v) { if (v < lo) lo = v; if (v > hi) hi = v; }
  return [lo, hi];
}
