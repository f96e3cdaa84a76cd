/**
 * Syntax fuzzing: for any text, parseModel returns a model or throws ModelSyntaxError whose
 * line and col point inside the text; buildParTable on a parsed model throws only SemkitError subclasses;
 * a parsed model prints back to text that parses to the same model.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { ModelSyntaxError, SemkitError } from "../../src/errors.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { printModel } from "../../src/syntax/print.ts";
import { stripPositions } from "../../src/syntax/strip.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import type { ModelSyntax } from "../../src/syntax/types.ts";
import { FUZZ_OV_NAMES, grammarModel, mutatedModel, tokenStream } from "./syntaxArbitraries.ts";
import { SEED, TIMEOUT, report, runs } from "./fuzzConfig.ts";

/** Throws (failing the property) unless `e` is a ModelSyntaxError positioned inside `text`. */
function checkSyntaxError(text: string, e: unknown): void {
  if (!(e instanceof ModelSyntaxError)) throw new Error(`untyped exception for ${JSON.stringify(text)}: ${String(e)}`, { cause: e });
  const lines = text.split("\n");
  const where = `${JSON.stringify(text)} → line ${e.line}, col ${e.col}: ${e.message}`;
  if (!(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines.length)) throw new Error(`line outside the input: ${where}`);
  const lineText = lines[e.line - 1]!;
  if (!(Number.isInteger(e.col) && e.col >= 1 && e.col <= lineText.length + 1)) throw new Error(`col outside the line: ${where}`);
  if (!e.message.startsWith(`line ${e.line}, col ${e.col}: `)) throw new Error(`message does not start with the position: ${where}`);
}

const SPECS = [
  { ovNames: FUZZ_OV_NAMES },
  { ovNames: FUZZ_OV_NAMES, groups: ["g1", "g2"], groupEqual: ["loadings", "intercepts"] },
  { ovNames: FUZZ_OV_NAMES, stdLv: true, meanstructure: true, fixedX: false },
];

/** The whole front end on one text; returns whether it parsed. */
function frontEnd(text: string): boolean {
  let ast: ModelSyntax;
  try {
    ast = parseModel(text);
  } catch (e) {
    checkSyntaxError(text, e);
    return false;
  }
  const printed = printModel(ast);
  let again: ModelSyntax;
  try {
    again = parseModel(printed);
  } catch (e) {
    throw new Error(`printModel output does not parse: ${JSON.stringify(text)} → ${JSON.stringify(printed)}: ${String(e)}`);
  }
  expect(stripPositions(again), `print round trip of ${JSON.stringify(text)}`).toEqual(stripPositions(ast));
  for (const spec of SPECS) {
    try {
      buildParTable(ast, spec);
    } catch (e) {
      if (!(e instanceof SemkitError)) throw new Error(`buildParTable: untyped exception for ${JSON.stringify(text)}: ${String(e)}`, { cause: e });
    }
  }
  return true;
}

describe("syntax fuzzing", () => {
  test("random token streams", () => {
    const numRuns = runs(20_000, 1_000);
    const t0 = performance.now();
    let parsed = 0;
    fc.assert(fc.property(tokenStream, (text) => { if (frontEnd(text)) parsed++; }), { numRuns, seed: SEED });
    report(`parser, random token streams (${parsed} parsed)`, numRuns, performance.now() - t0);
  }, TIMEOUT);

  test("models built from the grammar", () => {
    const numRuns = runs(30_000, 1_000);
    const t0 = performance.now();
    let parsed = 0;
    fc.assert(fc.property(grammarModel, (text) => { if (frontEnd(text)) parsed++; }), { numRuns, seed: SEED + 3 });
    report(`parser, grammar-built models (${parsed} parsed)`, numRuns, performance.now() - t0);
    expect(parsed).toBeGreaterThan(numRuns / 2);
  }, TIMEOUT);

  test("mutated valid models", () => {
    const numRuns = runs(50_000, 2_000);
    const t0 = performance.now();
    let parsed = 0;
    fc.assert(fc.property(mutatedModel, (text) => { if (frontEnd(text)) parsed++; }), { numRuns, seed: SEED + 1 });
    report(`parser, mutated valid models (${parsed} parsed)`, numRuns, performance.now() - t0);
    // the mutations must leave a fair share of parseable models, or buildParTable is barely exercised
    expect(parsed).toBeGreaterThan(numRuns / 10);
  }, TIMEOUT);

  test("arbitrary unicode text", () => {
    const numRuns = runs(10_000, 500);
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => { frontEnd(text); }), { numRuns, seed: SEED + 2 });
  }, TIMEOUT);
});
