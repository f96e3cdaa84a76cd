/**
 * Verdicts, the console table and bench/RESULTS.md.
 */

/** @param {number | null | undefined} ms @returns {string} a time with 3 significant digits */
export function fmtMs(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  return `${(ms * 1000).toPrecision(3)} µs`;
}

/** @param {number} x @returns {string} */
function fmtRatio(x) {
  return x >= 100 ? `${x.toFixed(0)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`;
}

/** @param {{ kind: string, times?: number, ms?: number, rssMB?: number }} t @returns {string} */
export function fmtTarget(t) {
  if (t.kind === "ratio") return `≥ ${t.times}× faster`;
  if (t.kind === "absolute") return `≤ ${fmtMs(t.ms)}`;
  return `≤ ${fmtMs(t.ms)}, peak RSS < ${t.rssMB >= 1024 ? `${t.rssMB / 1024} GB` : `${t.rssMB} MB`}`;
}

/**
 * Fill in row.ratio, row.met (true/false/null) and row.verdict.
 * @param {any} row
 * @param {boolean} rAvailable whether R ran
 */
export function judge(row, rAvailable) {
  const s = row.sk, r = row.r, t = row.target;
  row.ratio = s.status === "ok" && r?.status === "ok" ? r.medianMs / s.medianMs : null;
  // Main-thread CPU time says nothing about work spread over worker threads (bootstrap): ratio targets only.
  row.cpuRatio = t.kind === "ratio" && row.ratio !== null && s.cpuMeanMs > 0 && r.cpuMeanMs > 0 ? r.cpuMeanMs / s.cpuMeanMs : null;
  row.met = null;
  if (s.status === "error") { row.verdict = `error: ${s.note}`; return; }
  if (s.status === "mismatch") { row.verdict = `result differs from the reference: ${s.note}`; return; }
  if (t.kind === "ratio") {
    if (row.ratio === null) {
      row.verdict = !rAvailable ? "no R figure: not judged" : `R side failed: ${r?.note ?? "no result"}`;
      return;
    }
    // Judge on the lower of the wall-time and CPU-time ratios (conservative; they agree on an idle machine).
    const useCpu = row.cpuRatio !== null && row.cpuRatio < row.ratio;
    const judged = useCpu ? row.cpuRatio : row.ratio;
    const kind = useCpu ? " (CPU time)" : "";
    row.met = judged >= t.times;
    row.verdict = row.met ? `met: ${fmtRatio(judged)}${kind}`
      : `not met: ${fmtRatio(judged)}${kind} of ${t.times}× (${fmtRatio(t.times / judged)} too slow)`;
    return;
  }
  if (t.kind === "absolute") {
    row.met = s.medianMs <= t.ms;
    row.verdict = row.met ? "met" : `not met: ${fmtRatio(s.medianMs / t.ms)} over ${fmtMs(t.ms)}`;
    return;
  }
  const timeOk = s.medianMs <= t.ms, rssOk = s.maxRssMB < t.rssMB;
  row.met = timeOk && rssOk;
  const parts = [timeOk ? "time met" : `time not met: ${fmtRatio(s.medianMs / t.ms)} over ${fmtMs(t.ms)}`,
    rssOk ? `RSS met (${s.maxRssMB.toFixed(0)} MB)` : `RSS not met: ${s.maxRssMB.toFixed(0)} MB`];
  row.verdict = parts.join("; ");
}

/** @param {string[]} head @param {string[][]} rows @returns {string} an aligned plain-text table */
export function textTable(head, rows) {
  const w = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells) => cells.map((c, j) => c.padEnd(w[j])).join("  ").trimEnd();
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n");
}

/** @param {string[]} head @param {string[][]} rows @returns {string} a Markdown table */
export function mdTable(head, rows) {
  const esc = (c) => c.replace(/\|/g, "\\|");
  return [`| ${head.map(esc).join(" | ")} |`, `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`)].join("\n");
}

/** The main table's cells for one row. */
export function mainCells(row) {
  const s = row.sk, r = row.r;
  const skCell = s.medianMs !== undefined && s.status === "ok" ? fmtMs(s.medianMs) : s.status;
  const rCell = row.target.kind === "csv" ? "—" : r === null ? row.rMissing ?? "—" : r.status === "ok" ? fmtMs(r.medianMs) : "failed";
  return [row.label, skCell, rCell, row.ratio === null ? "—" : fmtRatio(row.ratio),
    row.cpuRatio === null ? "—" : fmtRatio(row.cpuRatio), fmtTarget(row.target), row.verdict];
}

export const MAIN_HEAD = ["case", "semkit median", "R median", "R / semkit", "CPU-time ratio", "target", "verdict"];

/** @param {number | null | undefined} v @returns {string} */
function fmtVal(v) {
  return typeof v === "number" && Number.isFinite(v) ? v.toPrecision(9) : "—";
}

/** Rows of the result-check table (semkit and R against the fixture). */
export function checkRows(rows) {
  return rows.filter((row) => row.reference !== null).map((row) => [row.label, row.statistic,
    fmtVal(row.reference.value), fmtVal(row.sk.value), fmtVal(row.r?.value), row.reference.source]);
}
export const CHECK_HEAD = ["case", "statistic", "reference", "semkit", "R (this run)", "reference source"];

