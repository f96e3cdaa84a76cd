import { describe, expect, it } from "vitest";
import { toPng } from "../../src/node/toPng.ts";
import { rasterize } from "../../src/node/rasterize.ts";
import { chartFontFiles } from "../../src/node/chartFonts.ts";
import { toSvg } from "../../src/charts/toSvg.ts";
import { chart, VEGALITE_MIME } from "../../src/charts/chart.ts";
import { pathDiagram } from "../../src/charts/pathDiagram.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { ChartSpec } from "../../src/charts/types.ts";
import { loyaltyFull } from "./fixtures.ts";

const textOnly = (text: string): ChartSpec => ({
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  width: 200, height: 60, background: "white", config: { view: { stroke: null } },
  data: { values: [{ x: 0, t: text }] },
  mark: { type: "text", fontSize: 28, font: "DejaVu Sans, Noto Sans CJK SC, Droid Sans Fallback" },
  encoding: { text: { field: "t" } },
} as unknown as ChartSpec);

function darkPixels(img: { pixels: Uint8Array }): number {
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += 4) if (img.pixels[i]! < 128 && img.pixels[i + 1]! < 128 && img.pixels[i + 2]! < 128) n++;
  return n;
}

describe("PNG export", () => {
  it("finds the chart fonts (fonts-dejavu-core; fonts-noto-cjk or Droid for Chinese)", () => {
    const files = chartFontFiles();
    expect(files.some((f) => f.includes("DejaVuSans"))).toBe(true);
    expect(files.some((f) => /NotoSansCJK|DroidSansFallback/.test(f))).toBe(true);
  });

  it("draws Latin and Chinese text (text pixels are present)", async () => {
    for (const text of ["Loyalty 0.52***", "满意度 忠诚度"]) {
      const img = rasterize(await toSvg(textOnly(text)), { scale: 1 });
      // An empty white canvas has 0 dark pixels; 28-px glyphs give hundreds.
      expect(darkPixels(img)).toBeGreaterThan(300);
    }
  });

  it("writes a PNG of the SVG's size times the scale", async () => {
    const spec = pathDiagram(loyaltyFull.parameters);
    const svg = await toSvg(spec);
    const w = Number(/width="([\d.]+)"/.exec(svg)![1]), h = Number(/height="([\d.]+)"/.exec(svg)![1]);
    const png = await toPng(spec, { scale: 2 });
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    // IHDR width/height: the SVG size × 2, to the pixel (resvg rounds)
    expect(Math.abs(view.getUint32(16) - w * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(view.getUint32(20) - h * 2)).toBeLessThanOrEqual(1);
    expect(w).toBeGreaterThan(800);
    expect(darkPixels(rasterize(svg, { scale: 1 }))).toBeGreaterThan(5000);
  });

  it("rejects a bad scale", async () => {
    await expect(toPng(textOnly("x"), { scale: 0 })).rejects.toThrow(new OptionError(message.chartBadScale(0)));
  });

  it("wraps a spec for Jupyter with a pre-rendered SVG", async () => {
    const spec = pathDiagram(loyaltyFull.parameters, { title: "Loyalty model" });
    const c = await chart(spec);
    const bundle = (c as unknown as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]!();
    expect(bundle[VEGALITE_MIME]).toBe(spec);
    expect(String(bundle["image/svg+xml"]).startsWith("<svg")).toBe(true);
    expect(bundle["text/plain"]).toBe("semkit chart: Loyalty model (Vega-Lite v5)");
  });
});
