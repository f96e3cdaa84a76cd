import type { RotationMethod, Rotator } from "./types.ts";
import { gpaOblique } from "./gpaOblique.ts";
import { gpaOrthogonal } from "./gpaOrthogonal.ts";
import { varimaxKaiser } from "./varimaxKaiser.ts";
import { promax } from "./promax.ts";
import { obliminCriterion } from "./criteria/oblimin.ts";
import { geominCriterion } from "./criteria/geomin.ts";
import { quartimaxCriterion } from "./criteria/quartimax.ts";

/**
 * Strategy table of rotations with psych::fa's conventions: "varimax" is stats::varimax with
 * Kaiser normalisation, "promax" is psych's Kaiser-normalised Promax (power 4), and the
 * GPArotation criteria (quartimax, oblimin γ = 0, geominQ/geominT δ = 0.01) run through the
 * gradient-projection engines from T = I without normalisation (psych passes none).
 *
 * Source: psych::fa rotation switch (Revelle 2022); GPArotation (Bernaards & Jennrich 2005).
 * @example
 * rotators.oblimin(A, 25, 7).phi;
 */
export const rotators: Readonly<Record<RotationMethod, Rotator>> = {
  none: (L) => ({ loadings: new Float64Array(L), phi: null, iterations: 0, converged: true }),
  varimax: (L, p, m) => varimaxKaiser(L, p, m),
  quartimax: (L, p, m) => gpaOrthogonal(L, p, m, quartimaxCriterion),
  promax: (L, p, m) => promax(L, p, m),
  oblimin: (L, p, m) => gpaOblique(L, p, m, obliminCriterion(0)),
  geominQ: (L, p, m) => gpaOblique(L, p, m, geominCriterion(0.01)),
  geominT: (L, p, m) => gpaOrthogonal(L, p, m, geominCriterion(0.01)),
};
