import { checkArg, checkFields } from "../options/checkArg.ts";

/**
 * Checks the shape of the input of the ML fit-measure kernels (fitMeasuresML, baselineChisqML) for
 * JavaScript callers: `fitMeasuresML({})` must end in a typed error naming the missing field, not in
 * "Cannot read properties of undefined". Shallow: lengths and values are checked by the kernels.
 * @param fn the public function's name, for the message
 * @param input the input as passed: a `FitInput` (full), or `{ p, groups }` of baselineChisqML's arguments
 * @param full true for fitMeasuresML's `FitInput` (named "input"); false for baselineChisqML's own
 *   arguments p and groups (named as such)
 * @throws OptionError naming the first field of the wrong type (e.g. "input.chisq", "groups[0].sampleCov")
 * @example
 * checkFitInput("fitMeasuresML", {}, true); // OptionError: fitMeasuresML(): input.p must be a number, got undefined
 */
export function checkFitInput(fn: string, input: unknown, full: boolean): void {
  const prefix = full ? "input." : "";
  if (full) {
    checkFields(fn, "input", input, {
      p: "number", groups: "array", npar: "number", chisq: "number", df: "number", meanstructure: "boolean",
      baselineChisq: "number", baselineDf: "number",
    });
  } else {
    const o = input as { p: unknown; groups: unknown };
    checkArg(fn, "p", o.p, "number");
    checkArg(fn, "groups", o.groups, "array");
  }
  (input as { groups: unknown[] }).groups.forEach((g, k) => {
    checkFields(fn, `${prefix}groups[${k}]`, g, full
      ? { nobs: "number", sampleCov: "float64", sampleMean: "float64", impliedCov: "float64", impliedMean: "float64?" }
      : { nobs: "number", sampleCov: "float64" });
  });
}
