/**
 * Bad-input catalogue, model syntax and specification: each case gives ModelSyntaxError
 * (with line and col, message prefixed "line L, col C: ") or ModelSpecificationError (naming the
 * variable, label or statement, with "(line L, col C)" where the statement has a position).
 * Positions are counted by hand from the model text in each case.
 */
import { describe, expect, test } from "vitest";
import { ModelSpecificationError, ModelSyntaxError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { parseExpr, parseModel } from "../../src/syntax/parse.ts";
import { evaluate } from "../../src/syntax/evaluate.ts";
import { MAX_NESTING } from "../../src/syntax/stream.ts";
import { cfa, sem } from "../../src/sem/sem.ts";
import { csv, oneFactorRows, thrown } from "./helpers.ts";

const NAMES = ["x1", "x2", "x3", "x4", "x5", "x6"];
const DATA = csv(NAMES, oneFactorRows(120, [0.7, 0.7, 0.6, 0.6, 0.5, 0.5], 3));
const at = (line: number, col: number): string => message.partableAt(line, col);

function syntaxError(text: string, line: number, col: number, what: string): void {
  const e = thrown(() => parseModel(text), ModelSyntaxError);
  expect([e.line, e.col]).toEqual([line, col]);
  expect(e.message).toBe(message.syntaxAt(line, col, what));
}

describe("syntax errors carry line and col", () => {
  test("an unsupported operator", () => {
    syntaxError("f =~ x1 + x2 + x3\nf -> x4 + x5", 2, 3, message.syntaxUnsupportedOperator("->"));
  });
  test("an unclosed parenthesis points at the '('", () => {
    syntaxError("f =~ a*x1 + x2\nd := (a + 2", 2, 6, message.syntaxUnclosedParen);
  });
  test("an unexpected ')' points at it", () => {
    syntaxError("d := a + 2)", 1, 11, message.syntaxUnexpectedCloseParen);
  });
  test("an empty model (blank lines and comments only)", () => {
    syntaxError("  \n # nothing here\n", 1, 1, message.syntaxEmptyModel);
  });
  test("a number that overflows to infinity", () => {
    syntaxError("f =~ x1 + 1e400*x2", 1, 11, message.syntaxNumberOverflow("1e400"));
  });
  test("pathologically deep nesting is a syntax error, not a stack overflow", () => {
    const deep = "f =~ a*x1 + x2 + x3\nd := " + "(".repeat(20_000) + "a" + ")".repeat(20_000);
    const e = thrown(() => parseModel(deep), ModelSyntaxError);
    expect(e.line).toBe(2);
    expect(e.message).toBe(message.syntaxAt(2, e.col, message.syntaxTooDeep(MAX_NESTING)));
    expect(thrown(() => parseModel("d := " + "-".repeat(50_000) + "a"), ModelSyntaxError).message).toContain(message.syntaxTooDeep(MAX_NESTING));
    expect(thrown(() => parseModel("d := a" + " + a".repeat(100_000)), ModelSyntaxError).message).toContain(message.syntaxTooDeep(MAX_NESTING));
    // 400 levels are accepted
    expect(parseModel("d := " + "(".repeat(400) + "a" + ")".repeat(400)).statements).toHaveLength(1);
  });
  test("a model that is not a string (from JavaScript)", () => {
    const e = thrown(() => cfa(undefined as unknown as string, DATA), ModelSyntaxError);
    expect(e.message).toBe(message.syntaxAt(1, 1, message.syntaxNotText("undefined")));
  });
  test("an unknown modifier", () => {
    syntaxError("f =~ x1 + foo(1)*x2", 1, 11, message.syntaxUnknownModifier("foo"));
  });
  test("a missing right-hand side", () => {
    syntaxError("f =~ x1 + x2\ng =~\nh =~ x3", 2, 5, message.syntaxExpectedVariableAfter("=~"));
  });
});

describe("specification errors name the variable, label or statement", () => {
  test("an unknown variable suggests the nearest column name", () => {
    const e = thrown(() => cfa("f =~ x1 + x2 + x33", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.partableUnknownVariable("x33", at(1, 16), "x3"));
    expect([e.line, e.col]).toEqual([1, 16]);
  });
  test("a latent variable with no indicators", () => {
    const e = thrown(() => sem("f =~ x1 + x2 + x3\nf ~ speed", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.partableLatentWithoutIndicators("speed", at(2, 5)));
  });
  test("a label used for parameters of different types", () => {
    const e = thrown(() => cfa("f =~ x1 + a*x2 + x3\nx4 ~~ a*x4", DATA), ModelSpecificationError);
    // the offending token: the label `a` of the variance (line 2, col 7), the first use of another kind
    expect(e.message).toBe(message.partableLabelTypes("a", ["loading", "variance"], at(2, 7)));
    expect([e.line, e.col]).toEqual([2, 7]);
  });
  test("circular := definitions", () => {
    const e = thrown(() => cfa("f =~ x1 + a*x2 + x3\nd1 := d2 + a\nd2 := 2*d1", DATA), ModelSpecificationError);
    // the offending token: the use of d1 in `d2 := 2*d1`, which closes the cycle (line 3, col 9)
    expect(e.message).toBe(message.partableCircularDefinition(["d1", "d2", "d1"], at(3, 9)));
    expect([e.line, e.col]).toEqual([3, 9]);
  });
  test("== on an undefined label", () => {
    const e = thrown(() => cfa("f =~ x1 + a*x2 + x3\nb == a", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.partableUndefinedLabel("b", at(2, 1)));
    expect([e.line, e.col]).toEqual([2, 1]);
  });
  test(":= on a label that refers to nothing, and a := named like a label", () => {
    const e = thrown(() => cfa("f =~ x1 + a*x2 + x3\nind := a*q", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.partableUndefinedLabel("q", at(2, 10)));
    expect([e.line, e.col]).toEqual([2, 10]);
    const e2 = thrown(() => cfa("f =~ x1 + a*x2 + x3\n\n  a := 2", DATA), ModelSpecificationError);
    expect(e2.message).toBe(message.partableDefinitionClash("a", at(3, 3)));
    expect([e2.line, e2.col]).toEqual([3, 3]);
  });
  test("a label used both for a loading and for a regression, in c() of two groups", () => {
    const rows = oneFactorRows(60, [0.7, 0.6, 0.5, 0.4], 5).map((r, i) => [...r, i % 2]);
    const data = csv(["x1", "x2", "x3", "x4", "g"], rows);
    const e = thrown(() => sem("f =~ x1 + c(a, b)*x2 + x3\nx4 ~ c(c, a)*f", data, { group: "g" }), ModelSpecificationError);
    expect(e.message).toBe(message.partableLabelTypes("a", ["loading", "regression"], at(2, 6)));
    expect([e.line, e.col]).toEqual([2, 6]);
  });
  test("an expression evaluated without a value for one of its labels names the label's position", () => {
    const e = thrown(() => evaluate(parseExpr("a * bb"), new Map([["a", 1]])), ModelSpecificationError);
    expect(e.message).toBe(message.syntaxUnknownIdentifier("bb"));
    expect([e.line, e.col]).toEqual([1, 5]);
  });
  test("a latent variable named like a column", () => {
    const e = thrown(() => cfa("x1 =~ x2 + x3 + x4", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.partableLatentIsObserved("x1", at(1, 1)));
  });
  test("the same element twice", () => {
    const e = thrown(() => cfa("f =~ x1 + x2 + x3\nf =~ x2", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.partableDuplicateElement("f =~ x2", at(2, 6), at(1, 11)));
    expect([e.line, e.col]).toEqual([2, 6]);
  });
  test("a constraint the estimator cannot impose is rejected, not silently ignored", () => {
    const e = thrown(() => cfa("f =~ x1 + a*x2 + b*x3\na + b > 0", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.semConstraintUnsupported("a + b > 0", at(2, 7)));
    const e2 = thrown(() => cfa("f =~ x1 + a*x2 + b*x3\na == 2*b", DATA), ModelSpecificationError);
    expect(e2.message).toBe(message.semConstraintUnsupported("a == 2*b", at(2, 3)));
  });
  test("thresholds under ML for continuous data are rejected", () => {
    const e = thrown(() => cfa("f =~ x1 + x2 + x3\nx1 | t1", DATA), ModelSpecificationError);
    expect(e.message).toBe(message.semOrdinalUnsupported("x1 | t1", at(2, 4)));
  });
});
