import embed from "vega-embed";
import type { ChartSpec } from "../../src/index.ts";
import { download, h } from "./dom.ts";

/** A drawn chart: its id (file name) and vega view for SVG/PNG export. */
interface Drawn { readonly id: string; readonly view: { toSVG(): Promise<string>; toImageURL(type: string, scale?: number): Promise<string> } }

const drawn = new Map<string, Drawn>();
/** Charts still being drawn, so that exports wait for them. */
const pending = new Map<string, Promise<unknown>>();

/**
 * Draw a Vega-Lite spec as SVG with vega-embed into a figure with SVG and PNG download buttons; the chart is
 * remembered under `id` for {@link chartSvgs}.
 * @param id file-safe chart id (download names: <id>.svg / <id>.png)
 * @param spec the Vega-Lite spec from a semkit chart builder
 * @param caption figure caption
 * @param attrs extra attributes of the chart container (e.g. a data-testid)
 * @returns the figure element (drawing completes asynchronously)
 * @example root.append(chartFigure("path", spec, "Path diagram", { "data-testid": "path-diagram" }));
 */
export function chartFigure(id: string, spec: ChartSpec, caption: string, attrs: Record<string, string> = {}): HTMLElement {
  const box = h("div", { class: "chart", "data-chart": id, ...attrs });
  const svgBtn = h("button", { class: "small", type: "button", disabled: true, "data-testid": `svg-${id}`, on: { click: () => void save(id, "svg") } }, "SVG");
  const pngBtn = h("button", { class: "small", type: "button", disabled: true, "data-testid": `png-${id}`, on: { click: () => void save(id, "png") } }, "PNG");
  const p = embed(box, spec as never, { renderer: "svg", actions: false, logLevel: 1 })
    .then((r) => { drawn.set(id, { id, view: r.view as unknown as Drawn["view"] }); svgBtn.disabled = false; pngBtn.disabled = false; })
    .catch((e: Error) => { box.textContent = `chart error: ${e.message}`; })
    .finally(() => { if (pending.get(id) === p) pending.delete(id); });
  pending.set(id, p);
  return h("figure", {}, box, h("figcaption", {}, caption, " ", svgBtn, pngBtn));
}

async function save(id: string, kind: "svg" | "png"): Promise<void> {
  const d = drawn.get(id);
  if (d === undefined) return;
  if (kind === "svg") download(`${id}.svg`, await d.view.toSVG(), "image/svg+xml");
  else download(`${id}.png`, dataUrlBlob(await d.view.toImageURL("png", 2)));
}

/** A Blob of a base64 data: URL (no fetch, so not even a data: request is made). */
function dataUrlBlob(url: string): Blob {
  const [head, body] = url.split(",", 2) as [string, string];
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: /^data:([^;,]+)/.exec(head)?.[1] ?? "application/octet-stream" });
}

/**
 * The SVG of every listed chart, waiting for those still being drawn (a chart that failed to draw is left out).
 * @param ids chart ids
 * @returns id → SVG text
 * @example const svgs = await chartSvgs(["likert", "path"]);
 */
export async function chartSvgs(ids: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await Promise.all(ids.map((id) => pending.get(id)));
  for (const id of ids) { const d = drawn.get(id); if (d !== undefined) out[id] = await d.view.toSVG(); }
  return out;
}

/** Forget all drawn charts (before the page is drawn again). */
export function clearCharts(): void {
  drawn.clear();
  pending.clear();
}
