import { checkShape, type Shape } from "../../options/checkArg.ts";

/** The fields of a BootstrapSetup the draw runners read (shallow: no lengths or values). */
const SETUP: Shape = {
  pt: { rows: "array", ov: "names", groups: "names" },
  thetaHat: "float64",
  names: "names",
  groupLabels: "names",
  groupData: ["float64"],
  nobs: "array",
  targets: "array",
};

/**
 * Checks a bootstrap setup passed to a public function (runDraws, summarizeBootstrap, runDrawsOnWorkers) by a
 * JavaScript caller: `{}` or a data set ends in a typed error naming the first missing field, never in
 * "Cannot read properties of undefined". Called once at the public entry, not per draw.
 * @param fn the public function's name, for the message
 * @param setup the value passed as the setup
 * @throws OptionError naming the first field of the wrong kind (e.g. "setup.thetaHat")
 * @example
 * checkBootstrapSetup("runDraws", {});
 * // OptionError: runDraws(): setup.pt must be an object, got undefined
 */
export function checkBootstrapSetup(fn: string, setup: unknown): void {
  checkShape(fn, "setup", setup, SETUP);
}
