/**
 * The large-file case: generate (or reuse) the simulated CSV, then run bench/csv1m/child.mjs `runs` times in
 * fresh Node processes (one after the other) and report the median pipeline time and the largest peak RSS.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median } from "../lib/timing.mjs";
import { ensureCsv } from "./generate.mjs";

/**
 * @param {string} root repository root
 * @param {{ rows: number, runs: number, extraNodeArgs?: string[] }} opt
 * @returns {{ ok: true, medianMs: number, runs: object[], maxRssMB: number, path: string, generatedMs: number | null }
 *          | { ok: false, error: string }}
 */
export function measureCsv(root, opt) {
  const { path, generatedMs } = ensureCsv(root, opt.rows);
  const runs = [];
  for (let i = 0; i < opt.runs; i++) {
    const r = spawnSync(process.execPath, [...(opt.extraNodeArgs ?? []), join(root, "bench", "csv1m", "child.mjs"), root, path],
      { encoding: "utf8", maxBuffer: 1 << 24 });
    const line = r.stdout.trim().split("\n").pop() ?? "";
    if (r.status !== 0 || !line.startsWith("{")) {
      const err = (r.stderr || r.stdout || `exit ${r.status}`).trim().split("\n").slice(-6).join(" | ");
      return { ok: false, error: err };
    }
    runs.push(JSON.parse(line));
  }
  return {
    ok: true, path, generatedMs, runs,
    medianMs: median(runs.map((r) => r.ms)),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssKB)) / 1024,
  };
}
