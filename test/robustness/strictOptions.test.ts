/**
 * Strict options: every public function of `semkit` and `semkit/node` that takes an options object rejects a
 * key it does not know with an OptionError naming the key, the function and the nearest valid name; lavaan's
 * dotted names are aliases of semkit's camelCase names; option values of the wrong type say what was expected.
 */
import { describe, expect, test } from "vitest";
import { fileURLToPath } from "node:url";
import * as index from "../../src/index.ts";
import * as advanced from "../../src/advanced.ts";
import * as thesis from "../../src/thesis.ts";

/** The three browser-safe entry points together (semkit, semkit/advanced, semkit/thesis). */
const api = { ...index, ...advanced, ...thesis };
import * as nodeApi from "../../src/node/index.ts";
import { OptionError } from "../../src/errors.ts";
import type { OptionKeys } from "../../src/options/optionKeys.ts";
import { SEM_OPTION_KEYS } from "../../src/sem/types.ts";
import { CSV_OPTION_KEYS } from "../../src/data/csvOptions.ts";
import { NUMERIC_MATRIX_OPTION_KEYS } from "../../src/data/numericMatrix.ts";
import { DESCRIBE_OPTION_KEYS } from "../../src/data/describe.ts";
import { COVARIANCE_OPTION_KEYS } from "../../src/data/covariance.ts";
import { ALPHA_OPTION_KEYS } from "../../src/reliability/alpha.ts";
import { ALPHA_MATRIX_OPTION_KEYS } from "../../src/reliability/alphaFromMatrix.ts";
import { ITEM_SELECTION_KEYS } from "../../src/data/itemMatrix.ts";
import { PRINT_EXPR_OPTION_KEYS } from "../../src/syntax/print.ts";
import { PARTABLE_SPEC_KEYS } from "../../src/partable/types.ts";
import { MOMENTS_FIT_OPTION_KEYS } from "../../src/sem/semFromMoments.ts";
import { EFA_OPTION_KEYS } from "../../src/efa/efa.ts";
import { EFA_CORE_OPTION_KEYS } from "../../src/efa/types.ts";
import { PARALLEL_OPTION_KEYS } from "../../src/efa/parallelAnalysis.ts";
import { MAP_TEST_OPTION_KEYS } from "../../src/efa/mapTest.ts";
import { GPA_OPTION_KEYS } from "../../src/efa/gpaOblique.ts";
import { CHART_OPTION_KEYS } from "../../src/charts/types.ts";
import { PATH_DIAGRAM_OPTION_KEYS } from "../../src/charts/pathDiagram.ts";
import { COEFFICIENT_PLOT_OPTION_KEYS } from "../../src/charts/coefficientPlot.ts";
import { LOADINGS_HEATMAP_OPTION_KEYS } from "../../src/charts/loadingsHeatmap.ts";
import { SCREE_PLOT_OPTION_KEYS } from "../../src/charts/screePlot.ts";
import { CORRELATION_HEATMAP_OPTION_KEYS } from "../../src/charts/correlationHeatmap.ts";
import { LIKERT_CHART_OPTION_KEYS } from "../../src/charts/likertChart.ts";
import { BOOTSTRAP_CHART_OPTION_KEYS } from "../../src/charts/bootstrapChart.ts";
import { SIMPLE_SLOPES_OPTION_KEYS } from "../../src/charts/simpleSlopesChart.ts";
import { INVARIANCE_CHART_OPTION_KEYS } from "../../src/charts/invarianceChart.ts";
import { POPULATION_OPTION_KEYS, SIMULATE_OPTION_KEYS } from "../../src/simulate/types.ts";
import { POWER_OPTION_KEYS } from "../../src/power/types.ts";
import { VALIDITY_OPTION_KEYS } from "../../src/validity/types.ts";
import { CONSTRUCT_VALIDITY_OPTION_KEYS } from "../../src/validity/constructValidity.ts";
import { HTMT_OPTION_KEYS } from "../../src/validity/htmt.ts";
import { BOOTSTRAP_FN_OPTION_KEYS } from "../../src/bootstrap/bootstrap.ts";
import { SEM_BOOTSTRAP_OPTION_KEYS } from "../../src/sem/applyBootstrap.ts";
import { MEDIATION_OPTION_KEYS } from "../../src/mediation/mediation.ts";
import { INVARIANCE_OPTION_KEYS } from "../../src/invariance/invariance.ts";
import { LATENT_INTERACTION_OPTION_KEYS } from "../../src/moderation/latentInteraction.ts";
import { CSV_TABLE_OPTION_KEYS } from "../../src/report/renderCsvTable.ts";
import { THESIS_DOCUMENT_OPTION_KEYS } from "../../src/report/thesisDocument.ts";
import { NUMBER_CELL_OPTION_KEYS } from "../../src/report/table.ts";
import { THESIS_CONFIG_KEYS } from "../../src/thesis/types.ts";
import { PNG_OPTION_KEYS } from "../../src/node/rasterize.ts";
import { XLSX_OPTION_KEYS } from "../../src/node/readXlsx.ts";
import { SAV_OPTION_KEYS } from "../../src/node/readSav.ts";
import { STREAM_CSV_OPTION_KEYS } from "../../src/node/streamCsvMoments.ts";
import { PARALLEL_BOOTSTRAP_OPTION_KEYS } from "../../src/node/bootstrapWorkers.ts";
import { POWER_PARALLEL_OPTION_KEYS } from "../../src/node/powerWorkers.ts";
import { PLS_OPTION_KEYS } from "../../src/pls/checkPlsOptions.ts";
import { PLS_PREDICT_OPTION_KEYS } from "../../src/pls/plsPredict.ts";
import { PLS_MGA_OPTION_KEYS } from "../../src/pls/plsMga.ts";
import { PLS_PARALLEL_OPTION_KEYS } from "../../src/node/plsParallel.ts";
import { COMMON_METHOD_BIAS_OPTION_KEYS } from "../../src/cmb/commonMethodBias.ts";
import { mergeOptionKeys } from "../../src/options/optionKeys.ts";
import { csv, oneFactorRows } from "./helpers.ts";

