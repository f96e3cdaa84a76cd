import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

const VIEW_KEYS = ["mark", "layer", "facet", "hconcat", "vconcat", "concat", "repeat"];

/**
 * Checks that a value is a Vega-Lite specification before it is compiled (toSvg, chart, toPng), so that
 * `toSvg(undefined)` or `toSvg({})` ends in a typed error instead of Vega-Lite's untyped "Invalid specification".
 * @param fn the public function's name, for the message
 * @param spec the value as passed
 * @throws OptionError when spec is not an object with a mark, layer, facet, concat or repeat
 * @example
 * checkChartSpec("toSvg", {}); // OptionError: toSvg(): spec must be a Vega-Lite specification (…), got an object
 */
export function checkChartSpec(fn: string, spec: unknown): void {
  if (spec !== null && typeof spec === "object" && !Array.isArray(spec) && VIEW_KEYS.some((k) => k in spec)) return;
  throw new OptionError(message.argType(fn, "spec", `a Vega-Lite specification (with ${VIEW_KEYS.join(", ")})`, describeValue(spec)));
}
