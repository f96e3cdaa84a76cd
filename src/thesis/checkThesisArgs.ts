import { checkShape, type Shape } from "../options/checkArg.ts";

/** What the thesis functions read of a parsed analysis config (parseThesisConfig's output). */
export const THESIS_CONFIG_SHAPE: Shape = {
  constructs: [{ name: "string", items: "names" }], reverse: "names", scale: { min: "number", max: "number" }, demographics: "names",
  hypotheses: "array", estimation: "object", efa: "object", parallel: "object", bootstrap: "object", alpha: "number",
};

/** What the report builders read of a thesisAnalysis result. */
const THESIS_RESULT_SHAPE: Shape = {
  config: THESIS_CONFIG_SHAPE, items: "names", sample: "array", descriptives: { items: "array" }, reverseCoding: "array",
  reliability: "array", efa: "object", cfa: "object", structural: "object", mediation: "object", moderation: "array",
  invariance: "object", hypotheses: "array",
};

/**
 * Checks the config or result argument of the thesis functions for JavaScript callers (a config that did not
 * come from parseThesisConfig, a result that did not come from thesisAnalysis), naming the first field that
 * is missing or of the wrong type.
 * @param fn the public function's name
 * @param arg "config" or "res"
 * @param value the value as passed
 * @throws OptionError naming the field, e.g. "measurementModel(): config.constructs must be an array, got undefined"
 * @example
 * checkThesisArg("measurementModel", "config", {}); // OptionError
 */
export function checkThesisArg(fn: string, arg: "config" | "res", value: unknown): void {
  checkShape(fn, arg, value, arg === "config" ? THESIS_CONFIG_SHAPE : THESIS_RESULT_SHAPE);
}
