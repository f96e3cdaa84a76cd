/**
 * CPU profiles for cases that miss their target, so that RESULTS.md says what limits them from a profile,
 * not a guess. In-process cases are profiled with node:inspector (V8's sampling profiler) while the case runs
 * repeatedly; the large-file child is run with `node --cpu-prof`. Both give a .cpuprofile that
 * summariseProfile() reduces to the functions with the most self time.
 */
import { Session } from "node:inspector/promises";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Profile fn, called repeatedly for about `seconds`.
 * @param {() => unknown} fn
 * @param {number} seconds
 * @returns {Promise<object>} the V8 CPU profile
 */
export async function profileFn(fn, seconds) {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    const t0 = performance.now();
    let runs = 0;
    while (runs < 1 || performance.now() - t0 < 1000 * seconds) {
      const v = fn();
      if (v !== null && typeof v === "object" && typeof v.then === "function") await v;
      runs++;
    }
    const { profile } = await session.post("Profiler.stop");
    return profile;
  } finally {
    session.disconnect();
  }
}

/** @param {string} dir @returns {object} the newest .cpuprofile written by node --cpu-prof into dir */
export function readCpuProfile(dir) {
  const f = readdirSync(dir).filter((n) => n.endsWith(".cpuprofile")).sort().pop();
  if (f === undefined) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(readFileSync(join(dir, f), "utf8"));
}

/**
 * Self time per function (summed over call sites), largest first.
 * @param {any} profile a V8 CPU profile
 * @param {string} root repository root, to shorten file paths
 * @param {number} top how many rows
 * @returns {{ fn: string, where: string, pct: number, ms: number }[]}
 */
export function summariseProfile(profile, root, top = 8) {
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const hits = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const byFn = new Map();
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    if (cf.functionName === "(idle)" || !n.hitCount) continue;
    let where = cf.url;
    if (where.startsWith("file://")) {
      try { where = relative(root, fileURLToPath(where)); } catch { /* keep the URL */ }
    }
    if (where !== "") where += `:${cf.lineNumber + 1}`;
    const key = `${cf.functionName || "(anonymous)"}\u0000${where}`;
    byFn.set(key, (byFn.get(key) ?? 0) + n.hitCount);
  }
  return [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, h]) => {
    const [fn, where] = k.split("\u0000");
    return { fn, where, pct: (100 * h) / hits, ms: (totalMs * h) / hits };
  });
}
