import type { EfaCoreOptions, EfaResult } from "./types.ts";
import { extractors } from "./extractors.ts";
import { rotators } from "./rotators.ts";
import { promax } from "./promax.ts";
import { orientFactors } from "./orientFactors.ts";
import { faFitStatistics } from "./faFitStatistics.ts";
import { kmo } from "./kmo.ts";
import { bartlett } from "./bartlett.ts";
import { PSI_LOWER } from "./uniquenessBounds.ts";
import { symmetricEigenvalues } from "../linalg/symmetricEigenvalues.ts";
import { EstimationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { EFA_CORE_OPTION_KEYS } from "./types.ts";

/** fm and rotate must name a known extractor and rotator (JavaScript callers can pass anything). */
function checkMethods(options: EfaCoreOptions): void {
  if (!Object.hasOwn(extractors, options.fm)) {
    throw new OptionError(message.efaUnknownMethod("fm", String(options.fm), Object.keys(extractors)));
  }
  if (!Object.hasOwn(rotators, options.rotate)) {
    throw new OptionError(message.efaUnknownMethod("rotate", String(options.rotate), Object.keys(rotators)));
  }
}

/**
 * Exploratory factor analysis of a correlation matrix, step for step as psych::fa: extract
 * (`fm`), orient by column sums, rotate (`rotate`), orient and order again, then communalities,
 * uniquenesses, structure, variance accounted for, fit statistics, KMO and Bartlett's test.
 * Heywood cases and non-convergence become warnings; nothing is clipped.
 *
 * Source: psych::fa / psych::fac and psych::fa.stats (Revelle 2022); see the extraction and
 * rotation kernels for the formulas.
 * @param R row-major p×p correlation matrix (validated by the caller)
 * @param p number of items
 * @param n number of observations, NaN when unknown
 * @param names item names (length p)
 * @param options nfactors (1 ≤ m ≤ p, checked by the caller), fm and rotate
 * @returns the complete solution
 * @throws EstimationError when principal-axis iterations produce negative leading eigenvalues; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * efaFromCorrelation(R, 9, 301, names, { nfactors: 3, fm: "minres", rotate: "oblimin" }).loadings;
 */
export function efaFromCorrelation(R: Float64Array, p: number, n: number, names: readonly string[], options: EfaCoreOptions): EfaResult {
  checkArg("efaFromCorrelation", "R", R, "float64");
  checkArg("efaFromCorrelation", "names", names, "names");
  checkOptionsObject("efaFromCorrelation", options, true);
  options = checkOptionKeys("efaFromCorrelation", options, EFA_CORE_OPTION_KEYS);
  checkMethods(options);
  const { nfactors: m, fm, rotate } = options;
  const warnings: string[] = [];
  const ex = extractors[fm](R, p, m);
  for (let i = 0; i < p * m; i++) if (Number.isNaN(ex.loadings[i]!)) throw new EstimationError(message.efaImaginary);
  if (!ex.converged) warnings.push(fm === "pa" ? message.efaPaMaxIter(ex.iterations) : message.efaNotConverged(fm, ex.iterations));
  for (const i of ex.atBound) warnings.push(message.efaHeywoodBound(names[i]!, PSI_LOWER));

  // psych: sign by column sums, exact zeros to 1e-15, then rotate
  const start = orientSigns(ex.loadings, p, m);
  for (let i = 0; i < p * m; i++) if (start[i] === 0) start[i] = 1e-15;
  const h2 = new Float64Array(p);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) h2[i] = h2[i]! + start[i * m + k]! ** 2;
  // psych::principal (fm = "pca") uses stats::promax (no Kaiser pre-normalisation) and orders by ΛᵀΛ only
  const rot = m === 1 ? rotators.none(start, p, m)
    : fm === "pca" && rotate === "promax" ? promax(start, p, m, 4, false) : rotators[rotate](start, p, m);
  if (!rot.converged) warnings.push(message.efaRotationNotConverged(rotate, rot.iterations));
  const { loadings: L, phi } = orientFactors(rot.loadings, rot.phi, p, m, fm !== "pca");

  for (let i = 0; i < p; i++) {
    if (h2[i]! > 1) warnings.push(message.efaUltraHeywood(names[i]!, h2[i]!));
    for (let k = 0; k < m; k++) if (Math.abs(L[i * m + k]!) > 1) { warnings.push(message.efaLoadingAboveOne(names[i]!, L[i * m + k]!)); break; }
  }
  const fit = faFitStatistics(R, p, n, L, phi, m);
  if (fit.dof < 0) warnings.push(message.efaNegativeDof(m, p, fit.dof));

  // eigenvalues, KMO and Bartlett's test are computed on first access (the result reads the same);
  // they work on private copies, so a caller changing R afterwards changes nothing
  const Rc = new Float64Array(R.subarray(0, p * p)), reduced = new Float64Array(Rc);
  for (let i = 0; i < p; i++) reduced[i * p + i] = h2[i]!;
  let eigenvalues: number[] | undefined, commonEigenvalues: number[] | undefined;
  let kmoResult: EfaResult["kmo"] | undefined, bartlettResult: EfaResult["bartlett"] | undefined;
  return {
    items: [...names],
    nobs: Number.isFinite(n) ? n : null,
    nfactors: m, fm, rotate,
    loadings: rows(L, p, m),
    structure: rows(structureOf(L, phi, p, m), p, m),
    communalities: Array.from(h2),
    uniquenesses: Array.from(h2, (h) => 1 - h),
    phi: phi === null ? null : rows(phi, m, m),
    get eigenvalues() { return (eigenvalues ??= Array.from(symmetricEigenvalues(Rc, p))); },
    get commonEigenvalues() { return (commonEigenvalues ??= Array.from(symmetricEigenvalues(reduced, p))); },
    complexity: complexityOf(L, p, m),
    variance: varianceOf(L, phi, p, m),
    fit,
    get kmo() {
      if (kmoResult === undefined) { const k = kmo(Rc, p); kmoResult = { overall: k.overall, items: Array.from(k.items) }; }
      return kmoResult;
    },
    get bartlett() { return (bartlettResult ??= bartlett(Rc, p, n)); },
    extraction: { iterations: ex.iterations, converged: ex.converged },
    rotation: { iterations: rot.iterations, converged: rot.converged },
    warnings,
  };
}

