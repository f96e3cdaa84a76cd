/**
 * Child process of the large-file case: the whole pipeline a user runs, timed from the first byte read to the
 * fitted model with its estimates and fit measures — read the CSV file, parse it, reverse-code tru4/swc3,
 * compute the covariances, fit the loyalty full model by ML. Prints one JSON line: wall time of the pipeline,
 * its parts, the result and the process's peak RSS (process.resourceUsage().maxRSS, kB on Linux).
 *
 * Usage: node bench/csv1m/child.mjs <root> <csvPath>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root, csvPath] = process.argv.slice(2);
const sk = await import(pathToFileURL(join(root, "dist", "index.js")).href);
const skNode = await import(pathToFileURL(join(root, "dist", "node", "index.js")).href);
const model = readFileSync(join(root, "bench", "models", "loyalty_full.lav"), "utf8").trimEnd();
const rssStartKB = process.resourceUsage().maxRSS;

const t0 = performance.now();
const ds = skNode.readCsvFile(csvPath);
const t1 = performance.now();
const fit = sk.sem(model, ds, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
fit.parameterEstimates();
const fm = fit.fitMeasures();
const t2 = performance.now();

process.stdout.write(JSON.stringify({
  ms: t2 - t0, readMs: t1 - t0, fitMs: t2 - t1,
  n: fit.ntotal, converged: fit.converged, chisq: fm.chisq, cfi: fm.cfi,
  maxRssKB: process.resourceUsage().maxRSS, rssStartKB,
}) + "\n");
