/**
 * Run the R side (bench/r/bench.R) through Rscript, when R is installed, and read its "BENCH" JSON lines.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** @returns {string | null} the Rscript executable ($RSCRIPT, else the first on PATH), or null */
export function findRscript() {
  const candidates = process.env.RSCRIPT ? [process.env.RSCRIPT] : (process.env.PATH ?? "").split(delimiter).filter(Boolean).map((d) => join(d, "Rscript"));
  for (const c of candidates) {
    try { accessSync(c, constants.X_OK); return c; } catch { /* next */ }
  }
  return null;
}

/**
 * @param {string} rscript
 * @param {string} root repository root
 * @param {string[]} ids case ids
 * @param {{ budget: number, minReps: number, maxReps: number }} opt
 * @returns {{ ok: true, info: Record<string,string>, results: Map<string, any> } | { ok: false, error: string }}
 */
export function runR(rscript, root, ids, opt) {
  const r = spawnSync(rscript, [join(root, "bench", "r", "bench.R"), `--root=${root}`, `--budget=${opt.budget}`,
    `--min-reps=${opt.minReps}`, `--max-reps=${opt.maxReps}`, ...ids], { encoding: "utf8", cwd: root, maxBuffer: 1 << 24 });
  const results = new Map();
  let info = {};
  for (const line of (r.stdout ?? "").split("\n")) {
    if (line.startsWith("BENCH-INFO ")) info = JSON.parse(line.slice(11));
    else if (line.startsWith("BENCH ")) { const j = JSON.parse(line.slice(6)); results.set(j.case, j); }
  }
  if (r.status !== 0 || r.error) {
    const why = r.error ? r.error.message : (r.stderr ?? "").trim().split("\n").slice(-4).join(" | ");
    return { ok: false, error: `Rscript failed (${why})` };
  }
  return { ok: true, info, results };
}
