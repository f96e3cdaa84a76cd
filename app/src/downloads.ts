import { chartSvgs } from "./charts.ts";
import type { DocPayload } from "./protocol.ts";
import { FIGURE_SCRIPT_MARKER } from "./runThesis.ts";

/**
 * The report page with its figures: the report's marker script is replaced by the SVG of each figure as drawn
 * in the app and a small `vegaEmbed` stand-in that puts them in place, so the file shows every figure offline
 * without the vega libraries.
 * @param doc the report payload
 * @returns the HTML text
 * @example download("report.html", await reportHtml(doc), "text/html");
 */
export async function reportHtml(doc: DocPayload): Promise<string> {
  const ids = doc.blocks.flatMap((b) => (b.kind === "figure" ? [b.id] : []));
  const svgs = await chartSvgs(ids.map((id) => `fig-${id}`));
  const byId: Record<string, string> = {};
  for (const id of ids) if (svgs[`fig-${id}`] !== undefined) byId[`spec-${id}`] = svgs[`fig-${id}`]!;
  const script = `var SEMKIT_FIGURES = ${JSON.stringify(byId).replace(/</g, "\\u003c")};
function vegaEmbed(el) { el.innerHTML = SEMKIT_FIGURES[el.getAttribute("data-spec")] || ""; return Promise.resolve(); }`;
  return doc.html.replace(FIGURE_SCRIPT_MARKER, () => script);
}

/** Base64 of a text's UTF-8 bytes. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * The Markdown report with every figure embedded as an SVG data URI in place of its `figures/<id>.svg` link,
 * so the one file holds the whole report.
 * @param doc the report payload
 * @returns the Markdown text
 * @example download("report.md", await reportMarkdown(doc), "text/markdown");
 */
export async function reportMarkdown(doc: DocPayload): Promise<string> {
  const ids = doc.blocks.flatMap((b) => (b.kind === "figure" ? [b.id] : []));
  const svgs = await chartSvgs(ids.map((id) => `fig-${id}`));
  let md = doc.markdown;
  for (const id of ids) {
    const svg = svgs[`fig-${id}`];
    if (svg !== undefined) md = md.split(`(figures/${id}.svg)`).join(`(data:image/svg+xml;base64,${base64(svg)})`);
  }
  return md;
}
