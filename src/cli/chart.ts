import { writeFileSync } from "node:fs";
import type { Command } from "./command.ts";
import { readDataFile } from "./readDataFile.ts";
import type { ParsedArgs, FlagSpec } from "./args.ts";
import { flag, listOption, scaleOption, seedOption, stringOption } from "./args.ts";
import { alpha, alphaDropChart, bootstrapChart, coefficientPlot, correlationHeatmap, describe, efa, fitIndexChart, invarianceChart, likertChart, loadingsHeatmap, OptionError, parallelAnalysis, pathDiagram, reverseCode, screePlot, selectItems, sem, simpleSlopesChart, toSvg } from "../index.ts";
import { bootstrapInterval, createRng, jackknifeAcceleration, simpleSlopesFromScores, message } from "../advanced.ts";
import type { ChartLocale, ChartSpec, Column, Dataset, SemFit, SemOptions } from "../index.ts";
import { readCsvFile, toPng } from "../node/index.ts";
import { readInputFile } from "./inputFile.ts";
import type { PngOptions } from "../node/index.ts";
import { ESTIMATION_USAGE, estimationOptions, DATA_FILE_FLAGS, DATA_FILE_USAGE, ESTIMATION_FLAGS } from "./estimationFlags.ts";
import { fitKeys } from "../thesis.ts";

/** Chart kinds of `semkit chart`. */
export const CHART_KINDS = ["path", "coefficients", "fit", "loadings", "scree", "residuals", "likert", "alpha", "bootstrap", "slopes", "invariance"] as const;
type Kind = (typeof CHART_KINDS)[number];

const USAGE = `Usage: semkit chart <kind> <data.csv> --out FILE [options]

Draw a figure as a Vega-Lite v5 spec and write it as SVG, PNG or the spec itself (by the --out extension).

Kinds: ${CHART_KINDS.join(", ")}

Options:
  --out FILE            figure.svg, figure.png or figure.vl.json (required)
  --model FILE          lavaan model (path, coefficients, fit, residuals, bootstrap, invariance; constructs for
                        likert, alpha, slopes; CFA loadings)
  --items LIST          items or patterns, e.g. 'sq*,pv*' (loadings, scree, likert, alpha without --model)
  --reverse LIST        items to reverse-code as min + max - x first
  --scale MIN:MAX       response scale (reverse-coding, Likert categories)
${ESTIMATION_USAGE}
  --missing-codes LIST  extra missing-value codes
${DATA_FILE_USAGE}
  --title TEXT          chart title
  --locale en|zh-CN     language of axis titles (default en)
  --width PX            width of the plotting area
  --png-scale X         PNG pixel density (default 2)
  --dpi N               PNG resolution for print, e.g. 300 (scale = N / 96; recorded in the PNG)
  --png-width PX        PNG width in pixels (height follows); one of --png-scale, --dpi, --png-width
  likert:      --categories LIST (labels of the response categories, lowest first)
  path:        --raw (unstandardized values)  --hide-indicators  --no-dash  --show-group N (of a --group model)
  coefficients: --ops LIST (default ~; e.g. ~,:=)
  loadings:    --nfactors N --fm METHOD --rotate METHOD (EFA; with --model: CFA standardized loadings)  --threshold X
  scree:       --iterations N --seed N
  bootstrap:   --param NAME (a := parameter; default the first)  --boot N (default 1000)  --seed N  --no-bca
  slopes:      --predictor F --moderator F --outcome F (constructs of --model; composite item means)
  invariance:  --group COL (configural, metric, scalar, strict steps)`;

/** The model options of a chart: the shared estimation flags, reverse-coding and the response scale. */
function semOptions(args: ParsedArgs): SemOptions {
  const scale = scaleOption(args);
  return { ...estimationOptions(args), reverse: listOption(args, "reverse") ?? [], ...(scale !== undefined ? { scale } : {}) };
}

/**
 * The PNG size of `--png-scale`, `--dpi` or `--png-width` (default scale 2).
 * @param args parsed arguments
 * @returns the PNG options
 * @throws OptionError for a value that is not a number (the rasterizer rejects two at once or non-positive ones)
 * @example pngSize(parseArgs(["--dpi", "300"])); // { dpi: 300 }
 */
export function pngSize(args: ParsedArgs): PngOptions {
  const o: { scale?: number; dpi?: number; width?: number } = {};
  if (args.options.has("png-scale")) o.scale = number(args, "png-scale", NaN);
  if (args.options.has("dpi")) o.dpi = number(args, "dpi", NaN);
  if (args.options.has("png-width")) o.width = number(args, "png-width", NaN);
  return Object.keys(o).length === 0 ? { scale: 2 } : o;
}

