#!/usr/bin/env node
/**
 * Writes every chart of the loyalty analysis to docs/figures/ as Vega-Lite JSON, SVG and PNG.
 * Each chart is drawn by the real CLI (`semkit chart <kind> … --out <name>.vl.json`), then rendered through the
 * public API (toSvg from semkit, toPng from semkit/node). Needs a build first: `npm run build`.
 * Usage: node scripts/figures.mjs [--out docs/figures] [--boot 1000]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const outDir = resolve(root, opt("out", "docs/figures"));
const boot = opt("boot", "1000");
const { toSvg } = await import(join(root, "dist/index.js"));
const { toPng } = await import(join(root, "dist/node/index.js"));
mkdirSync(outDir, { recursive: true });

const data = join(root, "data/loyalty_survey.csv");
const full = join(outDir, "loyalty_full.lav");
const core = join(outDir, "loyalty_core.lav");
// the loyalty models of bench/models; the charts' core model leaves out the total effect (`total := c + a*b`)
const models = join(root, "bench/models");
writeFileSync(full, readFileSync(join(models, "loyalty_full.lav"), "utf8"));
writeFileSync(core, readFileSync(join(models, "loyalty_core.lav"), "utf8").replace(/^total := .*\n/m, ""));
const keyed = ["--reverse", "tru4,swc3", "--scale", "1:5"];
const items = "sq*,pv*,sat*,tru*,swc*,alt*,loy*";
const figures = [
  ["path", "path", ["--model", full, "--title", "Loyalty model: standardized solution (ML, N = 321)"]],
  ["path-structural", "path", ["--model", full, "--hide-indicators", "--title", "Loyalty model: structural part"]],
  ["coefficients", "coefficients", ["--model", full, "--title", "Structural paths with 95% CIs"]],
  ["fit", "fit", ["--model", full, "--title", "Model fit against conventional cutoffs"]],
  ["loadings-efa", "loadings", ["--items", items, "--nfactors", "7", "--title", "EFA pattern loadings (minres, oblimin)"]],
  ["loadings-cfa", "loadings", ["--model", full, "--title", "CFA standardized loadings"]],
  ["scree", "scree", ["--items", items, "--iterations", "100", "--seed", "1", "--title", "Scree plot and parallel analysis"]],
  ["residuals", "residuals", ["--model", full, "--title", "Residual correlations (|r| > .10 outlined)"]],
  ["likert", "likert", ["--model", full, "--categories", "strongly disagree,disagree,neither,agree,strongly agree", "--title", "Item responses by construct"]],
  ["alpha", "alpha", ["--model", full, "--title", "Cronbach's α if item dropped"]],
  ["bootstrap", "bootstrap", ["--model", core, "--param", "indirect", "--boot", boot, "--seed", "1", "--title", "Indirect effect SAT → TRU → LOY (bootstrap)"]],
  ["slopes", "slopes", ["--model", full, "--predictor", "SAT", "--moderator", "ALT", "--outcome", "LOY", "--title", "Simple slopes: SAT → LOY at low, mean and high ALT (composite scores)"]],
  ["invariance", "invariance", ["--model", core, "--group", "platform", "--title", "Measurement invariance across platforms"]],
];
for (const [name, kind, extra] of figures) {
  const vl = join(outDir, `${name}.vl.json`);
  const t0 = Date.now();
  execFileSync(process.execPath, [join(root, "dist/cli/main.js"), "chart", kind, data, ...keyed, ...extra, "--out", vl], { stdio: ["ignore", "ignore", "inherit"] });
  const spec = JSON.parse(readFileSync(vl, "utf8"));
  writeFileSync(join(outDir, `${name}.svg`), await toSvg(spec));
  writeFileSync(join(outDir, `${name}.png`), await toPng(spec, { scale: 2 }));
  process.stdout.write(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
