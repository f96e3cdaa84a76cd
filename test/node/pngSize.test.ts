import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rasterize } from "../../src/node/rasterize.ts";
import { toSvg } from "../../src/charts/toSvg.ts";
import { fitIndexChart } from "../../src/charts/fitIndexChart.ts";
import { chartCommand } from "../../src/cli/chart.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { OptionError } from "../../src/errors.ts";

const spec = fitIndexChart({ cfi: 0.95, tli: 0.94, rmsea: 0.05, srmr: 0.04 });
/** Width, height and the pHYs pixels-per-metre of a PNG. */
function pngInfo(png: Uint8Array): { width: number; height: number; ppm: number | null } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let ppm: number | null = null;
  for (let at = 8; at < png.length;) {
    const len = v.getUint32(at), type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === "pHYs") ppm = v.getUint32(at + 8);
    at += 12 + len;
  }
  return { width: v.getUint32(16), height: v.getUint32(20), ppm };
}

describe("PNG figures at a chosen DPI or pixel width", () => {
  it("dpi 300 scales the CSS size by 300/96 and records 300 dpi; width gives the pixel width", async () => {
    const svg = await toSvg(spec);
    const one = rasterize(svg, { scale: 1 });
    const dpi = rasterize(svg, { dpi: 300 });
    expect(dpi.width).toBe(Math.round((one.width * 300) / 96));
    expect(pngInfo(dpi.png)).toEqual({ width: dpi.width, height: dpi.height, ppm: Math.round(300 / 0.0254) });
    const w = rasterize(svg, { width: 1600 });
    expect(w.width).toBe(1600);
    expect(Math.abs(w.height - (one.height * 1600) / one.width)).toBeLessThanOrEqual(1);
    expect(pngInfo(w.png).ppm).toBeNull();
    expect(() => rasterize(svg, { dpi: 300, width: 800 })).toThrow(OptionError);
    expect(() => rasterize(svg, { dpi: -1 })).toThrow(OptionError);
  });

  it("semkit chart --dpi / --png-width", async () => {
    const dir = mkdtempSync(join(tmpdir(), "semkit-dpi-"));
    const model = join(dir, "m.lav");
    (await import("node:fs")).writeFileSync(model, "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\n");
    for (const [flag, value] of [["--dpi", "150"], ["--png-width", "900"]] as const) {
      const out = join(dir, `fit${flag}.png`);
      expect(await chartCommand.run(parseArgs(["fit", "data/HolzingerSwineford1939.csv", "--model", model, "--out", out, flag, value]), () => {})).toBe(0);
      const info = pngInfo(new Uint8Array(readFileSync(out)));
      if (flag === "--png-width") expect(info.width).toBe(900);
      else expect(info.ppm).toBe(Math.round(150 / 0.0254));
    }
  }, 60_000);
});
