import { checkChartSpec } from "./checkChartSpec.ts";
import type { ChartSpec } from "./types.ts";
import { toSvg } from "./toSvg.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/** MIME type of a Vega-Lite v5 spec, as JupyterLab renders it. */
export const VEGALITE_MIME = "application/vnd.vegalite.v5+json";

/** The Deno Jupyter display hook, `Symbol.for("Jupyter.display")`. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/** A rendered chart: its spec, its pre-rendered SVG, and a Jupyter display hook. */
export interface Chart {
  readonly spec: ChartSpec;
  readonly svg: string;
  /** Deno Jupyter display: returns a MIME bundle (Vega-Lite spec, SVG, one-line text). */
  [JUPYTER_DISPLAY](): Record<string, unknown>;
  toString(): string;
}

function describeSpec(spec: ChartSpec): string {
  const title = (spec as { title?: unknown }).title;
  const t = typeof title === "string" ? title : typeof title === "object" && title !== null ? String((title as { text?: unknown }).text ?? "") : "";
  const desc = (spec as { description?: unknown }).description;
  return `semkit chart${t ? `: ${t}` : typeof desc === "string" ? `: ${desc}` : ""} (Vega-Lite v5)`;
}

/** How `chart()` shows figures: "interactive" (Vega-Lite with an SVG fallback) or "static" (SVG only). */
export type ChartDisplay = "interactive" | "static";

let display: ChartDisplay = "interactive";

/**
 * Choose how notebook charts display from now on: "static" puts only the pre-rendered SVG (as image/svg+xml and
 * as inline HTML) in each output, so a notebook exported to HTML (nbconvert, JupyterLab "Export as HTML") shows
 * its figures offline, with no Vega script from a CDN; "interactive" (default) adds the Vega-Lite spec for
 * JupyterLab's renderer.
 * @param mode "static" or "interactive"
 * @returns the previous mode
 * @throws OptionError for another value
 * @example setChartDisplay("static"); // at the top of a notebook meant for HTML export
 */
export function setChartDisplay(mode: ChartDisplay): ChartDisplay {
  if (mode !== "static" && mode !== "interactive") throw new OptionError(message.chartBadDisplay(String(mode)));
  const before = display;
  display = mode;
  return before;
}

/**
 * Pre-render a spec and wrap it for notebooks: `await chart(spec)` as the last expression of a Deno Jupyter
 * cell shows the figure inline (Vega-Lite v5 MIME bundle with an SVG fallback for static exports and GitHub;
 * SVG only after `setChartDisplay("static")` or with `{ display: "static" }`).
 * @param spec a Vega-Lite spec from any semkit chart builder
 * @param options `display`: this chart's mode (default: the one of `setChartDisplay`)
 * @returns a Chart with `spec`, `svg` and `[Symbol.for("Jupyter.display")]()`
 * @throws Error from vega when the spec cannot be rendered; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const c = await chart(pathDiagram(fit.parameterEstimates()));
 * c; // shows inline in Jupyter (Deno kernel)
 * Source: Deno Jupyter kernel display protocol (`Symbol.for("Jupyter.display")`, Deno 1.37+).
 */
export async function chart(spec: ChartSpec, options: { readonly display?: ChartDisplay } = {}): Promise<Chart> {
  checkChartSpec("chart", spec);
  const svg = await toSvg(spec);
  const text = describeSpec(spec);
  const mode = options.display ?? display;
  return {
    spec,
    svg,
    [JUPYTER_DISPLAY]() {
      if (mode === "static") return { "image/svg+xml": svg, "text/html": `<div class="semkit-chart">${svg}</div>`, "text/plain": text };
      return { [VEGALITE_MIME]: spec, "image/svg+xml": svg, "text/plain": text };
    },
    toString() {
      return text;
    },
  };
}
