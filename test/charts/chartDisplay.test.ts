import { describe, expect, it } from "vitest";
import { chart, setChartDisplay, VEGALITE_MIME } from "../../src/charts/chart.ts";
import { fitIndexChart } from "../../src/charts/fitIndexChart.ts";
import { OptionError } from "../../src/errors.ts";

const bundleOf = (c: unknown): Record<string, unknown> => (c as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]!();

describe("notebook charts for HTML export: SVG only, no Vega script", () => {
  it("static display puts the SVG inline (image/svg+xml and text/html) and leaves the Vega-Lite spec out", async () => {
    const spec = fitIndexChart({ cfi: 0.95, tli: 0.94, rmsea: 0.05, srmr: 0.04 }, { locale: "zh-CN", title: "拟合指标" });
    const before = setChartDisplay("static");
    try {
      const b = bundleOf(await chart(spec));
      expect(Object.keys(b).sort()).toEqual(["image/svg+xml", "text/html", "text/plain"]);
      expect(String(b["text/html"])).toMatch(/^<div class="semkit-chart"><svg[\s\S]*<\/svg><\/div>$/);
      expect(String(b["text/html"])).not.toMatch(/<script|cdn\.|https?:\/\/[^"]*\.js/);
      expect(String(b["image/svg+xml"])).toContain("拟合指标");
    } finally { setChartDisplay(before); }
    expect(bundleOf(await chart(spec))[VEGALITE_MIME]).toBe(spec);
    expect(Object.keys(bundleOf(await chart(spec, { display: "static" })))).not.toContain(VEGALITE_MIME);
    expect(() => setChartDisplay("html" as never)).toThrow(OptionError);
  });
});
