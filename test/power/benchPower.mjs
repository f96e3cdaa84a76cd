// Speed benchmark (not a test): 1,000 replications at n = 300 of the loyalty core model.
// Build first: npx tsc -p tsconfig.build.json; then: node test/power/benchPower.mjs [workers] [distDir]
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const workers = Number(process.argv[2] ?? 2);
const dist = resolve(process.argv[3] ?? "dist");
const { powerParallel } = await import(pathToFileURL(`${dist}/node/index.js`).href);
const population = readFileSync(new URL("../../bench/models/loyalty_population.lav", import.meta.url), "utf8");
const core = readFileSync(new URL("../../bench/models/loyalty_core.lav", import.meta.url), "utf8");
const load0 = loadavg()[0];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const res = await powerParallel(population, core, { n: [300], reps: 1000, seed: 1, standardized: true, workers });
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({
  workers, reps: 1000, n: 300, wallSeconds: +wall.toFixed(2), cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
  loadAverageBefore: +load0.toFixed(2), loadAverageAfter: +loadavg()[0].toFixed(2),
  power: Object.fromEntries(res.rows[0].targets.map((t) => [t.name, t.power])), converged: res.rows[0].converged,
}));