const untyped = <T>(x: unknown): T => x as T;
const CSV_FILE = fileURLToPath(new URL("../../data/loyalty_survey.csv", import.meta.url));
const TEXT = csv(["x1", "x2", "x3", "x4"], oneFactorRows(120, [0.8, 0.7, 0.6, 0.7], 7));
const GROUPED = TEXT.split("\n").map((l, i) => (l === "" ? l : `${l},${i === 0 ? "g" : i % 2 === 0 ? "a" : "b"}`)).join("\n");
const DS = api.parseCsv(TEXT);
const MODEL = "f =~ x1 + x2 + x3 + x4";
const POP = "f =~ .7*x1 + .7*x2 + .7*x3";
const FIT = api.sem(MODEL, DS);
const STATS = { names: ["x1", "x2"], groups: [""], nobs: [100], ntotal: 100, cov: [new Float64Array([1, 0.5, 0.5, 1])], mean: [new Float64Array(2)] };
const TABLE = { id: "t", number: 1, title: "T", columns: [], rows: [], notes: [] };
const CONFIG = api.parseThesisConfig({ constructs: [{ name: "F", items: ["x1", "x2"] }] });
/** The shape thesisDocument reads (its content is not reached: the options are checked first). */
const RESULT = {
  config: CONFIG, items: [], sample: [], descriptives: { items: [] }, reverseCoding: [], reliability: [], efa: {}, cfa: {},
  structural: {}, mediation: {}, moderation: [], invariance: {}, hypotheses: [],
};

