/**
 * Child process of the large-file case: the whole pipeline a user runs, timed from the first byte read to the
 * fitted model with its estimates and fit measures — stream the CSV file in chunks into sample moments
 * (semkit/node streamCsvMoments: parse, reverse-code tru4/swc3 on the 1–5 scale, listwise means and N-denominator
 * covariances of the 25 items, without holding the rows), then fit the loyalty full model by ML from those moments
 * (semFromMoments, lavaan's sem(sample.cov, sample.mean, sample.nobs)). Prints one JSON line: wall time of the
 * pipeline and its parts, the process CPU time (user + system, all threads) of the same spans, the result and the
 * process's peak RSS (process.resourceUsage().maxRSS, kB on Linux).
 *
 * Usage: node bench/csv1m/child.mjs <root> <csvPath>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ITEMS25, REVERSED, SCALE } from "../cases.mjs";

const [root, csvPath] = process.argv.slice(2);
const sk = await import(pathToFileURL(join(root, "dist", "index.js")).href);
const skNode = await import(pathToFileURL(join(root, "dist", "node", "index.js")).href);
const model = readFileSync(join(root, "bench", "models", "loyalty_full.lav"), "utf8").trimEnd();
const rssStartKB = process.resourceUsage().maxRSS;
const cpuMs = (u) => (u.user + u.system) / 1000;

const c0 = process.cpuUsage();
const t0 = performance.now();
const stats = skNode.streamCsvMoments(csvPath, { columns: ITEMS25, reverse: REVERSED, scale: SCALE });
const t1 = performance.now();
const c1 = process.cpuUsage();
const fit = sk.semFromMoments(model, stats);
fit.parameterEstimates();
const fm = fit.fitMeasures();
const t2 = performance.now();
const c2 = process.cpuUsage();

process.stdout.write(JSON.stringify({
  ms: t2 - t0, readMs: t1 - t0, fitMs: t2 - t1,
  cpuMs: cpuMs(process.cpuUsage(c0)), readCpuMs: cpuMs({ user: c1.user - c0.user, system: c1.system - c0.system }),
  fitCpuMs: cpuMs({ user: c2.user - c1.user, system: c2.system - c1.system }),
  n: fit.ntotal, converged: fit.converged, chisq: fm.chisq, cfi: fm.cfi,
  maxRssKB: process.resourceUsage().maxRSS, rssStartKB,
}) + "\n");
