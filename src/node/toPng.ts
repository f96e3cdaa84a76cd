import { checkChartSpec } from "../charts/checkChartSpec.ts";
import { toSvg } from "../charts/toSvg.ts";
import type { ChartSpec } from "../charts/types.ts";
import type { PngOptions } from "./rasterize.ts";
import { PNG_OPTION_KEYS, rasterize } from "./rasterize.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/**
 * Render a Vega-Lite spec (or an SVG string) to PNG bytes: vega renders the SVG headless, resvg rasterises it
 * with DejaVu Sans / Noto Sans CJK loaded so text is drawn.
 * @param input a Vega-Lite spec or an SVG document
 * @param options scale (default 2), fontFiles, loadSystemFonts
 * @returns PNG file bytes
 * @throws OptionError when scale is not a positive number; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example await writeFile("path.png", await toPng(pathDiagram(fit.parameterEstimates()), { scale: 2 }));
 * Source: vega View.toSVG (headless) and resvg (Reizner) via @resvg/resvg-js.
 */
export async function toPng(input: ChartSpec | string, options: PngOptions = {}): Promise<Uint8Array> {
  if (typeof input !== "string") checkChartSpec("toPng", input);
  checkOptionsObject("toPng", options);
  options = checkOptionKeys("toPng", options, PNG_OPTION_KEYS);
  const svg = typeof input === "string" ? input : await toSvg(input);
  return rasterize(svg, options).png;
}
