/**
 * Machine details for bench/RESULTS.md: CPU model (from /proc/cpuinfo when present), cores, memory, OS,
 * Node and V8 versions, and the date.
 */
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";

/** @returns {Record<string, string>} */
export function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  if (existsSync("/proc/cpuinfo")) {
    const m = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m);
    if (m) cpu = m[1].trim();
  }
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu,
    cores: String(cores),
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    v8: process.versions.v8,
    load: os.loadavg().map((x) => x.toFixed(2)).join(" "),
  };
}
