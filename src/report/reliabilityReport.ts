import type { ScaleReliability } from "../reliability/types.ts";
export type { ScaleReliability } from "../reliability/types.ts";
import type { ReportSection } from "./renderReport.ts";
import { textTable } from "./textTable.ts";
import { checkArg, checkShape, type Shape } from "../options/checkArg.ts";

/** What reliabilitySection reads of each scale (for JavaScript callers; see checkShape). */
const SCALES: Shape = [{
  name: "string",
  alpha: { items: "names", nObs: "number", total: "object", alphaDrop: "array", itemStats: [{ item: "string" }], feldt: "object", reversed: "names", warnings: "names" },
  omega: { items: "names", omega: "number", loadings: "array", warnings: "names" },
}];

const f3 = (x: number | null): string => (x === null || !Number.isFinite(x) ? "NA" : x.toFixed(3));
const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : "NA");

/**
 * The reliability section of a report: a summary table of all scales (α, standardized α, ω,
 * Feldt 95% CI, G6(smc), average r), then per scale the item-total statistics and α if each
 * item is dropped, as in psych's `alpha` print-out (Revelle 2022), plus any warnings.
 *
 * @param scales results per scale, in print order
 * @param title section title (default "Scale reliability")
 * @returns the section (title and lines)
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * reliabilitySection([{ name: "SQ", alpha: alpha(ds, { items: "sq*" }), omega: omega(ds, { items: "sq*" }) }]);
 */
export function reliabilitySection(scales: readonly ScaleReliability[], title = "Scale reliability"): ReportSection {
  checkShape("reliabilitySection", "scales", scales, SCALES);
  checkArg("reliabilitySection", "title", title, "string");
  const lines: string[] = [];
  lines.push(...textTable(
    ["scale", "items", "alpha", "std.alpha", "omega", "Feldt 95% CI", "G6(smc)", "average_r"],
    scales.map((s) => [
      s.name, String(s.alpha.items.length), f3(s.alpha.total.rawAlpha), f3(s.alpha.total.stdAlpha), f3(s.omega.omega),
      `[${f3(s.alpha.feldt.lower)}, ${f3(s.alpha.feldt.upper)}]`, f3(s.alpha.total.g6Smc), f3(s.alpha.total.averageR),
    ]),
  ));
  const reversed = [...new Set(scales.flatMap((s) => s.alpha.reversed))];
  if (reversed.length > 0) lines.push("", `Reverse-coded before analysis (min + max − x): ${reversed.join(", ")}`);
  lines.push("alpha: Cronbach (1951), pairwise deletion as psych::alpha; omega: McDonald (1999), one-factor minres.");
  for (const s of scales) {
    const a = s.alpha;
    lines.push("", `${s.name}: ${a.items.join(", ")} (N = ${a.nObs})`);
    lines.push(
      `  alpha = ${f3(a.total.rawAlpha)} [${f3(a.feldt.lower)}, ${f3(a.feldt.upper)}], std.alpha = ${f3(a.total.stdAlpha)}, ` +
      `omega = ${f3(s.omega.omega)}, mean = ${f2(a.total.mean)}, sd = ${f2(a.total.sd)}`,
    );
    if (a.boot !== undefined) lines.push(`  bootstrap 95% CI (${a.boot.nBoot} resamples): [${f3(a.boot.lower)}, ${f3(a.boot.upper)}]`);
    lines.push(...textTable(
      ["item", "n", "mean", "sd", "raw.r", "std.r", "r.cor", "r.drop", "alpha if dropped", "loading"],
      a.itemStats.map((it, j) => [
        it.item, String(it.n), f2(it.mean), f2(it.sd), f3(it.rawR), f3(it.stdR), f3(it.rCor), f3(it.rDrop),
        f3(a.alphaDrop[j]?.rawAlpha ?? null), f3(s.omega.loadings[s.omega.items.indexOf(it.item)] ?? null),
      ]),
      2,
    ));
    for (const w of [...a.warnings, ...s.omega.warnings]) lines.push(`  warning: ${w}`);
  }
  return { title, lines };
}

/**
 * Plain-text reliability report: the reliability section rendered on its own.
 *
 * @param scales results per scale
 * @returns the section's lines joined by newlines
 * @throws never
 * @example
 * console.log(reliabilityReport(scales));
 */
export function reliabilityReport(scales: readonly ScaleReliability[]): string {
  const s = reliabilitySection(scales);
  return [s.title, "-".repeat(s.title.length), ...s.lines].join("\n");
}
