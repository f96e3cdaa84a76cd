import { describe, expect, it } from "vitest";
import { ModelSyntaxError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { parseExpr, parseModel } from "../../src/syntax/parse.ts";

/** Parses `src` and returns the ModelSyntaxError it must throw. */
function fail(src: string, parse: (s: string) => unknown = parseModel): ModelSyntaxError {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof ModelSyntaxError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

function expectError(src: string, line: number, col: number, text: string): void {
  const e = fail(src);
  expect({ line: e.line, col: e.col, message: e.message }).toEqual({
    line,
    col,
    message: message.syntaxAt(line, col, text),
  });
}

describe("parseModel errors carry 1-based line and col", () => {
  it("missing rhs (the next line is a new statement)", () => {
    expectError("visual =~ x1 + x2\ntextual =~ x4\nspeed =~\nf =~ x7", 3, 9, message.syntaxExpectedVariableAfter("=~"));
    expectError("y ~", 1, 4, message.syntaxExpectedVariableAfter("~"));
    expectError("f =~ x1 +\ng =~ x2", 1, 10, message.syntaxExpectedVariableAfter("+"));
  });

  it("missing lhs", () => {
    expectError("f =~ x1\n=~ x2", 2, 1, message.syntaxExpectedVariableBefore("=~"));
    expectError(":= a*b", 1, 1, message.syntaxExpectedNameBeforeDefine);
    expectError("== b", 1, 1, message.syntaxExpectedExpressionBefore("=="));
  });

  it("unbalanced parentheses", () => {
    expectError("ab := (a*b", 1, 7, message.syntaxUnclosedParen);
    expectError("f =~ start(0.3\n", 1, 11, message.syntaxUnclosedParen);
    expectError("ab := a*b)", 1, 10, message.syntaxUnexpectedCloseParen);
  });

  it("bad numbers", () => {
    expectError("f =~ 1.2.3*x1", 1, 6, message.syntaxBadNumber("1.2.3"));
    expectError("f =~ x1 + 1e*x2", 1, 11, message.syntaxBadNumber("1e"));
    expectError("f =~ 2x*x1", 1, 6, message.syntaxBadNumber("2x"));
  });

  it("unterminated string", () => {
    expectError('f =~ x1 + label("a)*x2', 1, 17, message.syntaxUnterminatedString);
  });

  it("empty model", () => {
    expectError("", 1, 1, message.syntaxEmptyModel);
    expectError("# only a comment\n\n  ; \n", 1, 1, message.syntaxEmptyModel);
  });

  it("unsupported and unknown operators", () => {
    expectError("f <- x1 + x2", 1, 3, message.syntaxUnsupportedOperator("<-"));
    expectError("f =~ x1\nf =~~ x2", 2, 3, message.syntaxUnsupportedOperator("=~~"));
    expectError("y ~> x", 1, 3, message.syntaxUnsupportedOperator("~>"));
    expectError("x -> y", 1, 3, message.syntaxUnsupportedOperator("->"));
    expectError("group: 1", 1, 6, message.syntaxUnsupportedOperator(":"));
    expectError("y ~ x @ z", 1, 7, message.syntaxUnexpectedChar("@"));
  });

  it("a modifier without a variable", () => {
    expectError("f =~ x1 + 0.5*", 1, 15, message.syntaxModifierWithoutVariable("0.5"));
    expectError("f =~ x1 + a* + x2", 1, 14, message.syntaxModifierWithoutVariable("a"));
    expectError("f =~ x1 + 0.5 + x2", 1, 11, message.syntaxModifierNeedsStar("0.5"));
    expectError('f =~ x1 + start(1)', 1, 11, message.syntaxModifierNeedsStar("start(1)"));
  });

  it("other mistakes", () => {
    expectError("f =~ x1 x2", 1, 9, message.syntaxExpectedEnd("'x2'"));
    expectError("y ~ x ~ z", 1, 7, message.syntaxExpectedEnd("'~'"));
    expectError("f\n=~ x1", 1, 2, message.syntaxExpectedOperator("f"));
    expectError("a*f =~ x1", 1, 1, message.syntaxLhsModifier("=~"));
    expectError("f =~ 1", 1, 6, message.syntaxInterceptOnlyAfterTilde("=~"));
    expectError("f =~ NA", 1, 6, message.syntaxNaNotVariable);
    expectError("f =~ a*b*x1", 1, 8, message.syntaxDuplicateModifier("label"));
    expectError("f =~ c(1, a)*x1", 1, 6, message.syntaxMixedVector);
    expectError("f =~ foo(1)*x1", 1, 6, message.syntaxUnknownModifier("foo"));
    expectError("f =~ lower(0)*x1", 1, 6, message.syntaxUnsupportedModifier("lower"));
    expectError("f =~ start(a)*x1", 1, 6, message.syntaxModifierArgs("start", "one or more numbers"));
    expectError("d := foo(a)", 1, 6, message.syntaxUnknownFunction("foo", ["exp", "log", "sqrt", "abs"]));
    expectError("d := exp(a, b)", 1, 6, message.syntaxFunctionArity("exp", 1, 2));
    expectError("d := a +", 1, 9, message.syntaxExpectedExpressionAfter("+"));
  });

  it("parseExpr rejects trailing text", () => {
    const e = fail("a*b c", parseExpr);
    expect([e.line, e.col, e.message]).toEqual([1, 5, message.syntaxAt(1, 5, message.syntaxUnexpected("'c'"))]);
  });
});
