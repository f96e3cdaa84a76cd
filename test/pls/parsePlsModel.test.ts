import { describe, test, expect } from "vitest";
import { parsePlsModel } from "../../src/pls/parsePlsModel.ts";
import { pls } from "../../src/pls/pls.ts";
import { ModelSpecificationError, ModelSyntaxError, OptionError, UnknownColumnError, DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

describe("parsePlsModel", () => {
  test("=~ is mode A, <~ mode B, ~ paths, X:Z an interaction construct", () => {
    const spec = parsePlsModel("A =~ a1 + a2 # reflective <~ in a comment\nB <~ b1 + b2\nY =~ y1\nY ~ A + B + A:B");
    expect(spec.constructs.map((c) => [c.name, c.mode, c.items.join(",")])).toEqual([
      ["A", "A", "a1,a2"], ["B", "B", "b1,b2"], ["Y", "A", "y1"], ["A:B", "A", "A:B"],
    ]);
    expect(spec.constructs[3]?.interaction).toEqual(["A", "B"]);
    expect(spec.paths).toEqual([{ from: "A", to: "Y" }, { from: "B", to: "Y" }, { from: "A:B", to: "Y" }]);
  });
  test("product indicators name every item pair", () => {
    const spec = parsePlsModel("A =~ a1 + a2\nB =~ b1\nY =~ y1\nY ~ A + B + A:B", "productIndicator");
    expect(spec.constructs[3]?.items).toEqual(["a1:b1", "a2:b1"]);
  });
  test("errors name the problem and its place", () => {
    expect(() => parsePlsModel("A =~ a1\nB =~ b1\nB ~~ A")).toThrow(message.plsUnsupportedStatement("'~~'"));
    expect(() => parsePlsModel("A =~ a1\nB =~ a1\nB ~ A")).toThrow(message.plsDuplicateItem("a1", "A", "B"));
    expect(() => parsePlsModel("A =~ a1\nB =~ b1\nB ~ C")).toThrow(message.plsUnknownConstruct("C"));
    expect(() => parsePlsModel("A =~ a1\nB =~ b1\nC =~ c1\nB ~ A")).toThrow(message.plsUnusedConstruct("C"));
    expect(() => parsePlsModel("A =~ a1\nB =~ b1\nB ~ A\nA ~ B")).toThrow(message.plsCycle("A"));
    expect(() => parsePlsModel("A =~ a1\nB =~ b1\nB ~ 0.5*A")).toThrow(message.plsModifier("A"));
    expect(() => parsePlsModel("A =~ a1\nB =~ b1")).toThrow(message.plsNoPaths);
    expect(() => parsePlsModel("A =~ a1\nA <~ a2\nB =~ b1\nB ~ A")).toThrow(message.plsModeConflict("A"));
    expect(() => parsePlsModel("A =~ a1\nB =~ b1\nB ~ A:C")).toThrow(message.plsBadInteraction("A:C"));
    try { parsePlsModel("A =~ a1\nB =~ b1\nB ~ C"); } catch (e) { expect((e as ModelSpecificationError).line).toBe(3); expect((e as ModelSpecificationError).col).toBe(5); }
    expect(() => parsePlsModel("A =~ a1 +\nB ~")).toThrow(ModelSyntaxError);
  });
});

describe("pls() input checks", () => {
  const csv = "a1,a2,b1,b2\n1,2,3,4\n2,3,3,5\n3,3,4,4\n4,5,5,5\n2,2,2,1\n";
  const model = "A =~ a1 + a2\nB =~ b1 + b2\nB ~ A";
  test("unknown options and values are OptionErrors", () => {
    expect(() => pls(model, csv, { schema: "path" } as never)).toThrow(OptionError);
    expect(() => pls(model, csv, { scheme: "magic" } as never)).toThrow(OptionError);
    expect(() => pls(model, csv, { missing: "fiml" } as never)).toThrow(OptionError);
    expect(() => pls(model, csv, { bootstrap: -1 })).toThrow(OptionError);
  });
  test("an unknown item, a text item and a constant item are data errors", () => {
    expect(() => pls("A =~ a1 + zz\nB =~ b1\nB ~ A", csv)).toThrow(UnknownColumnError);
    expect(() => pls(model, "a1,a2,b1,b2\n1,x,1,2\n2,3,3,5\n3,3,4,4\n")).toThrow(DataError);
    expect(() => pls(model, "a1,a2,b1,b2\n1,1,1,2\n2,1,3,5\n3,1,4,4\n")).toThrow(message.plsZeroVariance("a2"));
  });
  test("non-convergence is a warning, with the iteration cap reported", () => {
    const fit = pls(model, csv, { maxIterations: 1, stopCriterion: 15 });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(1);
    expect(fit.warnings).toContain(message.plsNotConverged(1));
  });
});
