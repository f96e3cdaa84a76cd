import { FIT_CUTOFFS, fitVerdict } from "../../src/advanced.ts";
import type { Lang } from "../../src/thesis.ts";
import { fmt, table } from "./dom.ts";
import { t } from "./i18n.ts";

/**
 * The fit table: χ² (3 decimals), df and p, then each index with its conventional cutoffs and verdict
 * (Hu & Bentler, 1999; Kline, 2016, as `FIT_CUTOFFS`), then AIC and BIC. Robust (scaled) values are added
 * when the estimator has them.
 * @param fm the fit measures (lavaan names)
 * @param lang interface language
 * @returns the table element (data-testid "fit-table")
 * @example fitTable(result.fitMeasures, "en")
 */
export function fitTable(fm: Readonly<Record<string, number>>, lang: Lang): HTMLTableElement {
  const rows: (string | number | null)[][] = [];
  const classes: string[] = [];
  const add = (name: string, key: string, digits = 3): void => { if (fm[key] !== undefined) { rows.push([name, fmt(fm[key], digits), "", ""]); classes.push(""); } };
  add("χ²", "chisq");
  add("df", "df", 0);
  add("p (χ²)", "pvalue");
  add("χ² (scaled)", "chisq.scaled");
  add("p (scaled)", "pvalue.scaled");
  for (const c of FIT_CUTOFFS) {
    const v = fm[c.key];
    if (v === undefined || !Number.isFinite(v)) continue;
    const cut = c.higher ? `≥ ${c.good} (≥ ${c.ok})` : `≤ ${c.good} (≤ ${c.ok})`;
    const verdict = fitVerdict(c, v);
    rows.push([c.name, fmt(v), cut, t(verdict, lang)]);
    classes.push(`v-${verdict}`);
    if (c.key === "rmsea" && fm["rmsea.ci.lower"] !== undefined) { rows.push(["RMSEA 90% CI", `[${fmt(fm["rmsea.ci.lower"])}, ${fmt(fm["rmsea.ci.upper"])}]`, "", ""]); classes.push(""); }
  }
  add("CFI (robust)", "cfi.robust");
  add("RMSEA (robust)", "rmsea.robust");
  add("AIC", "aic", 2);
  add("BIC", "bic", 2);
  const el = table([t("index", lang), t("value", lang), t("cutoff", lang), t("verdict", lang)], rows, { "data-testid": "fit-table" });
  el.querySelectorAll("tbody tr").forEach((tr, i) => {
    tr.setAttribute("data-index", String(rows[i]![0]));
    if (classes[i] !== "") tr.classList.add(classes[i]!);
  });
  return el;
}

