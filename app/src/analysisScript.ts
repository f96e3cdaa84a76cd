import type { Lang } from "../../src/thesis.ts";
import type { AnalysisChoice, FitSettings } from "./protocol.ts";
import { semOptions } from "./runModel.ts";
import { thesisConfig } from "./runThesis.ts";

/** What the reproducible script needs to know about the page's run. */
export interface ScriptInput {
  readonly dataFile: string;
  readonly model: string;
  readonly settings: FitSettings;
  readonly analyses: AnalysisChoice;
  readonly lang: Lang;
  readonly version: string;
}

/**
 * A Node script that repeats the page's analysis with semkit: read the data file and `model.lav`, fit with the
 * same options, bootstrap as chosen, and run the same further analyses (the thesis pipeline), writing report.md.
 * @param s data file name, model, settings, analyses, language, version
 * @returns the script text (ES module, run with `node analysis.mjs`)
 * @throws never: a model without latent variables gets a script without the further analyses
 * @example download("analysis.mjs", analysisScript(input), "text/javascript");
 */
export function analysisScript(s: ScriptInput): string {
  const opts = semOptions(s.settings);
  const a = s.analyses;
  const further = a.reliability || a.efa || a.cfa || a.mediation || a.moderation !== null || a.invariance !== null;
  let config = "";
  if (further) {
    try {
      config = JSON.stringify(thesisConfig(s.model, s.settings, a), null, 2);
    } catch {
      config = "";
    }
  }
  const xlsx = /\.xlsx?$/i.test(s.dataFile);
  const lines = [
    `// semkit ${s.version}: the analysis made in the semkit app, as a script.`,
    `// Put ${s.dataFile} and model.lav beside this file, then: npm install semkit && node analysis.mjs`,
    `import { readFileSync, writeFileSync } from "node:fs";`,
    `import { sem, bootstrap, parseThesisConfig, thesisAnalysis, thesisDocument, documentToMarkdown } from "semkit";`,
    `import { ${xlsx ? "readXlsx" : "readCsvFile"} } from "semkit/node";`,
    "",
    `const model = readFileSync("model.lav", "utf8");`,
    xlsx ? `const data = await readXlsx(${JSON.stringify(s.dataFile)});` : `const data = readCsvFile(${JSON.stringify(s.dataFile)});`,
    `const options = ${JSON.stringify(opts)};`,
    `const fit = sem(model, data, options);`,
    `console.log(fit.summary({ fitMeasures: true, standardized: true, rsquare: true }));`,
  ];
  if (a.bootstrapAll) {
    lines.push("", `const boot = bootstrap(fit, data, { ...options, draws: ${a.draws}, seed: ${a.seed} });`,
      `console.table(boot.estimates.map((e) => ({ lhs: e.lhs, op: e.op, rhs: e.rhs, est: e.est, se: e.se, lower: e["ci.lower"], upper: e["ci.upper"] })));`);
  }
  if (config !== "") {
    lines.push("", "// Reliability, EFA, CFA with validity, mediation, moderation and invariance (the thesis pipeline).",
      `const config = parseThesisConfig(${config}, model);`,
      `const result = thesisAnalysis(data, config);`,
      `writeFileSync("report.md", documentToMarkdown(thesisDocument(result, { lang: ${JSON.stringify(s.lang)}, dataFile: ${JSON.stringify(s.dataFile)} }), (f) => \`figures/\${f.id}.svg\`));`,
      `console.log("report.md written");`);
  }
  return lines.join("\n") + "\n";
}
