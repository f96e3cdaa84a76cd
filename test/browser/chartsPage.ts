import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import {
  alpha, alphaDropChart, cfa, describe as describeItems, efa, fitIndexChart, likertChart, loadingsHeatmap, parallelAnalysis,
  parseCsv, pathDiagram, screePlot,
} from "../../src/index.ts";
import type { ChartSpec } from "../../src/index.ts";

const data = (name: string): string => readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");

/** The charts of the stand-in page: one of each kind the report shows, built from the shipped data. */
export function pageCharts(): { title: string; spec: ChartSpec }[] {
  const hs = parseCsv(data("HolzingerSwineford1939.csv"));
  const fit = cfa("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9", hs);
  const loyalty = parseCsv(data("loyalty_survey.csv"));
  const pa = parallelAnalysis(hs, { items: "x*", seed: 1, iterations: 20 });
  const fa = efa(hs, { items: "x*", nfactors: 3, fm: "minres", rotate: "oblimin" });
  const sat = alpha(loyalty, { items: "sat*" });
  return [
    { title: "Path diagram", spec: pathDiagram(fit.parameterEstimates()) },
    { title: "Fit indices", spec: fitIndexChart(fit.fitMeasures()) },
    { title: "Scree plot", spec: screePlot({ eigenvalues: pa.faValues!, simulated: pa.faRandom!, suggested: pa.nfactors! }) },
    { title: "EFA loadings", spec: loadingsHeatmap({ items: fa.items, factors: ["F1", "F2", "F3"], loadings: fa.loadings }) },
    { title: "Likert distributions", spec: likertChart([{ construct: "SAT", items: describeItems(loyalty, "sat*", { scale: { min: 1, max: 5 } }).items }]) },
    {
      title: "Alpha if an item is dropped",
      spec: alphaDropChart([{ scale: "SAT", alpha: sat.total.rawAlpha, items: sat.alphaDrop.map((d) => ({ item: d.item, alphaIfDropped: d.rawAlpha })) }]),
    },
  ];
}

/**
 * Write a self-contained HTML page (no network: vega, vega-lite and vega-embed bundled inline) that renders the
 * given charts with vega-embed as SVG, the way the report page does. Used until out/report.html exists.
 * @param dir folder to write index.html into
 * @param charts titles and Vega-Lite specs
 * @returns the path of the page
 */
export async function writeChartsPage(dir: string, charts: readonly { title: string; spec: ChartSpec }[]): Promise<string> {
  const result = await build({
    stdin: { contents: `import embed from "vega-embed"; globalThis.vegaEmbed = embed;`, resolveDir: new URL("../..", import.meta.url).pathname },
    bundle: true, format: "iife", platform: "browser", target: "es2022", minify: true, write: false, logLevel: "silent",
  });
  const js = result.outputFiles[0]!.text.replace(/<\/script/gi, "<\\/script");
  const figures = charts.map((c, i) => `<figure><div data-chart id="chart-${i}"></div><figcaption>${c.title}</figcaption>
<script type="application/json" id="spec-${i}">${JSON.stringify(c.spec).replace(/</g, "\\u003c")}</script></figure>`).join("\n");
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>semkit charts</title>
<body><h1>semkit charts</h1>
${figures}
<script>${js}</script>
<script>
for (const el of document.querySelectorAll("[data-chart]")) {
  const spec = JSON.parse(document.getElementById(el.id.replace("chart", "spec")).textContent);
  vegaEmbed(el, spec, { renderer: "svg", actions: false }).catch((e) => console.error(el.id + ": " + e.message));
}
</script></body></html>`;
  const path = join(dir, "index.html");
  writeFileSync(path, html);
  return path;
}