/** One public function with options: its name, its accepted keys, and a call with the given options. */
interface Case { readonly name: string; readonly keys: OptionKeys; readonly call: (o: Record<string, unknown>) => unknown }
const c = (name: string, keys: OptionKeys, call: (o: Record<string, unknown>) => unknown): Case => ({ name, keys, call });
const o = untyped<never>;

const CASES: readonly Case[] = [
  c("parseCsv", CSV_OPTION_KEYS, (x) => api.parseCsv(TEXT, o(x))),
  c("toDataset", CSV_OPTION_KEYS, (x) => api.toDataset(TEXT, o(x))),
  c("numericMatrix", NUMERIC_MATRIX_OPTION_KEYS, (x) => api.numericMatrix(DS, ["x1"], o(x))),
  c("describe", DESCRIBE_OPTION_KEYS, (x) => api.describe(DS, ["x1"], o(x))),
  c("covariance", COVARIANCE_OPTION_KEYS, (x) => api.covariance(new Float64Array(4), 2, 2, o(x))),
  c("correlation", COVARIANCE_OPTION_KEYS, (x) => api.correlation(new Float64Array(4), 2, 2, o(x))),
  c("alpha", ALPHA_OPTION_KEYS, (x) => api.alpha(DS, o(x))),
  c("alphaFromMatrix", ALPHA_MATRIX_OPTION_KEYS, (x) => api.alphaFromMatrix(new Float64Array(6), 3, 2, ["a", "b"], o(x))),
  c("omega", ITEM_SELECTION_KEYS, (x) => api.omega(DS, o(x))),
  c("polychoric", ITEM_SELECTION_KEYS, (x) => api.polychoric(DS, o(x))),
  c("printExpr", PRINT_EXPR_OPTION_KEYS, (x) => api.printExpr(api.parseExpr("a*b"), o(x))),
  c("buildParTable", PARTABLE_SPEC_KEYS, (x) => api.buildParTable(api.parseModel(MODEL), o({ ovNames: ["x1", "x2", "x3", "x4"], ...x }))),
  c("sem", SEM_OPTION_KEYS, (x) => api.sem(MODEL, DS, o(x))),
  c("cfa", SEM_OPTION_KEYS, (x) => api.cfa(MODEL, DS, o(x))),
  c("semFromMoments", MOMENTS_FIT_OPTION_KEYS, (x) => api.semFromMoments("f =~ x1 + x2", STATS, o(x))),
  c("efa", EFA_OPTION_KEYS, (x) => api.efa(DS, o(x))),
  c("efaFromCorrelation", EFA_CORE_OPTION_KEYS, (x) => api.efaFromCorrelation(new Float64Array([1, 0, 0, 1]), 2, 100, ["a", "b"], o(x))),
  c("parallelAnalysis", PARALLEL_OPTION_KEYS, (x) => api.parallelAnalysis(DS, o(x))),
  c("mapTest", MAP_TEST_OPTION_KEYS, (x) => api.mapTest(DS, o(x))),
  c("gpaOblique", GPA_OPTION_KEYS, (x) => api.gpaOblique(new Float64Array(4), 2, 2, api.obliminCriterion(), o(x))),
  c("gpaOrthogonal", GPA_OPTION_KEYS, (x) => api.gpaOrthogonal(new Float64Array(4), 2, 2, api.varimaxCriterion, o(x))),
  c("powerCurve", CHART_OPTION_KEYS, (x) => api.powerCurve({ rows: [] }, o(x))),
  c("fitIndexChart", CHART_OPTION_KEYS, (x) => api.fitIndexChart({}, o(x))),
  c("alphaDropChart", CHART_OPTION_KEYS, (x) => api.alphaDropChart([], o(x))),
  c("pathDiagram", PATH_DIAGRAM_OPTION_KEYS, (x) => api.pathDiagram([], o(x))),
  c("coefficientPlot", COEFFICIENT_PLOT_OPTION_KEYS, (x) => api.coefficientPlot([], o(x))),
  c("loadingsHeatmap", LOADINGS_HEATMAP_OPTION_KEYS, (x) => api.loadingsHeatmap({ items: [], factors: [], loadings: [] }, o(x))),
  c("screePlot", SCREE_PLOT_OPTION_KEYS, (x) => api.screePlot({ eigenvalues: [] }, o(x))),
  c("correlationHeatmap", CORRELATION_HEATMAP_OPTION_KEYS, (x) => api.correlationHeatmap({ names: [], matrix: [] }, o(x))),
  c("likertChart", LIKERT_CHART_OPTION_KEYS, (x) => api.likertChart([], o(x))),
  c("bootstrapChart", BOOTSTRAP_CHART_OPTION_KEYS, (x) => api.bootstrapChart({ draws: [], estimate: 0 }, o(x))),
  c("simpleSlopesChart", SIMPLE_SLOPES_OPTION_KEYS, (x) =>
    api.simpleSlopesChart(untyped({ predictor: "x", moderator: "m", outcome: "y", slopes: [] }), o(x))),
  c("invarianceChart", INVARIANCE_CHART_OPTION_KEYS, (x) => api.invarianceChart([], o(x))),
  c("simulateData", SIMULATE_OPTION_KEYS, (x) => api.simulateData(POP, o(x))),
  c("populationModel", POPULATION_OPTION_KEYS, (x) => api.populationModel(POP, o(x))),
  c("power", POWER_OPTION_KEYS, (x) => api.power(POP, "f =~ x1 + x2 + x3", o(x))),
  c("validity", VALIDITY_OPTION_KEYS, (x) => api.validity(FIT, o(x))),
  c("constructValidity", CONSTRUCT_VALIDITY_OPTION_KEYS, (x) => api.constructValidity(MODEL, DS, o(x))),
  c("htmt", HTMT_OPTION_KEYS, (x) => api.htmt(new Float64Array(1), 1, [], o(x))),
  c("bootstrap", BOOTSTRAP_FN_OPTION_KEYS, (x) => api.bootstrap(MODEL, DS, o(x))),
  c("bootstrapSetup", SEM_OPTION_KEYS, (x) => api.bootstrapSetup(MODEL, DS, o(x))),
  c("applyBootstrap", SEM_BOOTSTRAP_OPTION_KEYS, (x) => api.applyBootstrap(FIT, DS, o(x))),
  c("bootstrapOnWorkers", BOOTSTRAP_FN_OPTION_KEYS, (x) => api.bootstrapOnWorkers(MODEL, DS, [], o(x))),
  c("mediation", MEDIATION_OPTION_KEYS, (x) => api.mediation(FIT, o(x))),
  c("invariance", INVARIANCE_OPTION_KEYS, (x) => api.invariance(MODEL, GROUPED, o(x))),
  c("latentInteraction", LATENT_INTERACTION_OPTION_KEYS, (x) => api.latentInteraction(MODEL, DS, o(x))),
  c("tableToCsv", CSV_TABLE_OPTION_KEYS, (x) => api.tableToCsv(untyped(TABLE), o(x))),
  c("thesisDocument", THESIS_DOCUMENT_OPTION_KEYS, (x) => api.thesisDocument(untyped(RESULT), o({ lang: "en", ...x }))),
  c("numberCell", NUMBER_CELL_OPTION_KEYS, (x) => api.numberCell(0.5, 2, o(x))),
  c("parseThesisConfig", THESIS_CONFIG_KEYS, (x) => api.parseThesisConfig({ constructs: [{ name: "F", items: ["x1", "x2"] }], ...x })),
  c("thesisAnalysis", THESIS_CONFIG_KEYS, (x) => api.thesisAnalysis(DS, o({ ...CONFIG, ...x }))),
  c("growth", SEM_OPTION_KEYS, (x) => api.growth("i =~ 1*x1 + 1*x2 + 1*x3\ns =~ 0*x1 + 1*x2 + 2*x3", DS, o(x))),
  c("totalVarianceExplained", EFA_OPTION_KEYS, (x) => api.totalVarianceExplained(DS, o({ nfactors: 1, ...x }))),
  c("commonMethodBias", COMMON_METHOD_BIAS_OPTION_KEYS, (x) => api.commonMethodBias(DS, MODEL, o(x))),
  c("pls", PLS_OPTION_KEYS, (x) => api.pls("f =~ x1 + x2\ng =~ x3 + x4\ng ~ f", DS, o(x))),
  c("plsPredict", PLS_PREDICT_OPTION_KEYS, (x) => api.plsPredict("f =~ x1 + x2\ng =~ x3 + x4\ng ~ f", DS, o(x))),
  c("plsMga", PLS_MGA_OPTION_KEYS, (x) => api.plsMga("f =~ x1 + x2\ng =~ x3 + x4\ng ~ f", DS, o({ group: "x1", ...x }))),
  c("plsPathDiagram", PATH_DIAGRAM_OPTION_KEYS, (x) => api.plsPathDiagram(api.pls("f =~ x1 + x2\ng =~ x3 + x4\ng ~ f", DS), o(x))),
  c("plsParallel", PLS_PARALLEL_OPTION_KEYS, (x) => nodeApi.plsParallel("f =~ x1 + x2\ng =~ x3 + x4\ng ~ f", DS, o(x))),
  c("readCsvFile", CSV_OPTION_KEYS, (x) => nodeApi.readCsvFile(CSV_FILE, o(x))),
  c("toPng", PNG_OPTION_KEYS, (x) => nodeApi.toPng("<svg xmlns='http://www.w3.org/2000/svg'/>", o(x))),
  c("rasterize", PNG_OPTION_KEYS, (x) => nodeApi.rasterize("<svg xmlns='http://www.w3.org/2000/svg'/>", o(x))),
  c("readXlsx", XLSX_OPTION_KEYS, (x) => nodeApi.readXlsx(CSV_FILE, o(x))),
  c("readSav", SAV_OPTION_KEYS, (x) => nodeApi.readSav(CSV_FILE, o(x))),
  c("streamCsvMoments", STREAM_CSV_OPTION_KEYS, (x) => nodeApi.streamCsvMoments(CSV_FILE, o(x))),
  c("bootstrapParallel", mergeOptionKeys(SEM_OPTION_KEYS, PARALLEL_BOOTSTRAP_OPTION_KEYS), (x) => nodeApi.bootstrapParallel(MODEL, DS, o(x))),
  c("powerParallel", POWER_PARALLEL_OPTION_KEYS, (x) => nodeApi.powerParallel(POP, "f =~ x1 + x2 + x3", o(x))),
];

