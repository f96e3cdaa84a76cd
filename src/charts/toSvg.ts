import { checkChartSpec } from "./checkChartSpec.ts";
import { compile } from "vega-lite";
import { parse, View } from "vega";
import type { ChartSpec } from "./types.ts";

/** A logger that drops vega-lite's compiler notes: the library never writes to the console. */
interface SilentLogger { level(): number; error(): SilentLogger; warn(): SilentLogger; info(): SilentLogger; debug(): SilentLogger }
const SILENT: SilentLogger = {
  level: () => 0,
  error: () => SILENT,
  warn: () => SILENT,
  info: () => SILENT,
  debug: () => SILENT,
};

/**
 * Render a Vega-Lite spec to an SVG string with vega in headless mode (no canvas, no DOM; browser-safe).
 * Text widths are estimated by vega's built-in font metrics when no canvas is present.
 * @param spec a Vega-Lite top-level spec (e.g. from `pathDiagram`)
 * @returns the SVG document as text
 * @throws Error from vega-lite or vega when the spec is invalid; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example const svg = await toSvg(fitIndexChart(fit.fitMeasures()));
 * Source: vega View API, `view.toSVG()` (Heer et al., Vega 5/6 documentation).
 */
export async function toSvg(spec: ChartSpec): Promise<string> {
  checkChartSpec("toSvg", spec);
  const vg = compile(spec, { logger: SILENT as never }).spec;
  const view = new View(parse(vg), { renderer: "none", logLevel: 0 });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
