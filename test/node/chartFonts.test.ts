import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chartFontFiles, isCjkFont, systemFontDirs, uncoveredGlyphs } from "../../src/node/chartFonts.ts";
import { rasterize } from "../../src/node/rasterize.ts";
import { toSvg } from "../../src/charts/toSvg.ts";
import { fitIndexChart } from "../../src/charts/fitIndexChart.ts";

const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";


describe("chart fonts: found in the system font folders, with a warning when Chinese cannot be drawn", () => {
  it("names CJK fonts of every platform", () => {
    for (const f of ["NotoSansCJK-Regular.ttc", "msyh.ttc", "simsun.ttc", "PingFang.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "SourceHanSansSC-Regular.otf"]) expect(isCjkFont(f), f).toBe(true);
    for (const f of ["DejaVuSans.ttf", "arial.ttf", "LiberationSans-Regular.ttf"]) expect(isCjkFont(f), f).toBe(false);
    expect(systemFontDirs().length).toBeGreaterThan(0);
  });

  it("with the Noto paths hidden, a CJK font is found by searching a font folder (fontconfig-style)", () => {
    const dir = mkdtempSync(join(tmpdir(), "semkit-fonts-"));
    mkdirSync(join(dir, "opentype", "cjk"), { recursive: true });
    symlinkSync(NOTO, join(dir, "opentype", "cjk", "NotoSansCJK-Regular.ttc"));
    const files = chartFontFiles([DEJAVU], [dir]);
    expect(files).toEqual([DEJAVU, join(dir, "opentype", "cjk", "NotoSansCJK-Regular.ttc")]);
    expect(chartFontFiles([DEJAVU, NOTO], [dir])).toEqual([DEJAVU, NOTO]); // no search when the preferred fonts exist
  });

  it("a Chinese chart rendered with the Noto paths hidden: found fonts draw it, no fonts give a warning", async () => {
    const svg = await toSvg(fitIndexChart({ cfi: 0.95, tli: 0.94, rmsea: 0.05, srmr: 0.04 }, { locale: "zh-CN", title: "拟合指标" }));
    expect(uncoveredGlyphs(svg, [DEJAVU])).toContain("拟");
    const dir = mkdtempSync(join(tmpdir(), "semkit-fonts-"));
    symlinkSync(NOTO, join(dir, "NotoSansCJK-Regular.ttc"));
    const warnings: string[] = [];
    const found = rasterize(svg, { scale: 1, fontSearch: { candidates: [DEJAVU], dirs: [dir] }, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(found.warnings).toEqual([]);
    const none = rasterize(svg, { scale: 1, fontSearch: { candidates: [DEJAVU], dirs: [] }, onWarning: (w) => warnings.push(w) });
    expect(none.warnings.length).toBe(1);
    expect(warnings[0]).toContain("拟");
    expect(warnings[0]).toContain("fonts-noto-cjk");
    // the CJK font draws the Chinese title: more dark pixels than the tofu-free Latin-only rendering
    const ink = (px: Uint8Array): number => { let k = 0; for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) k++; return k; };
    expect(ink(found.pixels)).toBeGreaterThan(ink(none.pixels));
  }, 60_000);
});