/** Factors and their indicators from `F =~ a + b*c + …` lines of lavaan syntax. */
export function constructsOf(model: string): { construct: string; items: string[] }[] {
  const out: { construct: string; items: string[] }[] = [];
  for (const line of model.split(/\r?\n|;/)) {
    const m = /^\s*([A-Za-z_.][\w.]*)\s*=~\s*(.+?)\s*(#.*)?$/.exec(line);
    if (m) out.push({ construct: m[1]!, items: m[2]!.split("+").map((t) => t.trim().replace(/^.*\*/, "").trim()).filter((t) => t !== "") });
  }
  return out;
}

function number(args: ParsedArgs, key: string, fallback: number): number {
  const v = stringOption(args, key);
  if (v === undefined) return fallback;
  const x = Number(v);
  if (!Number.isFinite(x)) throw new OptionError(message.cliBadInteger(key, v));
  return x;
}

/** Dataset restricted to rows with no missing value on `names`, and optionally resampled by row indices. */
function rowsOf(ds: Dataset, names: readonly string[], pick?: (n: number) => number[]): Dataset {
  const complete: number[] = [];
  for (let i = 0; i < ds.n; i++) {
    let ok = true;
    for (const v of names) { const c = ds.columns.get(v); if (c?.kind === "numeric" && Number.isNaN(c.values[i]!)) { ok = false; break; } }
    if (ok) complete.push(i);
  }
  const rows = pick ? pick(complete.length).map((k) => complete[k]!) : complete;
  const columns = new Map<string, Column>();
  for (const [name, c] of ds.columns) {
    columns.set(name, c.kind === "numeric" ? { kind: "numeric", values: Float64Array.from(rows, (i) => c.values[i]!) } : { kind: "text", values: rows.map((i) => c.values[i] ?? null) });
  }
  return { names: ds.names, n: rows.length, columns };
}

function composite(ds: Dataset, items: readonly string[]): number[] {
  return Array.from({ length: ds.n }, (_, i) => {
    let s = 0, k = 0;
    for (const v of items) { const c = ds.columns.get(v); const x = c?.kind === "numeric" ? c.values[i]! : NaN; if (!Number.isNaN(x)) { s += x; k++; } }
    return k === items.length ? s / k : NaN;
  });
}

/**
 * Build the spec of one chart kind from a data set and the CLI options (the work behind `semkit chart`).
 * @param kind chart kind
 * @param ds the data set
 * @param args parsed CLI arguments
 * @returns the Vega-Lite spec
 * @throws OptionError for a missing --model or bad options; errors of sem/efa/alpha for bad data or models
 * @example await chartSpec("fit", readCsvFile("data.csv"), parseArgs(["--model", "m.lav"]))
 */
export async function chartSpec(kind: Kind, ds: Dataset, args: ParsedArgs): Promise<ChartSpec> {
  const title = stringOption(args, "title");
  const width = stringOption(args, "width");
  const base = { locale: (stringOption(args, "locale") ?? "en") as ChartLocale, ...(title !== undefined ? { title } : {}), ...(width !== undefined ? { width: Number(width) } : {}) };
  const modelFile = stringOption(args, "model");
  const model = modelFile !== undefined ? readInputFile(modelFile, "model file (--model)") : undefined;
  const needModel = (): string => { if (model === undefined) throw new OptionError(message.cliMissingArgument(`chart ${kind}`, "--model")); return model; };
  const scale = scaleOption(args);
  const reverse = listOption(args, "reverse") ?? [];
  const keyed = reverse.length > 0 ? reverseCode(ds, reverse, scale) : ds;
  const groups = (): { construct: string; items: string[] }[] => {
    if (model !== undefined) return constructsOf(model);
    const items = selectItems(ds, listOption(args, "items") ?? ds.names.filter((n) => ds.columns.get(n)?.kind === "numeric"));
    const byPrefix = new Map<string, string[]>();
    for (const it of items) { const p = it.replace(/\d+$/, "").toUpperCase(); byPrefix.set(p, [...(byPrefix.get(p) ?? []), it]); }
    return [...byPrefix].map(([construct, its]) => ({ construct, items: its }));
  };
  // a figure drawn from an inadmissible fit says so on stderr (the figure itself has no room for it)
  const noted = (fit: SemFit, label = ""): SemFit => {
    for (const w of fit.problems ?? []) process.stderr.write(`semkit chart: warning: ${label}${w}\n`);
    return fit;
  };
  switch (kind) {
    case "path": case "coefficients": case "fit": case "residuals": {
      const fit = noted(sem(needModel(), ds, semOptions(args)));
      if (kind === "fit") {
        // Under MLR the scaled χ² and the robust CFI, TLI and RMSEA, as the report's tables and figure show them.
        const fm = fit.fitMeasures(), k = fitKeys(fit.estimator === "MLR");
        return fitIndexChart({ ...fm, chisq: fm[k.chisq]!, cfi: fm[k.cfi]!, tli: fm[k.tli]!, rmsea: fm[k.rmsea]!, "rmsea.ci.lower": fm[k.lo]!, "rmsea.ci.upper": fm[k.hi]!, cmin_df: fm[k.chisq]! / fm.df! }, base);
      }
      if (kind === "residuals") { const r = fit.residuals("cor")[0]!; return correlationHeatmap({ names: r.names, matrix: r.cov }, { ...base, residual: true }); }
      if (kind === "coefficients") return coefficientPlot(fit.parameterEstimates(), { ...base, ops: listOption(args, "ops") ?? ["~"] });
      return pathDiagram(fit.parameterEstimates(), { ...base, standardized: !flag(args, "raw"), hideIndicators: flag(args, "hide-indicators"), dashNonSignificant: !flag(args, "no-dash"), group: number(args, "show-group", 1) });
    }
    case "loadings": {
      const threshold = number(args, "threshold", 0.3);
      if (model !== undefined) {
        const pe = noted(sem(model, ds, semOptions(args))).parameterEstimates().filter((r) => r.op === "=~" && r.group <= 1);
        const factors = [...new Set(pe.map((r) => r.lhs))], items = [...new Set(pe.map((r) => r.rhs))];
        const loadings = items.map((it) => factors.map((f) => pe.find((r) => r.lhs === f && r.rhs === it)?.["std.all"] ?? 0));
        return loadingsHeatmap({ items, factors, loadings }, { ...base, threshold });
      }
      const items = selectItems(ds, listOption(args, "items") ?? ds.names.filter((n) => ds.columns.get(n)?.kind === "numeric"));
      const nf = number(args, "nfactors", NaN);
      const nfactors = Number.isNaN(nf) ? parallelAnalysis(ds, { items, reverse, ...(scale ? { scale } : {}) }).nfactors ?? 1 : nf;
      const res = efa(ds, { items, reverse, ...(scale ? { scale } : {}), nfactors, fm: (stringOption(args, "fm") ?? "minres") as never, rotate: (stringOption(args, "rotate") ?? "oblimin") as never });
      return loadingsHeatmap({ items: res.items, factors: res.loadings[0]!.map((_, j) => `F${j + 1}`), loadings: res.loadings }, { ...base, threshold, sort: true });
    }
    case "scree": {
      const items = listOption(args, "items") ?? (model !== undefined ? constructsOf(model).flatMap((g) => g.items) : undefined);
      const pa = parallelAnalysis(ds, { ...(items ? { items } : {}), reverse, ...(scale ? { scale } : {}), iterations: number(args, "iterations", 100), seed: seedOption(args) ?? 1, fa: "fa" });
      // Common-factor eigenvalues (psych fa.parallel, fa = "fa"): no Kaiser line, it belongs to component eigenvalues.
      return screePlot({ eigenvalues: pa.faValues!, simulated: pa.faRandom!, ...(pa.nfactors !== null ? { suggested: pa.nfactors } : {}) }, { ...base, kaiser: false });
    }
    case "likert": {
      const described = groups().map((g) => ({ construct: g.construct, items: describe(keyed, g.items, scale ? { scale } : {}).items }));
      const categories = listOption(args, "categories") ?? (scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, k) => String(scale.min + k)) : undefined);
      return likertChart(described, { ...base, ...(categories ? { categories } : {}) });
    }
    case "alpha": {
      const scales = groups().map((g) => {
        const r = alpha(keyed, { items: g.items });
        return { scale: g.construct, alpha: r.total.rawAlpha, items: r.alphaDrop.map((d) => ({ item: d.item, alphaIfDropped: d.rawAlpha })) };
      });
      return alphaDropChart(scales, base);
    }
    case "bootstrap": {
      const m = needModel(), opts = semOptions(args);
      const used = [...new Set(constructsOf(m).flatMap((g) => g.items))];
      const data = rowsOf(ds, used);
      const pick = (fit: ReturnType<typeof sem>): number => {
        const rows = fit.parameterEstimates().filter((r) => r.op === ":=");
        const name = stringOption(args, "param");
        const row = name === undefined ? rows[0] : rows.find((r) => r.lhs === name);
        if (row === undefined) throw new OptionError(message.chartEmpty("semkit chart bootstrap", name === undefined ? "the model defines no := parameter" : `no := parameter named ${name}`));
        return row.est;
      };
      const estimate = pick(sem(m, data, opts));
      const rng = createRng(seedOption(args) ?? 1);
      const draws: number[] = [];
      for (let b = 0; b < number(args, "boot", 1000); b++) {
        try { draws.push(pick(sem(m, rowsOf(data, used, (n) => Array.from({ length: n }, () => rng.int(n))), opts))); } catch { /* a failed replicate is skipped */ }
      }
      const jack: number[] = [];
      if (!flag(args, "no-bca")) for (let i = 0; i < data.n; i++) jack.push(pick(sem(m, rowsOf(data, used, (n) => Array.from({ length: n - 1 }, (_, k) => (k < i ? k : k + 1))), opts)));
      const ci = bootstrapInterval(draws, estimate, 0.95, jack.length ? jackknifeAcceleration(jack) : null);
      return bootstrapChart({ draws, estimate, percentile: ci.percentile, ...(ci.bca !== null ? { bca: ci.bca } : {}) }, { ...base, ...(stringOption(args, "param") ? { effect: stringOption(args, "param")! } : {}) });
    }
    case "slopes": {
      const g = constructsOf(needModel());
      const find = (key: string): string[] => {
        const name = stringOption(args, key);
        const hit = g.find((c) => c.construct === name);
        if (hit === undefined) throw new OptionError(message.cliMissingArgument("chart slopes", `--${key} (a construct of the model)`));
        return hit.items;
      };
      const r = simpleSlopesFromScores(composite(keyed, find("predictor")), composite(keyed, find("moderator")), composite(keyed, find("outcome")));
      return simpleSlopesChart({ predictor: stringOption(args, "predictor")!, moderator: stringOption(args, "moderator")!, outcome: stringOption(args, "outcome")!, slopes: r.slopes }, base);
    }
    case "invariance": {
      const group = stringOption(args, "group");
      if (group === undefined) throw new OptionError(message.cliMissingArgument("chart invariance", "--group"));
      const steps: [string, string[]][] = [["configural", []], ["metric", ["loadings"]], ["scalar", ["loadings", "intercepts"]], ["strict", ["loadings", "intercepts", "residuals"]]];
      return invarianceChart(steps.map(([step, groupEqual]) => {
        const f = noted(sem(needModel(), ds, { ...semOptions(args), group, groupEqual }), `${step}: `).fitMeasures();
        return { step, cfi: f.cfi!, rmsea: f.rmsea! };
      }), base);
    }
  }
}

