/**
 * Bad-input catalogue, calls from JavaScript without type checking: a wrong type or an unknown
 * option value gives a typed error naming the option (never "Cannot read properties of undefined"), and
 * options that would be ignored silently are rejected.
 */
import { describe, expect, test } from "vitest";
import { DataError, ModelSyntaxError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { describe as describeItems } from "../../src/data/describe.ts";
import { parseExpr } from "../../src/syntax/parse.ts";
import { alpha } from "../../src/reliability/alpha.ts";
import { omega } from "../../src/reliability/omega.ts";
import { efa } from "../../src/efa/efa.ts";
import { parallelAnalysis } from "../../src/efa/parallelAnalysis.ts";
import { sem } from "../../src/sem/sem.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { printExpr, printModel, printStatement } from "../../src/syntax/print.ts";
import { evaluate } from "../../src/syntax/evaluate.ts";
import { fitMeasuresML } from "../../src/fit/fitMeasuresML.ts";
import { baselineChisqML } from "../../src/fit/baselineChisqML.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { kmo } from "../../src/efa/kmo.ts";
import { covariance } from "../../src/data/covariance.ts";
import { efaFromCorrelation } from "../../src/efa/efaFromCorrelation.ts";
import { validity } from "../../src/validity/validity.ts";
import { textTable } from "../../src/report/textTable.ts";
import { toSvg } from "../../src/charts/toSvg.ts";
import { rasterize } from "../../src/node/rasterize.ts";
import { fitIndexChart } from "../../src/charts/fitIndexChart.ts";
import { likertChart } from "../../src/charts/likertChart.ts";
import { tableToHtml } from "../../src/report/renderHtmlTable.ts";
import { tableToMarkdown } from "../../src/report/renderMarkdownTable.ts";
import { label } from "../../src/i18n/labels.ts";
import { measurementModel } from "../../src/thesis/thesisModels.ts";
import { simulateData } from "../../src/simulate/simulateData.ts";
import { power } from "../../src/power/power.ts";
import { polychoric } from "../../src/ordinal/polychoric.ts";
import { ordinalSampleStatistics } from "../../src/ordinal/ordinalSampleStatistics.ts";
import { runDraws } from "../../src/inference/resampling/runDraws.ts";
import { runDrawsOnWorkers } from "../../src/bootstrap/workerProtocol.ts";
import { bootstrapInterval } from "../../src/inference/resampling/bootstrapIntervals.ts";
import { gfiWls } from "../../src/fit/gfiWls.ts";
import { csv, oneFactorRows, thrown } from "./helpers.ts";

const DATA = csv(["x1", "x2", "x3", "g"], oneFactorRows(60, [0.7, 0.6, 0.5, 0.1], 21).map((r, i) => [...r.slice(0, 3), i % 2]));
const MODEL = "f =~ x1 + x2 + x3";
const untyped = <T>(x: unknown): T => x as T;

describe("options of the wrong type", () => {
  test("null options", () => {
    expect(thrown(() => sem(MODEL, DATA, untyped(null)), OptionError).message).toBe(message.optionsNotObject("sem", "null"));
    expect(thrown(() => alpha(DATA, untyped(null)), OptionError).message).toBe(message.optionsNotObject("alpha", "null"));
    expect(thrown(() => omega(DATA, untyped(null)), OptionError).message).toBe(message.optionsNotObject("omega", "null"));
    expect(thrown(() => parallelAnalysis(DATA, untyped(null)), OptionError).message).toBe(message.optionsNotObject("parallelAnalysis", "null"));
  });
  test("efa without its (required) options", () => {
    expect(thrown(() => efa(DATA, untyped(undefined)), OptionError).message).toBe(message.optionsNotObject("efa", "undefined"));
  });
  test("sem: group, groupEqual, reverse and missingCodes of the wrong type name the option", () => {
    expect(thrown(() => sem(MODEL, DATA, untyped({ group: 5 })), OptionError).message)
      .toBe(message.optionType("group", "a column name (string)", "number 5"));
    expect(thrown(() => sem(MODEL, DATA, untyped({ group: "g", groupEqual: "loadings" })), OptionError).message)
      .toBe(message.optionType("groupEqual", "an array of strings", 'the string "loadings"'));
    expect(thrown(() => sem(MODEL, DATA, untyped({ reverse: "x1" })), OptionError).message)
      .toBe(message.optionType("reverse", "an array of strings", 'the string "x1"'));
    expect(thrown(() => sem(MODEL, DATA, untyped({ stdLv: "yes" })), OptionError).message)
      .toBe(message.optionType("stdLv", "true or false", 'the string "yes"'));
  });
  test("sem: an unknown missing-data method is rejected, not ignored", () => {
    expect(thrown(() => sem(MODEL, DATA, untyped({ missing: "pairwise" })), OptionError).message)
      .toBe(message.optionValue("missing", "pairwise", ["listwise", "fiml", "ml", "ml.x"]));
  });
  test("items that are not names or patterns", () => {
    const ds = parseCsv(DATA);
    expect(thrown(() => describeItems(ds, untyped(undefined)), OptionError).message).toBe(message.optionNotNames("undefined"));
    expect(thrown(() => alpha(DATA, untyped({ items: 3 })), OptionError).message).toBe(message.optionNotNames("number 3"));
    expect(thrown(() => alpha(DATA, untyped({ items: ["x1", 2] })), OptionError).message).toBe(message.optionNotNames("an array"));
  });
});

describe("inputs of the wrong type", () => {
  test("parseCsv of something that is not text", () => {
    expect(thrown(() => parseCsv(untyped(undefined)), DataError).message).toBe(message.dataUnsupportedInput("undefined"));
    expect(thrown(() => parseCsv(untyped(42)), DataError).message).toBe(message.dataUnsupportedInput("number 42"));
  });
  test("parseExpr of something that is not text", () => {
    const e = thrown(() => parseExpr(untyped(null)), ModelSyntaxError);
    expect(e.message).toBe(message.syntaxAt(1, 1, message.syntaxNotText("null")));
  });
});

describe("arguments that are missing or of the wrong type", () => {
  test("bootstrap without a model", () => {
    expect(thrown(() => bootstrap(untyped(undefined), DATA, { draws: 2 }), OptionError).message)
      .toBe(message.argType("bootstrap", "model", "lavaan syntax (a string) or a fit from sem()", "undefined"));
    expect(thrown(() => bootstrap(MODEL, DATA, untyped(null)), OptionError).message).toBe(message.optionsNotObject("bootstrap", "null"));
  });
  test("printModel, printStatement, printExpr and evaluate of something that is not a parsed model", () => {
    expect(thrown(() => printModel(untyped(undefined)), OptionError).message)
      .toBe(message.argType("printModel", "ast", "an object", "undefined"));
    expect(thrown(() => printModel(untyped({})), OptionError).message)
      .toBe(message.argType("printModel", "ast.statements", "an array", "undefined"));
    expect(thrown(() => printStatement(untyped(null)), OptionError).message)
      .toBe(message.argType("printStatement", "statement", "an object", "null"));
    expect(thrown(() => printExpr(untyped("a*b")), OptionError).message)
      .toBe(message.argType("printExpr", "expr", "an object", 'the string "a*b"'));
    expect(thrown(() => evaluate(parseExpr("a*b"), untyped(undefined)), OptionError).message)
      .toBe(message.argType("evaluate", "env", "a function", "undefined"));
  });
  test("fitMeasuresML and baselineChisqML name the missing field", () => {
    expect(thrown(() => fitMeasuresML(untyped({})), OptionError).message)
      .toBe(message.argType("fitMeasuresML", "input.p", "a number", "undefined"));
    const input = { p: 1, groups: [{ nobs: 10 }], npar: 1, chisq: 0, df: 0, meanstructure: false, baselineChisq: 0, baselineDf: 0 };
    expect(thrown(() => fitMeasuresML(untyped(input)), OptionError).message)
      .toBe(message.argType("fitMeasuresML", "input.groups[0].sampleCov", "a Float64Array", "undefined"));
    expect(thrown(() => baselineChisqML(2, untyped(undefined)), OptionError).message)
      .toBe(message.argType("baselineChisqML", "groups", "an array", "undefined"));
  });
  test("numericMatrix and reverseCode without column names, or without a data set", () => {
    const ds = parseCsv(DATA);
    expect(thrown(() => numericMatrix(ds, untyped(undefined)), OptionError).message)
      .toBe(message.argType("numericMatrix", "names", "an array of column names (strings)", "undefined"));
    expect(thrown(() => numericMatrix(ds, ["x1"], untyped("listwise")), OptionError).message)
      .toBe(message.optionsNotObject("numericMatrix", 'the string "listwise"'));
    expect(thrown(() => reverseCode(ds, untyped(undefined)), OptionError).message)
      .toBe(message.argType("reverseCode", "names", "an array of column names (strings)", "undefined"));
    expect(thrown(() => reverseCode(ds, ["x1"], untyped({ min: 1 })), OptionError).message)
      .toBe(message.argType("reverseCode", "scale.max", "a number", "undefined"));
    const e = thrown(() => reverseCode(untyped(DATA), ["x1"]), DataError);
    expect(e.message).toBe(message.argType("reverseCode", "ds", "a Dataset (from parseCsv or toDataset)",
      `a string of ${DATA.length} characters (${JSON.stringify(DATA.slice(0, 20))}…)`));
  });
});

describe("the public-API sweep's fixes, one case each (the sweep is publicApiUndefined.test.ts)", () => {
  const argType = message.argType;
  test("numeric kernels name the argument that is not a Float64Array", () => {
    expect(thrown(() => kmo(untyped(undefined), 3), OptionError).message).toBe(argType("kmo", "R", "a Float64Array", "undefined"));
    expect(thrown(() => covariance(untyped([1, 2, 3, 4]), 2, 2), OptionError).message).toBe(argType("covariance", "x", "a Float64Array", "an array"));
  });
  test("efaFromCorrelation: missing options, unknown method", () => {
    const R = new Float64Array([1, 0.5, 0.5, 1]);
    expect(thrown(() => efaFromCorrelation(R, 2, 100, ["a", "b"], untyped(undefined)), OptionError).message)
      .toBe(message.optionsNotObject("efaFromCorrelation", "undefined"));
    expect(thrown(() => efaFromCorrelation(R, 2, 100, ["a", "b"], untyped({ nfactors: 1, fm: "foo", rotate: "none" })), OptionError).message)
      .toBe(message.efaUnknownMethod("fm", "foo", ["minres", "pa", "ml", "pca"]));
  });
  test("fits and records: validity of something that is not a fit, a text table with a number cell", () => {
    expect(thrown(() => validity(untyped({})), OptionError).message).toBe(argType("validity", "fit", "a fit from sem() or cfa()", "an object"));
    expect(thrown(() => textTable(["a", "b"], untyped([["x", 1]])), OptionError).message)
      .toBe(argType("textTable", "rows[0][1]", "a string", "number 1"));
  });
  test("charts: a spec that is not Vega-Lite, an SVG that does not parse, fit measures missing", async () => {
    await expect(toSvg(untyped({}))).rejects.toThrow(OptionError);
    await expect(toSvg(untyped({}))).rejects.toThrow("toSvg(): spec must be a Vega-Lite specification");
    expect(thrown(() => rasterize(""), OptionError).message).toMatch(/^rasterize\(\): the SVG text cannot be parsed \(/);
    expect(thrown(() => fitIndexChart(untyped(null)), OptionError).message).toBe(argType("fitIndexChart", "fit", "an object", "null"));
    expect(thrown(() => likertChart(untyped([{ construct: "SAT", items: [{ name: "sat1" }] }])), OptionError).message)
      .toBe(argType("likertChart", "groups[0].items[0].frequencies", "an array", "undefined"));
  });
  test("report: an APA table without rows, an unknown language, an unknown label key", () => {
    expect(thrown(() => tableToHtml(untyped({ id: "t", number: 1, title: "T", columns: [], notes: [] })), OptionError).message)
      .toBe(argType("tableToHtml", "table.rows", "an array", "undefined"));
    const table = { id: "t", number: 1, title: "T", columns: [], rows: [], notes: [] };
    expect(thrown(() => tableToMarkdown(table, untyped("de")), OptionError).message)
      .toBe(argType("tableToMarkdown", "lang", '"en" or "zh-CN"', 'the string "de"'));
    expect(thrown(() => label(untyped("nope"), "en"), OptionError).message).toBe(argType("label", "key", "a label key (LabelKey)", 'the string "nope"'));
  });
  test("thesis: a config that did not come from parseThesisConfig names the missing field", () => {
    expect(thrown(() => measurementModel(untyped({ constructs: [] })), OptionError).message)
      .toBe(argType("measurementModel", "config.reverse", "an array of column names (strings)", "undefined"));
  });
});

describe("the sweep's last twelve: simulate, power, ordinal, bootstrap, gfiWls", () => {
  const argType = message.argType;
  test("simulateData and power: options that are not an object, or without n", () => {
    expect(thrown(() => simulateData(MODEL, untyped(null)), OptionError).message).toBe(message.optionsNotObject("simulateData", "null"));
    expect(thrown(() => simulateData(MODEL, untyped({})), OptionError).message).toBe(message.simBadN(undefined));
    expect(thrown(() => power(MODEL, MODEL, untyped(undefined)), OptionError).message).toBe(message.optionsNotObject("power", "undefined"));
  });
  test("polychoric with null options; ordinalSampleStatistics without data", () => {
    expect(thrown(() => polychoric(DATA, untyped(null)), OptionError).message).toBe(message.optionsNotObject("polychoric", "null"));
    expect(thrown(() => ordinalSampleStatistics(untyped(undefined), 2, 2, ["a", "b"]), OptionError).message)
      .toBe(argType("ordinalSampleStatistics", "data", "a Float64Array", "undefined"));
  });
  test("bootstrap pieces: a setup without its fields, a worker without postMessage, replicates missing", async () => {
    expect(thrown(() => runDraws(untyped({}), 10, 1, false), OptionError).message).toBe(argType("runDraws", "setup.pt", "an object", "undefined"));
    const rejected: unknown = await runDrawsOnWorkers(untyped([{}]), untyped({}), 10, 1, false).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(OptionError);
    expect((rejected as Error).message).toBe(argType("runDrawsOnWorkers", "workers[0].postMessage", "a function", "undefined"));
    expect(thrown(() => bootstrapInterval(untyped(null), 0, 0.95, null), OptionError).message)
      .toBe(argType("bootstrapInterval", "replicates", "an array or typed array of numbers", "null"));
  });
  test("gfiWls: implied moments missing", () => {
    expect(thrown(() => gfiWls(new Float64Array([1, 0.5, 1]), untyped(undefined), null), OptionError).message)
      .toBe(argType("gfiWls", "est", "an array or typed array of numbers", "undefined"));
  });
});
