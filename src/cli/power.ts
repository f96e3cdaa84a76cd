import type { Command } from "./command.ts";
import { flag, listOption, seedOption, stringOption } from "./args.ts";
import { writeChart } from "./chart.ts";
import { OptionError, powerCurve } from "../index.ts";
import { textTable } from "../thesis.ts";
import { numbersOption } from "./simulate.ts";
import type { PowerResult } from "../index.ts";
import { powerParallel } from "../node/index.ts";
import { message } from "../advanced.ts";
import { readInputFile } from "./inputFile.ts";
import type { FlagSpec } from "./args.ts";

const USAGE = `Usage: semkit power --population <pop.lav> --model <analysis.lav> --n 100,200,300 [options]

Monte Carlo power: draw --reps data sets of each size from the population model (lavaan syntax with values,
as for semkit simulate), fit the analysis model by ML, and report power, bias, coverage and fit per n.

Options:
  --population FILE     population model with values (required)
  --model FILE          analysis model (required)
  --n LIST              sample sizes, e.g. 100,200,300 (required)
  --reps R              replications per sample size (default 500)
  --seed S              random seed (default 1); results do not depend on --workers
  --target LIST         parameters to study, e.g. "LOY~SAT,indirect" (default: regressions and := definitions;
                        --targets is the same)
  --alpha A             significance level (default 0.05)
  --power P             power to reach when suggesting n (default 0.80)
  --standardized        population values are standardized (residual variances make variances 1)
  --std-lv              analysis model: latent variances fixed to 1 instead of first loadings
  --bootstrap B         percentile-bootstrap tests with B draws inside every replication (B+1 times slower)
  --workers K           worker threads (default: all CPUs)
  --chart FILE          also write the power curve (.svg, .png or .vl.json)
  --json                print the full result as JSON
  --no-progress         no progress bar on stderr`;

/**
 * A progress bar on stderr, redrawn at most every 100 ms: `[#####.....]  52%  520/1000 replications  3.1 s`.
 * @param stream where to draw (stderr)
 * @returns the callback for `onProgress`
 * @throws never
 * @example
 * const bar = progressBar(process.stderr); bar(1, 10);
 */
export function progressBar(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  const t0 = Date.now();
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30, filled = Math.round((width * done) / total);
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor((100 * done) / total)).padStart(3)}%  ` +
      `${done}/${total} replications  ${((now - t0) / 1000).toFixed(1)} s`;
    stream.write(`\r${line}${done === total ? "\n" : ""}`);
  };
}

const f = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : "NA");

/**
 * The power result as readable text: power per n and target, the suggested n, then per target the
 * population value, mean estimate, bias, SD, mean SE and coverage, and the mean fit per n.
 * @param res result of `power()`
 * @returns the text
 * @throws never
 * @example
 * console.log(powerText(power(pop, model, { n: [200], reps: 100 })));
 */
export function powerText(res: PowerResult): string {
  const names = res.targets.map((t) => t.name);
  const lines: string[] = [
    `Monte Carlo power: ${res.reps} replications per n, alpha = ${res.alpha}, seed ${res.seed}, ML` +
      (res.bootstrap > 0 ? `, percentile bootstrap (${res.bootstrap} draws per replication)` : ", Wald/delta-method tests"),
    `Analysis model in the population: F0 = ${f(res.populationFit.fml, 4)}, df = ${res.populationFit.df}, RMSEA0 = ${f(res.populationFit.rmsea)}`,
    "",
    `Power (share of replications with p < ${res.alpha})`,
    ...textTable(["n", "converged", ...names], res.rows.map((r) => [String(r.n), f(r.convergenceRate), ...r.targets.map((t) => f(t.power))]), 2),
    "",
    `Smallest n with power >= ${res.power}: ` +
      names.map((nm) => `${nm} ${res.recommended.byTarget[nm] ?? "not reached"}`).join("; ") +
      `; all targets ${res.recommended.all ?? "not reached"}`,
  ];
  res.targets.forEach((t, k) => {
    lines.push("", `${t.name} (population value ${f(t.population)})`);
    lines.push(...textTable(["n", "mean", "bias", "rel.bias", "sd", "mean.se", `cover.${Math.round(res.ciLevel * 100)}`, "power"],
      res.rows.map((r) => { const s = r.targets[k]!; return [String(r.n), f(s.mean), f(s.bias), f(s.relativeBias), f(s.sd), f(s.meanSe), f(s.coverage), f(s.power)]; }), 2));
  });
  lines.push("", "Mean fit over converged replications");
  lines.push(...textTable(["n", "chisq", "df", "reject", "cfi", "tli", "rmsea", "srmr", "heywood"],
    res.rows.map((r) => [String(r.n), f(r.fit.chisq, 2), String(r.fit.df), f(r.fit.chisqRejection), f(r.fit.cfi), f(r.fit.tli), f(r.fit.rmsea), f(r.fit.srmr), f(r.improperRate)]), 2));
  if (res.warnings.length > 0) lines.push("", "Warnings:", ...res.warnings.map((w) => `  - ${w}`));
  return lines.join("\n");
}

/** The flags of `semkit power` and how each reads its value (any other flag is a usage error). */
export const POWER_FLAGS: FlagSpec = {
  population: "value", model: "value", n: "value", reps: "value", seed: "value", target: "value", targets: "value",
  alpha: "value", power: "value", bootstrap: "value", workers: "value", chart: "value", standardized: "switch",
  "std-lv": "switch", json: "switch", "no-progress": "switch",
};

export const powerCommand: Command = {
  summary: "Monte Carlo power and sample size for a SEM",
  flags: POWER_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const popFile = stringOption(args, "population"), modelFile = stringOption(args, "model");
    if (popFile === undefined) throw new OptionError(message.cliMissingArgument("power", "--population"));
    if (modelFile === undefined) throw new OptionError(message.cliMissingArgument("power", "--model"));
    const n = numbersOption(args, "n");
    if (n === undefined) throw new OptionError(message.cliMissingArgument("power", "--n"));
    const num = (key: string): number | undefined => numbersOption(args, key)?.[0];
    const targets = listOption(args, "target") ?? listOption(args, "targets");
    const workers = num("workers"), seed = seedOption(args), alpha = num("alpha"), pw = num("power"), boot = num("bootstrap");
    const showBar = !flag(args, "no-progress") && process.stderr.isTTY === true;
    const res = await powerParallel(readInputFile(popFile, "population file (--population)"), readInputFile(modelFile, "model file (--model)"), {
      n, reps: num("reps") ?? 500,
      ...(seed !== undefined ? { seed } : {}),
      ...(alpha !== undefined ? { alpha } : {}),
      ...(pw !== undefined ? { power: pw } : {}),
      ...(boot !== undefined ? { bootstrap: boot } : {}),
      ...(targets !== undefined ? { targets } : {}),
      ...(workers !== undefined ? { workers } : {}),
      standardized: flag(args, "standardized"),
      stdLv: flag(args, "std-lv"),
      ...(showBar ? { onProgress: progressBar(process.stderr) } : {}),
    });
    const chartFile = stringOption(args, "chart");
    if (chartFile !== undefined) await writeChart(powerCurve(res), chartFile);
    out(flag(args, "json") ? JSON.stringify(res, null, 2) : powerText(res));
    return 0;
  },
};