/** Functions whose options-like parameter is not a user options object (checked elsewhere or a plain record). */
const NOT_OPTIONS = new Set([
  "measurementModel", "structuralModel", // same
  "summarizeBootstrap", // takes the settings made by the bootstrap functions
  "selectItems", // spec: item names or patterns
  "toSvg", "chart", // spec: a Vega-Lite chart spec
]);

/** Runs a call and returns what it threw or rejected with (undefined when it succeeded). */
async function failure(fn: () => unknown): Promise<unknown> {
  try {
    const r = fn();
    if (r instanceof Promise) await r;
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("every public function with options rejects an unknown key", () => {
  test("the table below covers every exported function with an options, config or spec parameter", () => {
    const params = /^(?:async\s+)?function\s*\w*\s*\(([^)]*)\)/;
    const covered = new Set(CASES.map((k) => k.name));
    const missing: string[] = [];
    for (const [name, fn] of [...Object.entries(api), ...Object.entries(nodeApi)]) {
      if (typeof fn !== "function" || fn.prototype instanceof Error) continue;
      const m = params.exec(fn.toString());
      if (m === null) continue;
      if (/\b(options|config|spec)\b/.test(m[1]!) && !covered.has(name) && !NOT_OPTIONS.has(name)) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  test.each(CASES.map((k) => [k.name, k] as const))("%s: a misspelt key names the key, the function and the nearest valid key", async (_n, k) => {
    const real = k.keys.names[0]!;
    const typo = `${real}x`;
    const e = await failure(() => k.call({ [typo]: 1 }));
    expect(e, `${k.name} accepted ${typo}`).toBeInstanceOf(OptionError);
    const text = (e as Error).message;
    expect(text).toContain(`${k.name}()`);
    expect(text).toContain(`unknown option "${typo}"`);
    expect(text).toContain(`did you mean "${real}"?`);
  });
});

describe("the issue's examples", () => {
  test("sem({ estimater: 'MLR' }) names estimator", () => {
    expect(() => api.sem(MODEL, DS, o({ estimater: "MLR" }))).toThrow(/sem\(\): unknown option "estimater"; did you mean "estimator"\?/);
  });
  test("alpha({ item: [...] }) points to items, not a silent run on every column", () => {
    expect(() => api.alpha(DS, o({ item: ["x1", "x2"] }))).toThrow(/alpha\(\): unknown option "item"; did you mean "items"\?/);
  });
  test("a nested options object is checked too: scale: { mn, max }", () => {
    expect(() => api.alpha(DS, o({ reverse: ["x1"], scale: { mn: 1, max: 5 } }))).toThrow(/unknown option "scale\.mn"; did you mean "scale\.min"\?/);
    expect(() => api.mediation(FIT, o({ bootstrap: { data: DS, draw: 10 } }))).toThrow(/unknown option "bootstrap\.draw"; did you mean "bootstrap\.draws"\?/);
  });
  test("reverseCode's scale is checked like an options object", () => {
    expect(() => api.reverseCode(DS, ["x1"], o({ min: 1, mx: 5 }))).toThrow(/reverseCode\(\): unknown option "scale\.mx"; did you mean "scale\.max"\?/);
  });
  test("a key whose value is undefined is still checked", () => {
    expect(() => api.efa(DS, o({ nfactors: 1, nfactor: undefined }))).toThrow(OptionError);
  });
});

describe("a fit's summary() checks its options too", () => {
  test("a misspelt key names the nearest, and lavaan's fit.measures is fitMeasures", () => {
    expect(() => FIT.summary(o({ fitMeasure: true }))).toThrow(/summary\(\): unknown option "fitMeasure"; did you mean "fitMeasures"\?/);
    expect(FIT.summary(o({ "fit.measures": true }))).toBe(FIT.summary({ fitMeasures: true }));
    expect(FIT.summary({ fitMeasures: true })).toContain("Comparative Fit Index (CFI)");
  });
});

describe("lavaan's dotted names are aliases of semkit's names", () => {
  test("std.lv gives the same fit as stdLv", () => {
    // same model, two spellings: identical estimates (latent variance fixed to 1 in both)
    const a = api.sem(MODEL, DS, o({ "std.lv": true })), b = api.sem(MODEL, DS, { stdLv: true });
    expect(a.parameterEstimates().map((r) => r.est)).toEqual(b.parameterEstimates().map((r) => r.est));
    const loading = a.parameterEstimates().find((r) => r.op === "~~" && r.lhs === "f")!;
    expect(loading.est).toBe(1);
  });
  test("group.equal constrains the loadings as groupEqual does", () => {
    const a = api.sem(MODEL, GROUPED, o({ group: "g", "group.equal": ["loadings"] }));
    const b = api.sem(MODEL, GROUPED, { group: "g", groupEqual: ["loadings"] });
    expect(a.fitMeasures()["df"]).toBe(b.fitMeasures()["df"]);
    expect(a.fitMeasures()["chisq"]).toBe(b.fitMeasures()["chisq"]);
    const free = api.sem(MODEL, GROUPED, { group: "g" });
    expect(a.fitMeasures()["df"]).toBe(free.fitMeasures()["df"]! + 3);
  });
  test("both spellings at once are an error naming both", () => {
    expect(() => api.sem(MODEL, DS, o({ stdLv: true, "std.lv": false }))).toThrow(/"stdLv" is given twice, also as lavaan's "std\.lv"/);
  });
  test("a lavaan option semkit does not implement stays an error", () => {
    expect(() => api.sem(MODEL, DS, o({ "conditional.x": false }))).toThrow(/unknown option "conditional\.x": semkit does not implement this lavaan option/);
    expect(() => api.alpha(DS, o({ "std.ov": true }))).toThrow(OptionError);
  });
  test("an alias counts only where the function has the option", () => {
    expect(() => api.alpha(DS, o({ "group.equal": ["loadings"] }))).toThrow(/alpha\(\): unknown option "group\.equal"/);
  });
  test("the alias also reaches invariance, bootstrap and constructValidity", () => {
    const v = api.constructValidity(MODEL, DS, o({ "std.lv": true }));
    expect(v.fit.parameterEstimates().find((r) => r.op === "~~" && r.lhs === "f")!.est).toBe(1);
  });
});

describe("option values say what was expected", () => {
  test('ordered: "yes" says true/false or a list of item names', () => {
    expect(() => api.sem(MODEL, DS, o({ ordered: "yes" }))).toThrow(
      'option ordered must be true/false or a list of item names (e.g. ["q1", "q2"]), got the string "yes"');
  });
  test("missingCodes: [-99] is accepted as numbers, like ['-99']", () => {
    const withCode = TEXT.replace(/\n([^,\n]+),/, "\n-99,");
    const a = api.sem(MODEL, withCode, o({ missingCodes: [-99] })), b = api.sem(MODEL, withCode, { missingCodes: ["-99"] });
    expect(a.ntotal).toBe(119);
    expect(a.ntotal).toBe(b.ntotal);
    expect(() => api.sem(MODEL, DS, o({ missingCodes: -99 }))).toThrow(/missingCodes must be a list of missing-value codes, numbers or strings/);
  });
  test("estimator: lavaan's lower-case names are read, unknown ones list the estimators", () => {
    expect(api.sem(MODEL, DS, o({ estimator: "mlr" })).fitMeasures()["chisq.scaled"])
      .toBe(api.sem(MODEL, DS, { estimator: "MLR" }).fitMeasures()["chisq.scaled"]);
    expect(() => api.sem(MODEL, DS, o({ estimator: "PML" }))).toThrow('unknown estimator "PML"; use one of "ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"');
    expect(() => api.sem(MODEL, DS, o({ estimator: 5 }))).toThrow('option estimator must be a string such as "ML", got number 5');
  });
  test("switches, levels and CSV marks of the wrong kind are refused", () => {
    expect(() => api.alpha(DS, o({ checkKeys: "yes" }))).toThrow('option checkKeys must be true or false, got the string "yes"');
    expect(() => api.mediation(FIT, o({ level: "95" }))).toThrow('level must lie strictly between 0 and 1, got the string "95"');
    expect(() => api.bootstrap(MODEL, DS, o({ level: "0.9" }))).toThrow('level must lie strictly between 0 and 1, got the string "0.9"');
    expect(() => api.parseCsv("a;b\n1;2", o({ delimiter: "|" }))).toThrow('unknown delimiter "|"; use one of ",", ";", "\\t"');
    expect(() => api.parallelAnalysis(DS, o({ iterations: "10" }))).toThrow('iterations must be a whole number ≥ 1, got the string "10"');
  });
  test('nfactors: "2" says it got the string "2"', () => {
    expect(() => api.efa(DS, o({ nfactors: "2" }))).toThrow('nfactors must be a whole number from 1 to 4 (the number of items), got the string "2"');
  });
});
