import type { EfaResult, ExtractionMethod, RotationMethod } from "./types.ts";
import type { EfaInput, EfaItemOptions } from "./efaInput.ts";
import { resolveEfaInput } from "./efaInput.ts";
import { efaFromCorrelation } from "./efaFromCorrelation.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of {@link efa}. */
export interface EfaOptions extends EfaItemOptions {
  /** Number of factors (required). */
  readonly nfactors: number;
  /** Extraction: "minres" (default), "pa", "ml" or "pca". */
  readonly fm?: ExtractionMethod;
  /** Rotation: "oblimin" (default), "none", "varimax", "quartimax", "promax", "geominQ", "geominT". */
  readonly rotate?: RotationMethod;
}

/** The accepted keys of `efa()` options. */
export const EFA_OPTION_KEYS = optionKeys<EfaOptions>({
  nfactors: true, fm: true, rotate: true, items: true, reverse: true, scale: SCALE_OPTION_KEYS, missing: true,
  n: true,
});

const FM: readonly ExtractionMethod[] = ["minres", "pa", "ml", "pca"];
const ROTATE: readonly RotationMethod[] = ["none", "varimax", "quartimax", "promax", "oblimin", "geominQ", "geominT"];

/**
 * Exploratory factor analysis matching psych::fa: minres / principal axis / maximum likelihood /
 * principal components extraction, varimax, quartimax, promax, oblimin, geominQ or geominT
 * rotation, with communalities, Φ, variance accounted for, psych's fit statistics (rms, χ², TLI,
 * RMSEA), KMO and Bartlett's test. Raw data are analysed on complete cases (listwise).
 *
 * Source: psych::fa (Revelle 2022); Harman (1976); Jöreskog (1967); Bernaards & Jennrich (2005).
 * @param input data (Dataset, CSV text, rows, columns, danfo/arquero) or a correlation matrix `{ R, n, names? }`
 * @param options nfactors (required), fm, rotate, items, reverse, scale, missing, n
 * @returns the solution; `warnings` lists Heywood cases, non-convergence and over-factoring
 * @throws OptionError for a bad nfactors, fm or rotate; DataError / UnknownColumnError for bad data;
 *   EstimationError when principal-axis factoring breaks down
 * @example
 * const res = efa(ds, { items: "sq*,pv*,sat*", nfactors: 3, fm: "minres", rotate: "oblimin" });
 * res.loadings; // items × 3 pattern matrix
 */
export function efa(input: EfaInput, options: EfaOptions): EfaResult {
  checkOptionsObject("efa", options, true);
  options = checkOptionKeys("efa", options, EFA_OPTION_KEYS);
  const fm = options.fm ?? "minres", rotate = options.rotate ?? "oblimin";
  if (!FM.includes(fm)) throw new OptionError(message.efaUnknownMethod("fm", String(fm), FM));
  if (!ROTATE.includes(rotate)) throw new OptionError(message.efaUnknownMethod("rotate", String(rotate), ROTATE));
  const d = resolveEfaInput(input, options);
  const m = options.nfactors;
  if (!Number.isInteger(m) || m < 1 || m > d.p) throw new OptionError(message.efaBadNfactors(m, d.p));
  const res = efaFromCorrelation(d.R, d.p, d.n, d.names, { nfactors: m, fm, rotate });
  if (Number.isNaN(d.n)) res.warnings.unshift(message.efaNoN);
  if (d.warnings !== undefined && d.warnings.length > 0) res.warnings.unshift(...d.warnings);
  return res;
}
