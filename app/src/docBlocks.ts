import { chartFigure } from "./charts.ts";
import { h } from "./dom.ts";
import type { DocBlock } from "./protocol.ts";

/**
 * Draw the report document's blocks (headings, paragraphs, APA tables, figures) into the page.
 * @param blocks the document blocks from the worker
 * @returns the elements
 * @example root.append(...docBlocks(result.doc.blocks));
 */
export function docBlocks(blocks: readonly DocBlock[]): HTMLElement[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case "heading": return h(b.level === 1 ? "h3" : "h4", {}, b.text);
      case "paragraph": return h("p", {}, b.text);
      case "list": return h("ul", {}, ...b.items.map((i) => h("li", {}, i)));
      case "code": return h("pre", {}, b.text);
      case "table": { const d = h("div", { class: "apa scroll", "data-table": b.id }); d.innerHTML = b.html; return d; }
      case "figure": return chartFigure(`fig-${b.id}`, b.spec, `${b.number}. ${b.caption}`);
    }
  });
}

