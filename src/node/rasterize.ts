import { Resvg } from "@resvg/resvg-js";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { chartFontFiles } from "./chartFonts.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";

/** Options of `rasterize` and `toPng`. */
export interface PngOptions {
  /** Pixel-density factor (default 2: a 600-px-wide chart becomes a 1200-px PNG). */
  readonly scale?: number;
  /** Extra font files to load (e.g. a CJK font in a non-standard place). */
  readonly fontFiles?: readonly string[];
  /** Also scan all system fonts (slower; default: only when none of semkit's chart fonts is found). */
  readonly loadSystemFonts?: boolean;
}

/** The accepted keys of `PngOptions` (toPng, rasterize). */
export const PNG_OPTION_KEYS = optionKeys<PngOptions>({ scale: true, fontFiles: true, loadSystemFonts: true });

/** A rasterised image: RGBA pixels (row-major, 4 bytes each) and the PNG encoding. */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  readonly png: Uint8Array;
}

/**
 * Rasterise an SVG document with resvg, loading DejaVu Sans and Noto Sans CJK (or Droid Sans Fallback) so text
 * is drawn — resvg without fonts silently drops all text.
 * @param svg SVG document text
 * @param options scale (default 2), fontFiles, loadSystemFonts
 * @returns width, height, RGBA pixels and PNG bytes
 * @throws OptionError when scale is not a positive number, svg is not a string, or the text is not an SVG document
 * @example rasterize(await toSvg(spec), { scale: 1 }).width
 * Source: resvg SVG renderer (Reizner) via @resvg/resvg-js.
 */
export function rasterize(svg: string, options: PngOptions = {}): RasterImage {
  checkArg("rasterize", "svg", svg, "string");
  checkOptionsObject("rasterize", options);
  options = checkOptionKeys("rasterize", options, PNG_OPTION_KEYS);
  const scale = options.scale ?? 2;
  if (!(Number.isFinite(scale) && scale > 0)) throw new OptionError(message.chartBadScale(scale));
  const fontFiles = [...chartFontFiles(), ...(options.fontFiles ?? [])];
  let resvg: Resvg;
  try {
    resvg = new Resvg(svg, {
      fitTo: { mode: "zoom", value: scale },
      background: "white",
      font: {
        loadSystemFonts: options.loadSystemFonts ?? fontFiles.length === 0,
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
  return { width: img.width, height: img.height, pixels: new Uint8Array(img.pixels), png: new Uint8Array(img.asPng()) };
}