function orientSigns(L: Float64Array, p: number, m: number): Float64Array {
  const out = new Float64Array(L);
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let i = 0; i < p; i++) s += L[i * m + k]!;
    if (s < 0) for (let i = 0; i < p; i++) out[i * m + k] = -out[i * m + k]!;
  }
  return out;
}

function rows(A: Float64Array, r: number, c: number): number[][] {
  return Array.from({ length: r }, (_, i) => Array.from(A.subarray(i * c, i * c + c)));
}

function structureOf(L: Float64Array, phi: Float64Array | null, p: number, m: number): Float64Array {
  if (phi === null) return L;
  const S = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let k = 0; k < m; k++) {
    let s = 0;
    for (let c = 0; c < m; c++) s += L[i * m + c]! * phi[c * m + k]!;
    S[i * m + k] = s;
  }
  return S;
}

function complexityOf(L: Float64Array, p: number, m: number): number[] {
  return Array.from({ length: p }, (_, i) => {
    let s2 = 0, s4 = 0;
    for (let k = 0; k < m; k++) { const l2 = L[i * m + k]! ** 2; s2 += l2; s4 += l2 * l2; }
    return (s2 * s2) / s4;
  });
}

function varianceOf(L: Float64Array, phi: Float64Array | null, p: number, m: number): EfaResult["variance"] {
  const ss: number[] = [];
  for (let k = 0; k < m; k++) {
    let v = 0;
    if (phi === null) for (let i = 0; i < p; i++) v += L[i * m + k]! ** 2;
    else for (let c = 0; c < m; c++) {
      let ck = 0;
      for (let i = 0; i < p; i++) ck += L[i * m + c]! * L[i * m + k]!;
      v += phi[k * m + c]! * ck;
    }
    ss.push(v);
  }
  const total = ss.reduce((a, b) => a + b, 0);
  const cum = (xs: number[]): number[] => { let s = 0; return xs.map((x) => (s += x)); };
  const proportion = ss.map((v) => v / p), proportionExplained = ss.map((v) => v / total);
  return { ss, proportion, cumulative: cum(proportion), proportionExplained, cumulativeProportion: cum(proportionExplained) };
}
