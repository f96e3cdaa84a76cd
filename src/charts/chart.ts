import { checkChartSpec } from "./checkChartSpec.ts";
import type { ChartSpec } from "./types.ts";
import { toSvg } from "./toSvg.ts";

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

/**
 * Pre-render a spec and wrap it for notebooks: `await chart(spec)` as the last expression of a Deno Jupyter
 * cell shows the figure inline (Vega-Lite v5 MIME bundle with an SVG fallback for static exports and GitHub).
 * @param spec a Vega-Lite spec from any semkit chart builder
 * @returns a Chart with `spec`, `svg` and `[Symbol.for("Jupyter.display")]()`
 * @throws Error from vega when the spec cannot be rendered; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const c = await chart(pathDiagram(fit.parameterEstimates()));
 * c; // shows inline in Jupyter (Deno kernel)
 * Source: Deno Jupyter kernel display protocol (`Symbol.for("Jupyter.display")`, Deno 1.37+).
 */
export async function chart(spec: ChartSpec): Promise<Chart> {
  checkChartSpec("chart", spec);
  const svg = await toSvg(spec);
  const text = describeSpec(spec);
  return {
    spec,
    svg,
    [JUPYTER_DISPLAY]() {
      return { [VEGALITE_MIME]: spec, "image/svg+xml": svg, "text/plain": text };
    },
    toString() {
      return text;
    },
  };
}
