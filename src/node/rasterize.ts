import { Resvg } from "@resvg/resvg-js";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { chartFontFiles, uncoveredGlyphs } from "./chartFonts.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of `rasterize` and `toPng`. */
export interface PngOptions {
  /** Pixel-density factor (default 2: a 600-px-wide chart becomes a 1200-px PNG). */
  readonly scale?: number;
  /**
   * Resolution in dots per inch, for a figure printed at the chart's CSS size (96 px per inch): scale = dpi / 96,
   * and the PNG records the resolution (pHYs chunk) so Word places it at that size. E.g. 300 for print.
   */
  readonly dpi?: number;
  /** Width of the PNG in pixels (the height follows the aspect ratio); instead of `scale` or `dpi`. */
  readonly width?: number;
  /** Extra font files to load (e.g. a CJK font in a non-standard place). */
  readonly fontFiles?: readonly string[];
  /** Also scan all system fonts (slower; default: only when none of semkit's chart fonts is found). */
  readonly loadSystemFonts?: boolean;
  /** Where chart fonts are looked for (default `CHART_FONT_CANDIDATES` and `systemFontDirs()`). */
  readonly fontSearch?: { readonly candidates?: readonly string[]; readonly dirs?: readonly string[] };
  /** Receives warnings, e.g. Chinese labels and no CJK font (default: written to standard error). */
  readonly onWarning?: (warning: string) => void;
}

/** The accepted keys of `PngOptions` (toPng, rasterize). */
export const PNG_OPTION_KEYS = optionKeys<PngOptions>({ scale: true, fontFiles: true, loadSystemFonts: true, dpi: true, width: true, fontSearch: true, onWarning: true });

/** A rasterised image: RGBA pixels (row-major, 4 bytes each) and the PNG encoding. */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  readonly png: Uint8Array;
  /** Font problems found while drawing (also passed to `onWarning`). */
  readonly warnings: readonly string[];
}

/** CRC-32 of PNG chunks (ISO 3309 polynomial, as PNG §5.5). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with a pHYs chunk (pixels per metre = dpi / 0.0254) after IHDR, so viewers and Word know its size. */
function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  const ppm = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const v = new DataView(chunk.buffer);
  v.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  v.setUint32(8, ppm);
  v.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  v.setUint32(17, crc32(chunk.subarray(4, 17)));
  const at = 8 + 25; // signature, then the IHDR chunk (4 + 4 + 13 + 4 bytes)
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, at), 0);
  out.set(chunk, at);
  out.set(png.subarray(at), at + chunk.length);
  return out;
}

/**
 * Rasterise an SVG document with resvg, loading DejaVu Sans and Noto Sans CJK (or Droid Sans Fallback) so text
 * is drawn — resvg without fonts silently drops all text.
 * @param svg SVG document text
 * @param options scale (default 2), dpi or pixel width instead of scale, fontFiles, loadSystemFonts
 * @returns width, height, RGBA pixels and PNG bytes
 * @throws OptionError when scale, dpi or width is not a positive number, more than one of them is given, svg is not a
 *   string, or the text is not an SVG document
 * @example rasterize(await toSvg(spec), { scale: 1 }).width
 * Source: resvg SVG renderer (Reizner) via @resvg/resvg-js.
 */
export function rasterize(svg: string, options: PngOptions = {}): RasterImage {
  checkArg("rasterize", "svg", svg, "string");
  checkOptionsObject("rasterize", options);
  options = checkOptionKeys("rasterize", options, PNG_OPTION_KEYS);
  const given = (["scale", "dpi", "width"] as const).filter((k) => options[k] !== undefined);
  if (given.length > 1) throw new OptionError(message.pngSizeConflict(given));
  for (const k of given) {
    if (!(Number.isFinite(options[k]) && options[k]! > 0)) throw new OptionError(k === "scale" ? message.chartBadScale(options[k]!) : message.pngBadSize(k, options[k]!));
  }
  const scale = options.scale ?? (options.dpi !== undefined ? options.dpi / 96 : 2);
  const fontFiles = [...chartFontFiles(options.fontSearch?.candidates, options.fontSearch?.dirs), ...(options.fontFiles ?? [])];
  const loadSystemFonts = options.loadSystemFonts ?? fontFiles.length === 0;
  const missing = loadSystemFonts ? [] : uncoveredGlyphs(svg, fontFiles);
  const warnings = missing.length > 0 ? [message.pngMissingGlyphs(missing.slice(0, 12).join(""), missing.length)] : [];
  const warn = options.onWarning ?? ((w: string) => { process.stderr.write(`semkit: warning: ${w}\n`); });
  for (const w of warnings) warn(w);
  let resvg: Resvg;
  try {
    resvg = new Resvg(svg, {
      fitTo: options.width !== undefined ? { mode: "width", value: Math.round(options.width) } : { mode: "zoom", value: scale },
      background: "white",
      font: {
        loadSystemFonts,
        fontFiles,
        defaultFontFamily: "DejaVu Sans",
        sansSerifFamily: "DejaVu Sans",
      },
    });
  } catch (e) {
    // resvg's own Error (e.g. "SVG data parsing failed …"): the input is not an SVG document
    throw new OptionError(message.chartBadSvg((e as Error).message));
  }
  const img = resvg.render();
  const png = new Uint8Array(img.asPng());
  return { width: img.width, height: img.height, pixels: new Uint8Array(img.pixels), png: options.dpi !== undefined ? withPngDpi(png, options.dpi) : png, warnings };
}
