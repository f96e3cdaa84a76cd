/**
 * Timing for the semkit side of the benchmark (the R side does the same in bench/r/timing.R).
 *
 * A warm-up lets V8 optimise the code (at least `warmupSeconds`, and `warmupRuns` calls unless they take over 3 s), then the
 * case runs N more times, each call timed on its own with performance.now(); N is chosen so that the
 * repetitions take about `budget` seconds, clamped to [minReps, maxReps]. The median is the figure
 * reported. Functions may return a Promise (e.g. a worker-thread bootstrap); it is awaited inside the timing.
 * Also reported: the mean CPU time per call (process.cpuUsage over the timed calls, all threads of the
 * process), which a busy machine disturbs much less than wall time.
 */

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
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < reps; i++) times[i] = (await timeOnce(fn)).ms;
  const cpu = process.cpuUsage(cpu0);
  const cpuMeanMs = (cpu.user + cpu.system) / 1000 / reps;
  return { medianMs: median(times), minMs: Math.min(...times), cpuMeanMs, reps, warmupMs, value };
}
