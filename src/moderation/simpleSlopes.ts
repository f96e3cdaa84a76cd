import { normalQuantile } from "../distributions/normalQuantile.ts";
import { normalCdf } from "../distributions/normalCdf.ts";
import { checkFields } from "../options/checkArg.ts";

/** The focal slope at one value of the moderator. */
export interface SimpleSlope {
  /** Moderator value (latent scale, centred). */
  readonly at: number;
  /** Label such as "-1 SD". */
  readonly label: string;
  readonly slope: number;
  readonly se: number;
  readonly z: number;
  readonly pvalue: number;
  readonly "ci.lower": number;
  readonly "ci.upper": number;
}

/** Coefficients and their sampling covariances: b1 (focal), b3 (interaction). */
export interface SlopeInputs {
  readonly b1: number;
  readonly b3: number;
  readonly v11: number;
  readonly v13: number;
  readonly v33: number;
}

/**
 * Simple slope of the focal predictor at moderator value w: b1 + b3·w with
 * SE² = v11 + 2w·v13 + w²·v33 (Aiken & West 1991, eqs. 2.4 and 2.7; Preacher, Curran & Bauer 2006).
 * @param c coefficients and covariances
 * @param at moderator value
 * @param label row label
 * @param level confidence level
 * @returns the slope with its normal-theory test and interval
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * simpleSlope({ b1: 0.3, b3: -0.1, v11: 0.01, v13: 0, v33: 0.004 }, 1, "+1 SD");
 */
export function simpleSlope(c: SlopeInputs, at: number, label: string, level = 0.95): SimpleSlope {
  checkFields("simpleSlope", "c", c, { b1: "number", b3: "number", v11: "number", v13: "number", v33: "number" });
  const slope = c.b1 + c.b3 * at;
  const se = Math.sqrt(Math.max(c.v11 + 2 * at * c.v13 + at * at * c.v33, 0));
  const z = slope / se, crit = normalQuantile(1 - (1 - level) / 2);
  return { at, label, slope, se, z, pvalue: 2 * normalCdf(-Math.abs(z)), "ci.lower": slope - crit * se, "ci.upper": slope + crit * se };
}

/**
 * Johnson–Neyman boundaries: moderator values where the focal slope's confidence interval just touches 0,
 * the real roots of (b1 + b3 w)² = z²(v11 + 2w v13 + w² v33).
 * Source: Johnson & Neyman (1936); Bauer & Curran (2005), eq. 11.
 * @param c coefficients and covariances
 * @param level confidence level
 * @returns the boundaries in increasing order (0, 1 or 2 values)
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * johnsonNeyman({ b1: 0.3, b3: -0.1, v11: 0.01, v13: 0, v33: 0.001 }); // two bounds
 */
export function johnsonNeyman(c: SlopeInputs, level = 0.95): number[] {
  checkFields("johnsonNeyman", "c", c, { b1: "number", b3: "number", v11: "number", v13: "number", v33: "number" });
  const z2 = normalQuantile(1 - (1 - level) / 2) ** 2;
  const A = c.b3 * c.b3 - z2 * c.v33, B = 2 * (c.b1 * c.b3 - z2 * c.v13), C = c.b1 * c.b1 - z2 * c.v11;
  if (Math.abs(A) < 1e-15) return B === 0 ? [] : [-C / B];
  const disc = B * B - 4 * A * C;
  if (disc < 0) return [];
  const r = Math.sqrt(disc);
  return [(-B - r) / (2 * A), (-B + r) / (2 * A)].sort((a, b) => a - b);
}
