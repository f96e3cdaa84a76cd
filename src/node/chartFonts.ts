import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import { checkArg } from "../options/checkArg.ts";

/**
 * Font files semkit's PNG export prefers, when present: DejaVu Sans (Debian `fonts-dejavu-core`) for Latin text and
 * Noto Sans CJK (`fonts-noto-cjk`) or Droid Sans Fallback for Chinese labels. Without fonts resvg draws no text.
 */
export const CHART_FONT_CANDIDATES: readonly string[] = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
  "/usr/local/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/Library/Fonts/Arial Unicode.ttf",
  "/System/Library/Fonts/Supplemental/Arial.ttf",
  "C:\\Windows\\Fonts\\arial.ttf",
  "C:\\Windows\\Fonts\\msyh.ttc",
];

/**
 * Folders searched for fonts on this machine: fontconfig's usual directories on Linux (`/usr/share/fonts`,
 * `/usr/local/share/fonts`, `~/.local/share/fonts`, `~/.fonts`), the macOS font folders and the Windows font
 * folders (system and per-user).
 * @returns the folders, whether they exist or not
 * @throws never
 * @example systemFontDirs(); // ["/usr/share/fonts", …] on Linux
 */
export function systemFontDirs(): string[] {
  const home = homedir();
  if (process.platform === "win32") {
    const win = process.env["WINDIR"] ?? "C:\\Windows";
    return [join(win, "Fonts"), ...(process.env["LOCALAPPDATA"] !== undefined ? [join(process.env["LOCALAPPDATA"], "Microsoft", "Windows", "Fonts")] : [])];
  }
  if (process.platform === "darwin") return ["/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts", join(home, "Library", "Fonts")];
  return ["/usr/share/fonts", "/usr/local/share/fonts", join(home, ".local", "share", "fonts"), join(home, ".fonts")];
}

/** File names of fonts with Chinese glyphs (Noto/Source Han, WenQuanYi, Droid fallback, Windows and macOS fonts). */
const CJK_FONT = /NotoSans(CJK|SC|TC|JP|KR)|NotoSerifCJK|SourceHan|wqy-?(zenhei|microhei)|DroidSansFallback|^msyh|^msjh|^simsun|^simhei|^simkai|^Deng|PingFang|Hiragino Sans GB|STHeiti|Songti|Arial Unicode/i;
/** File names of Latin sans fonts used for the labels' Latin and Greek text (χ², Δ, β). */
const LATIN_FONT = /^(DejaVuSans\.ttf|DejaVuSans-Bold\.ttf|LiberationSans-Regular\.ttf|LiberationSans-Bold\.ttf|arial\.ttf|Arial\.ttf|Helvetica\.ttc|segoeui\.ttf)$/i;

/**
 * Whether a font file's name marks it as covering Chinese (CJK) characters.
 * @param file the font path
 * @returns true for Noto CJK, Source Han, WenQuanYi, Droid Sans Fallback, Microsoft YaHei/SimSun/SimHei, PingFang, …
 * @throws never
 * @example isCjkFont("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"); // true
 */
export function isCjkFont(file: string): boolean {
  checkArg("isCjkFont", "file", file, "string");
  return CJK_FONT.test(basename(file));
}

/** Font files under `dir` (depth ≤ 5, at most `cap` files looked at) whose names pass `want`. */
function scan(dir: string, want: (name: string) => boolean, out: string[], cap: { left: number }, depth = 0): void {
  if (depth > 5 || cap.left <= 0) return;
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (--cap.left <= 0) return;
    const p = join(dir, e.name);
    if (e.isDirectory()) scan(p, want, out, cap, depth + 1);
    else if (/\.(ttf|ttc|otf|otc)$/i.test(e.name) && want(e.name)) out.push(p);
  }
}

/**
 * The chart font files on this machine: the preferred `candidates` that exist, then — when they give no Latin or no
 * Chinese font — Latin sans and CJK fonts found in the system font folders (`dirs`), so Chinese labels draw on
 * Linux (fontconfig folders), macOS (PingFang, Hiragino Sans GB, Songti) and Windows (msyh, simsun, simhei).
 * @param candidates preferred paths (default `CHART_FONT_CANDIDATES`)
 * @param dirs folders to search (default `systemFontDirs()`); at most 20,000 entries are looked at
 * @returns existing font files, in preference order, without repeats
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example chartFontFiles() // ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", …]
 */
export function chartFontFiles(candidates: readonly string[] = CHART_FONT_CANDIDATES, dirs: readonly string[] = systemFontDirs()): string[] {
  checkArg("chartFontFiles", "candidates", candidates, "names");
  checkArg("chartFontFiles", "dirs", dirs, "names");
  const found = candidates.filter((f) => existsSync(f));
  const hasCjk = found.some(isCjkFont), hasLatin = found.some((f) => !isCjkFont(f));
  if (!hasCjk || !hasLatin) {
    const extra: string[] = [];
    const cap = { left: 20_000 };
    for (const d of dirs) scan(d, (name) => (!hasCjk && CJK_FONT.test(name)) || (!hasLatin && LATIN_FONT.test(name)), extra, cap);
    // one CJK family is enough: regular faces first
    extra.sort((a, b) => Number(/bold/i.test(basename(a))) - Number(/bold/i.test(basename(b))));
    found.push(...extra.slice(0, 8));
  }
  return [...new Set(found)];
}

/** Characters that need a CJK font: Han, kana, Hangul, CJK punctuation and full-width forms. */
const NEEDS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The characters of an SVG's text that no loaded font is expected to draw (a CJK character without a CJK font), as
 * resvg would draw them as empty boxes. Judged from the fonts' names, not their glyph tables.
 * @param svg the SVG document
 * @param fontFiles the loaded font files
 * @returns the distinct uncovered characters (empty when all are covered)
 * @throws never
 * @example uncoveredGlyphs("<svg><text>满意度</text></svg>", ["/x/DejaVuSans.ttf"]); // ["满", "意", "度"]
 */
export function uncoveredGlyphs(svg: string, fontFiles: readonly string[]): string[] {
  checkArg("uncoveredGlyphs", "svg", svg, "string");
  checkArg("uncoveredGlyphs", "fontFiles", fontFiles, "names");
  if (fontFiles.some(isCjkFont)) return [];
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]!).join("");
  return [...new Set([...text].filter((ch) => NEEDS_CJK.test(ch)))];
}
