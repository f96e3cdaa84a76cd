import { existsSync } from "node:fs";
import { checkArg } from "../options/checkArg.ts";

/**
 * Font files semkit's PNG export loads, when present: DejaVu Sans (Debian `fonts-dejavu-core`) for Latin text and
 * Noto Sans CJK (`fonts-noto-cjk`) or Droid Sans Fallback for Chinese labels. Without fonts resvg draws no text.
 */
export const CHART_FONT_CANDIDATES: readonly string[] = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".replace("/usr/share", "/usr/local/share"),
  "/Library/Fonts/Arial Unicode.ttf",
  "/System/Library/Fonts/Supplemental/Arial.ttf",
  "C:\\Windows\\Fonts\\arial.ttf",
  "C:\\Windows\\Fonts\\msyh.ttc",
];

/**
 * The chart font files that exist on this machine.
 * @param candidates paths to try (default `CHART_FONT_CANDIDATES`)
 * @returns existing font files, in preference order
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example chartFontFiles() // ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", …]
 */
export function chartFontFiles(candidates: readonly string[] = CHART_FONT_CANDIDATES): string[] {
  checkArg("chartFontFiles", "candidates", candidates, "names");
  return candidates.filter((f) => existsSync(f));
}
