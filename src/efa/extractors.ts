import type { ExtractionMethod, Extractor } from "./types.ts";
import { extractMinres } from "./extractMinres.ts";
import { extractPa } from "./extractPa.ts";
import { extractMl } from "./extractMl.ts";
import { extractPca } from "./extractPca.ts";

/**
 * Strategy table of factor extraction methods, keyed by psych's `fm` names.
 *
 * Source: psych::fa / psych::principal (Revelle 2022).
 * @example
 * extractors.minres(R, p, 3).loadings;
 */
export const extractors: Readonly<Record<ExtractionMethod, Extractor>> = {
  minres: extractMinres,
  pa: (R, p, m) => extractPa(R, p, m),
  ml: extractMl,
  pca: extractPca,
};
