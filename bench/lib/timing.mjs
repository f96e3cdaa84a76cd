/**
 * Timing for the semkit side of the benchmark (the R side does the same in bench/r/timing.R).
 *
 * A warm-up lets V8 optimise the code (at least `warmupSeconds`, and `warmupRuns` calls unless they take over 3 s), then the
 * case runs N more times, each call timed on its own with performance.now(); N is chosen so that the
 * repetitions take about `budget` seconds, clamped to [minReps, maxReps]. The median is the figure
 * reported. Functions may return a Promise (e.g. a worker-thread bootstrap); it is awaited inside the timing.
 * Also reported: the mean CPU time per call of the main thread over the timed calls (see mainThreadCpuMs),
 * which a busy machine disturbs much less than wall time.
 */

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let clkTck = null;
/**
 * CPU time (user + system, ms) of the main thread — the thread that runs the case, as R's single thread
 * runs lavaan — from /proc/self/task/<pid>/stat (clock-tick resolution, 10 ms: fine over a ~1 s loop).
 * Elsewhere, process.cpuUsage(), which also counts V8's background compiler and GC threads.
 * @returns {number}
 */
export function mainThreadCpuMs() {
  try {
    if (clkTck === null) clkTck = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / clkTck; // fields 14 and 15 (utime, stime)
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

/** @param {number[]} xs @returns {number} the median of xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Call fn once and time it (ms).
 * @param {() => unknown} fn
 * @returns {Promise<{ ms: number, value: unknown }>}
 */
async function timeOnce(fn) {
  const t0 = performance.now();
  let value = fn();
  if (value !== null && typeof value === "object" && typeof value.then === "function") value = await value;
  return { ms: performance.now() - t0, value };
}

/**
 * Time a case.
 * @param {() => unknown} fn the work to time (its last warm-up result is returned for checking)
 * @param {{ budget: number, minReps: number, maxReps: number, warmupRuns: number, warmupSeconds: number }} opt
 * @returns {Promise<{ medianMs: number, minMs: number, cpuMeanMs: number, reps: number, warmupMs: number, value: unknown }>}
 */
export async function timeCase(fn, opt) {
  let first = await timeOnce(fn);
  const warmupMs = first.ms;
  let value = first.value;
  let runs = 1;
  let spent = first.ms;
  const warm = [first.ms];
  while ((runs < opt.warmupRuns && spent < 3000) || spent < 1000 * opt.warmupSeconds) {
    const r = await timeOnce(fn);
    value = r.value;
    warm.push(r.ms);
    spent += r.ms;
    runs++;
    if (runs >= 100000) break;
  }
  // Per-call estimate: the median of the warm-up calls after the first (the first includes compilation).
  const perCall = median(warm.length > 1 ? warm.slice(1) : warm);
  const reps = Math.max(opt.minReps, Math.min(opt.maxReps, Math.ceil((1000 * opt.budget) / Math.max(perCall, 1e-3))));
  const times = new Array(reps);
  const cpu0 = mainThreadCpuMs();
  for (let i = 0; i < reps; i++) times[i] = (await timeOnce(fn)).ms;
  const cpuMeanMs = (mainThreadCpuMs() - cpu0) / reps;
  return { medianMs: median(times), minMs: Math.min(...times), cpuMeanMs, reps, warmupMs, value };
}