/** A warning paragraph when the load average exceeded the number of cores during the run. */
function busyWarning(machine, loadEnd) {
  const cores = Number(machine.cores);
  const loads = [machine.load, loadEnd ?? ""].map((l) => Number(l.split(" ")[0])).filter(Number.isFinite);
  const worst = Math.max(...loads);
  if (!(worst > cores)) return [];
  return [`> **Busy machine:** the 1-minute load average reached ${worst.toFixed(1)} on ${cores} cores during this run (other`,
    "> processes competed for the CPU). All figures are inflated and the wall-time ratios are noisy and biased towards", "> the faster side; read the CPU-time ratio next to them, and re-run on an idle machine before drawing conclusions.", ""];
}

/**
 * The whole RESULTS.md.
 * @param {{ machine: Record<string,string>, rInfo: Record<string,string> | null, rNote: string | null, rows: any[], opt: any, csv: any }} a
 * @returns {string}
 */
export function resultsMarkdown(a) {
  const { machine, rInfo, rows, opt } = a;
  const m = [
    "# semkit benchmark results", "",
    "Written by `npm run bench` (bench/run.mjs) — do not edit by hand. Run it again to refresh.", "",
    "## Machine", "",
    mdTable(["item", "value"], [
      ["date", machine.date], ["CPU", machine.cpu], ["cores", machine.cores], ["memory", machine.memory],
      ["OS", machine.os], ["Node", `${machine.node} (V8 ${machine.v8})`],
      ["R", rInfo ? `${rInfo.R}, lavaan ${rInfo.lavaan}, psych ${rInfo.psych}, GPArotation ${rInfo.GPArotation}` : (a.rNote ?? "not found")],
      ["R BLAS", rInfo?.blas ?? "—"], ["load average (1/5/15 min) at start", machine.load],
      ["load average at end", a.loadEnd ?? "—"],
    ]), "",
    ...busyWarning(machine, a.loadEnd),
    "## Results", "",
    mdTable(MAIN_HEAD, rows.map(mainCells)), "",
    "Ratios are R's median divided by semkit's median, both measured in this run on this machine.",
    "The CPU-time ratio divides the mean CPU time per call (R: proc.time() of the single-threaded R process; semkit: its main thread, from /proc) and is a cross-check that a busy machine disturbs much less: under load, short calls often run between preemptions while long ones cannot, which biases wall-time ratios in favour of the faster side. Verdicts use the lower of the two ratios.",
    "Reference figures supplied with the speed targets (lavaan/psych on another 2-core machine) are not used for any verdict.",
    "Each case runs on the semkit side and right after on the R side (one Rscript process per case), so both see the same load; a load average above the core count means other work shared the CPU and all figures are noisier.", "",
    "## Method", "",
    `- Each side reads and reverse-codes the data once, outside the timed region (tru4 and swc3 as 6 − x). Then a warm-up, then N single calls timed one by one (semkit: performance.now(); R: Sys.time()), N chosen to fill about ${opt.budget} s per case (semkit ${opt.minReps}–${opt.maxReps} calls, R ${opt.rMinReps}–${opt.rMaxReps}); the median is reported.`,
    "- SEM rows, both sides: the fit, then the parameter estimates with SEs and all fit measures (lavaan `sem()`/`cfa()` + `parameterEstimates()` + `fitMeasures()`; semkit `sem()`/`cfa()` + `.parameterEstimates()` + `.fitMeasures()`). semkit computes SEs and fit measures lazily, so timing its `sem()` alone would flatter it. lavaan's `fitMeasures()` is cheap for ML but about half of the FIML + MLR time (595 ms is `sem()` alone).",
    "- psych: `fa(x, nfactors = 7, fm = \"minres\", rotate = \"oblimin\")` on the complete cases of the 25 loyalty items; `alpha(x)` on tru1–tru4 (all rows, pairwise). semkit: `efa()` and `alpha()` on the same data.",
    "- Bootstrap: lavaan `sem(model, data, se = \"bootstrap\", bootstrap = 1000)`; semkit `sem(model, data, { se: \"bootstrap\", bootstrap: 1000, seed: 1 })`, whose draws run in the calling thread (one core; `bootstrapParallel` in semkit/node spreads them over workers).",
    `- Large file: ${opt.rows.toLocaleString("en-US")} simulated respondents × 25 items (5-point integers drawn from the loyalty full model's implied covariance, bench/csv1m/generate.mjs), written to a temporary folder. Each of ${opt.csvRuns} runs is a fresh Node process timing streamCsvMoments (the file read in 1 MiB chunks, sums and cross-products accumulated without holding the rows, tru4/swc3 reverse-coded on the moments) → semFromMoments (ML fit of the full model) → parameterEstimates + fitMeasures; peak RSS is the process's maxRSS. No R figure.`,
    "- Every result is checked against the reference fixture (relative difference ≤ 1e-5) before its time counts.", "",
    "## Result checks", "",
    mdTable(CHECK_HEAD, checkRows(rows)), "",
  ];
  if (a.csv?.ok) {
    const c = a.csv;
    m.push("## Large file", "", mdTable(["run", "pipeline", "read + parse", "fit + results", "peak RSS", "n", "chisq"],
      c.runs.map((r, i) => [String(i + 1), fmtMs(r.ms), fmtMs(r.readMs), fmtMs(r.fitMs), `${(r.maxRssKB / 1024).toFixed(0)} MB`, String(r.n), fmtVal(r.chisq)])), "");
  }
  const prof = rows.filter((row) => row.profile);
  if (prof.length > 0) {
    m.push("## Profiles of the rows that miss their target", "",
      "Self time per function from V8's sampling profiler (semkit side only), largest first.", "");
    for (const row of prof) {
      m.push(`### ${row.label}`, "", mdTable(["function", "where", "self %"],
        row.profile.map((p) => [p.fn, p.where || "(native)", p.pct.toFixed(1)])), "");
    }
  }
  return m.join("\n");
}