/**
 * Write a spec as .svg, .png or .vl.json (by extension).
 * @param spec the chart
 * @param out the file name
 * @param png PNG density (a scale factor, or `{ dpi }` / `{ width }` in pixels)
 * @returns nothing
 * @throws OptionError for another extension or a bad PNG size
 * @example await writeChart(spec, "fit.png", { dpi: 300 });
 */
export async function writeChart(spec: ChartSpec, out: string, png: number | PngOptions = 2): Promise<void> {
  if (out.endsWith(".vl.json") || out.endsWith(".json")) writeFileSync(out, JSON.stringify(spec, null, 2) + "\n");
  else if (out.endsWith(".svg")) writeFileSync(out, await toSvg(spec));
  else if (out.endsWith(".png")) writeFileSync(out, await toPng(spec, typeof png === "number" ? { scale: png } : png));
  else throw new OptionError(message.chartBadOut(out));
}

/** The flags of `semkit chart` and how each reads its value (any other flag is a usage error). */
export const CHART_FLAGS: FlagSpec = {
  ...DATA_FILE_FLAGS, ...ESTIMATION_FLAGS,
  dpi: "value", "png-width": "value", "show-group": "value", out: "value", model: "value", items: "value", reverse: "value", scale: "value", "missing-codes": "value",
  title: "value", locale: "value", width: "value", "png-scale": "value", categories: "value", group: "value",
  ops: "value", nfactors: "value", fm: "value", rotate: "value", threshold: "value", iterations: "value",
  seed: "value", param: "value", boot: "value", predictor: "value", moderator: "value", outcome: "value",
  raw: "switch", "hide-indicators": "switch", "no-dash": "switch", "no-bca": "switch",
};

export const chartCommand: Command = {
  summary: "draw a figure (path diagram, fit, loadings, scree, …) as SVG, PNG or Vega-Lite JSON",
  flags: CHART_FLAGS,
  usage: USAGE,
  async run(args, out) {
    const [kind, file] = args.positionals;
    if (kind === undefined) throw new OptionError(message.cliMissingArgument("chart", "<kind>"));
    if (!(CHART_KINDS as readonly string[]).includes(kind)) throw new OptionError(message.chartUnknownKind(kind, CHART_KINDS));
    if (file === undefined) throw new OptionError(message.cliMissingArgument("chart", "<data.csv>"));
    const target = stringOption(args, "out");
    if (target === undefined) throw new OptionError(message.cliMissingArgument("chart", "--out"));
    if (!/\.(svg|png|json)$/.test(target)) throw new OptionError(message.chartBadOut(target));
    const ds = await readDataFile(args, file);
    const spec = await chartSpec(kind as Kind, ds, args);
    await writeChart(spec, target, pngSize(args));
    out(`wrote ${target}`);
    return 0;
  },
};
