/**
 * Approximate rendered width of a label in DejaVu Sans (the font semkit's charts request), used by layouts to
 * size boxes and avoid label overlaps without a canvas. CJK characters count as one em.
 * @param text label text
 * @param fontSize font size in px
 * @param bold bold text is about 10% wider
 * @returns width in px
 * @example textWidth("SAT", 13) // ≈ 27
 * Source: DejaVu Sans advance widths (units per em 2048), averaged per character class.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80) em += 1.0;
    else if (/[A-Z]/.test(ch)) em += ch === "I" ? 0.3 : ch === "M" || ch === "W" ? 0.86 : 0.7;
    else if (/[a-z]/.test(ch)) em += ch === "i" || ch === "l" || ch === "j" ? 0.28 : ch === "m" || ch === "w" ? 0.92 : ch === "f" || ch === "t" || ch === "r" ? 0.4 : 0.61;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (ch === " " || ch === "." || ch === "," || ch === ":" || ch === "'") em += 0.32;
    else if (ch === "*") em += 0.5;
    else em += 0.6;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}
