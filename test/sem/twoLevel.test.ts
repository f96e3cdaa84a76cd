import { describe, expect, test } from "vitest";
import { sem } from "../../src/sem/sem.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { ModelSpecificationError, ModelSyntaxError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { readData } from "../helpers/reference.ts";

// Two-level models (lavaan: sem(model, data, cluster = "school") with level: 1 / level: 2 blocks) are not fitted yet:
// the syntax parses, and fitting names the feature and where it starts.
const HS = readData("HolzingerSwineford1939.csv");
const TWO_LEVEL = "# within and between\nlevel: 1\n  fw =~ x1 + x2 + x3\nlevel: 2\n  fb =~ x1 + x2 + x3";

describe("two-level models", () => {
  test("level: blocks parse; the statements keep their order and each block records where it starts", () => {
    const ast = parseModel(TWO_LEVEL);
    expect(ast.statements.length).toBe(2);
    expect(ast.levels).toEqual([
      { label: "1", statement: 0, pos: { line: 2, col: 1 } },
      { label: "2", statement: 1, pos: { line: 4, col: 1 } },
    ]);
    expect(parseModel("level: within\nf =~ x1 + x2 + x3").levels?.[0]?.label).toBe("within");
  });
  test("a model without level: blocks has no levels field", () => {
    expect(parseModel("f =~ x1 + x2 + x3")).not.toHaveProperty("levels");
  });
  test("level: without a label is a syntax error", () => {
    expect(() => parseModel("level:\nf =~ x1 + x2")).toThrow(ModelSyntaxError);
  });
  test("fitting throws a typed error naming two-level models, with line and column", () => {
    let err: unknown;
    try { sem(TWO_LEVEL, HS, { cluster: "school" }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ModelSpecificationError);
    expect((err as Error).message).toBe(message.twoLevelUnsupported(2, 1));
    expect((err as ModelSpecificationError).line).toBe(2);
    expect((err as ModelSpecificationError).col).toBe(1);
  });
  test("the cluster option alone is refused, not ignored", () => {
    expect(() => sem("f =~ x1 + x2 + x3", HS, { cluster: "school" })).toThrow(OptionError);
  });
});
