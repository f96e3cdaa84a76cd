/**
 * semkit benchmark harness: semkit (the BUILT package in dist/) side by side with lavaan/psych.
 *
 *   npx tsc -p tsconfig.build.json && npm run bench            full run, with R when Rscript is found;
 *                                                              writes bench/RESULTS.md
 *   npm run bench -- --quick                                   CI smoke run: tiny N, no R, 20,000-row file,
 *                                                              no RESULTS.md
 * Options: --cases=id,id  --no-r  --budget=SECONDS  --rows=N  --csv-runs=N  --no-profile  --out=FILE
 *
 * Exit status 1 when the harness cannot run, or when semkit throws an unexpected error or gives a result
 * that differs from the reference; missed speed targets do not fail the run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CASES, checkModels, loadInputs } from "./cases.mjs";
import { measureCsv } from "./csv1m/measure.mjs";
import { machineInfo } from "./lib/machine.mjs";
import { profileFn, readCpuProfile, summariseProfile } from "./lib/profile.mjs";
import { CHECK_HEAD, MAIN_HEAD, checkRows, fmtMs, judge, mainCells, resultsMarkdown, textTable } from "./lib/report.mjs";
import { findRscript, runR } from "./lib/rside.mjs";
import { timeCase } from "./lib/timing.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REL_TOL = 1e-5;

function parseArgs(argv) {
  const flag = (n) => argv.includes(`--${n}`);
  const val = (n) => argv.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3);
  if (flag("help")) {
    console.log("usage: node bench/run.mjs [--quick] [--no-r] [--cases=id,id] [--budget=S] [--rows=N] [--csv-runs=N] [--no-profile] [--out=FILE]");
    console.log(`cases: ${CASES.map((c) => c.id).join(", ")}`);
    process.exit(0);
  }
  const quick = flag("quick");
  const opt = {
    quick,
    useR: !quick && !flag("no-r"),
    profile: !quick && !flag("no-profile"),
    budget: Number(val("budget") ?? (quick ? 0 : 1)),
    minReps: quick ? 2 : 5, maxReps: quick ? 2 : 20000,
    rMinReps: 3, rMaxReps: 1000,
    warmupRuns: quick ? 1 : 20, warmupSeconds: quick ? 0 : 0.5,
    rows: Number(val("rows") ?? (quick ? 20000 : 1000000)),
    csvRuns: Number(val("csv-runs") ?? (quick ? 1 : 3)),
    out: val("out") ?? (quick ? null : join(ROOT, "bench", "RESULTS.md")),
    cases: val("cases")?.split(",") ?? null,
  };
  if (opt.cases) {
    const unknown = opt.cases.filter((id) => !CASES.some((c) => c.id === id));
    if (unknown.length > 0) { console.error(`unknown case(s): ${unknown.join(", ")}`); process.exit(1); }
  }
  return opt;
}

function relDiff(a, b) {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
}

function errText(e) {
  return `${e?.name ?? "Error"}: ${String(e?.message ?? e).split("\n")[0]}`;
}

/** Run the semkit side of one in-process case; returns row.sk. */
async function runSemkit(c, ctx, opt, refValue) {
  let prepared, probe;
  try {
    prepared = c.setup(ctx);
    probe = prepared.run();
    if (probe !== null && typeof probe === "object" && typeof probe.then === "function") probe = await probe;
  } catch (e) {
    return { status: "error", note: errText(e) };
  }
  let value;
  try {
    value = prepared.check(probe);
  } catch (e) {
    return { status: "error", note: `check failed: ${errText(e)}` };
  }
  if (refValue !== null && !(relDiff(value, refValue) <= REL_TOL)) {
    return { status: "mismatch", value, note: `${c.statistic} ${value} vs ${refValue}` };
  }
  const t = await timeCase(prepared.run, opt);
  return { status: "ok", value, medianMs: t.medianMs, minMs: t.minMs, cpuMeanMs: t.cpuMeanMs, reps: t.reps, run: prepared.run };
}

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const distIndex = join(ROOT, "dist", "index.js");
  if (!existsSync(distIndex)) {
    console.error("dist/ not found: build first with  npx tsc -p tsconfig.build.json");
    process.exit(1);
  }
  const modelProblems = checkModels(ROOT);
  if (modelProblems.length > 0) { console.error(modelProblems.join("\n")); process.exit(1); }

  const sk = await import(pathToFileURL(distIndex).href);
  const ctx = { sk, root: ROOT, ...loadInputs(sk, ROOT) };
  const machine = machineInfo();
  const cases = CASES.filter((c) => opt.cases === null || opt.cases.includes(c.id));
  console.log(`semkit bench${opt.quick ? " (quick smoke run: timings are not meaningful)" : ""} — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);

  // Each case runs on the semkit side and then, right after, on the R side (one Rscript per case), so that
  // both sides of a ratio see the same load on the machine.
  let rInfo = null, rNote = null, rscript = null;
  if (opt.useR) {
    rscript = findRscript();
    if (rscript === null) rNote = "R was not found (no Rscript on PATH; set RSCRIPT to point at it)";
  } else rNote = opt.quick ? "not run (--quick)" : "not run (--no-r)";
  const rows = [];
  let csv = null;
  for (const c of cases) {
    const reference = c.reference(ROOT);
    const row = { id: c.id, label: c.label, target: c.target, statistic: c.statistic, reference, r: null };
    process.stdout.write(`  semkit  ${c.id} … `);
    if (c.target.kind === "csv") {
      try {
        csv = measureCsv(ROOT, { rows: opt.rows, runs: opt.csvRuns });
        if (csv.ok) {
          const last = csv.runs[csv.runs.length - 1];
          const ok = csv.runs.every((r) => r.converged && r.n === opt.rows && Number.isFinite(r.chisq));
          row.sk = ok ? { status: "ok", medianMs: csv.medianMs, maxRssMB: csv.maxRssMB, value: last.chisq }
            : { status: "mismatch", note: `converged=${last.converged}, n=${last.n} of ${opt.rows}, chisq=${last.chisq}` };
          if (opt.rows !== 1000000) row.label = `${opt.rows.toLocaleString("en-US")} respondents × 25 items CSV → covariances → ML fit`;
        } else row.sk = { status: "error", note: csv.error };
      } catch (e) {
        row.sk = { status: "error", note: errText(e) };
      }
    } else {
      row.sk = await runSemkit(c, ctx, opt, reference?.value ?? null);
    }
    console.log(row.sk.status === "ok" ? `${fmtMs(row.sk.medianMs)}${row.sk.reps ? ` (median of ${row.sk.reps})` : ""}` : `${row.sk.status}: ${row.sk.note}`);
    if (c.r && rscript !== null && (rInfo !== null || rNote === null)) {
      process.stdout.write(`  R       ${c.id} … `);
      const res = runR(rscript, ROOT, [c.id], { budget: opt.budget, minReps: opt.rMinReps, maxReps: opt.rMaxReps });
      if (!res.ok && rInfo === null) {
        rNote = res.error; // R unusable (e.g. lavaan missing): stop asking it
        console.log(rNote);
      } else if (!res.ok) {
        row.r = { status: "error", note: res.error };
        console.log(res.error);
      } else {
        rInfo = res.info;
        const j = res.results.get(c.id);
        row.r = j === undefined ? { status: "error", note: "no result" } : j.error !== undefined ? { status: "error", note: j.error }
          : { status: "ok", medianMs: j.median_ms, cpuMeanMs: j.cpu_mean_ms, reps: j.reps, value: j.check };
        console.log(row.r.status === "ok" ? `${fmtMs(row.r.medianMs)} (median of ${row.r.reps})` : `error: ${row.r.note}`);
      }
    }
    rows.push(row);
  }

  if (rNote !== null) console.log(`  R: ${rNote}`);
  const rMissing = !opt.useR ? "not run" : rInfo === null ? (findRscript() === null ? "R not found" : "R failed") : "—";
  for (const row of rows) if (row.r === null) row.rMissing = rMissing;

  for (const row of rows) judge(row, rInfo !== null);

  if (opt.profile) {
    for (const row of rows) {
      if (row.met !== false) continue;
      process.stdout.write(`  profile ${row.id} … `);
      try {
        if (row.target.kind === "csv") {
          const dir = mkdtempSync(join(tmpdir(), "semkit-prof-"));
          const p = measureCsv(ROOT, { rows: opt.rows, runs: 1, extraNodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
          if (p.ok) row.profile = summariseProfile(readCpuProfile(dir), ROOT);
          rmSync(dir, { recursive: true, force: true });
        } else {
          row.profile = summariseProfile(await profileFn(row.sk.run, Math.max(2, opt.budget)), ROOT);
        }
        console.log("done");
      } catch (e) {
        console.log(`failed: ${errText(e)}`);
      }
    }
  }

  console.log("");
  console.log(textTable(MAIN_HEAD, rows.map(mainCells)));
  if (rInfo === null) console.log(`\nR: ${rNote ?? "no R results"} — semkit's figures only.`);
  console.log("");
  console.log(textTable(CHECK_HEAD, checkRows(rows)));
  for (const row of rows.filter((r) => r.profile)) {
    console.log(`\nprofile of ${row.id} (self time):`);
    for (const p of row.profile) console.log(`  ${p.pct.toFixed(1).padStart(5)}%  ${p.fn}  ${p.where}`);
  }
  if (opt.out) {
    const loadEnd = machineInfo().load;
    writeFileSync(opt.out, resultsMarkdown({ machine, rInfo, rNote, rows, opt, csv, loadEnd }));
    console.log(`\nwrote ${opt.out}`);
  }
  const bad = rows.filter((r) => r.sk.status === "error" || r.sk.status === "mismatch");
  if (bad.length > 0) {
    console.error(`\n${bad.length} case(s) failed: ${bad.map((r) => r.id).join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
