import { describe, expect, it } from "vitest";
import { ModelSpecificationError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { GROUP_EQUAL_VALUES } from "../../src/partable/equalityLabels.ts";
import type { ParTableSpec } from "../../src/partable/types.ts";
import { parseModel } from "../../src/syntax/parse.ts";

const LOY = ["sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "loy1", "loy2", "loy3"];
const at = (line: number, col: number): string => message.partableAt(line, col);

function fail(model: string, spec: Partial<ParTableSpec> = {}): Error {
  try {
    buildParTable(parseModel(model), { ovNames: LOY, ...spec });
  } catch (e) {
    if (e instanceof ModelSpecificationError || e instanceof OptionError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(model)}`);
}

describe("buildParTable errors name the variable and where it is", () => {
  it("unknown observed variable, with the nearest unused column as suggestion", () => {
    const e = fail("SAT =~ sat1 + sat2 + sat3 + sat5");
    expect(e).toBeInstanceOf(ModelSpecificationError);
    expect(e.message).toBe(message.partableUnknownVariable("sat5", at(1, 29), "sat4"));
    expect(e.message).toBe('unknown variable "sat5" (line 1, col 29); did you mean "sat4"?');
  });

  it("a typo of a latent variable in a regression is suggested too", () => {
    const e = fail("SAT =~ sat1 + sat2 + sat3\nTRU =~ tru1 + tru2 + tru3\nTRU ~ SATT");
    expect(e.message).toBe(message.partableUnknownVariable("SATT", at(3, 7), "SAT"));
  });

  it("unknown indicator without a close name", () => {
    expect(fail("SAT =~ sat1 + sat2 + quality").message).toBe(message.partableUnknownVariable("quality", at(1, 22)));
  });

  it("latent variable with no indicators", () => {
    const e = fail("SAT =~ sat1 + sat2 + sat3\nLoyalty ~ SAT");
    expect(e.message).toBe(message.partableLatentWithoutIndicators("Loyalty", at(2, 1)));
  });

  it("latent variable named like a data column", () => {
    expect(fail("sat1 =~ sat2 + sat3 + sat4").message).toBe(message.partableLatentIsObserved("sat1", at(1, 1)));
  });

  it("a label used for parameters of different types", () => {
    expect(fail("SAT =~ sat1 + a*sat2 + sat3\nsat3 ~~ a*sat3").message).toBe(
      message.partableLabelTypes("a", ["loading", "variance"], at(2, 9)),
    );
  });

  it("c(...) whose length differs from the number of groups", () => {
    expect(fail("SAT =~ sat1 + c(a, b, c)*sat2 + sat3", { groups: ["A", "B"] }).message).toBe(
      message.partableModifierLength("SAT =~ sat2", at(1, 26), 3, 2),
    );
    expect(fail("SAT =~ sat1 + c(1, NA)*sat2 + sat3").message).toBe(message.partableModifierLength("SAT =~ sat2", at(1, 24), 2, 1));
  });

  it("== on an undefined label", () => {
    expect(fail("SAT =~ sat1 + a*sat2 + sat3\na == bb").message).toBe(message.partableUndefinedLabel("bb", at(2, 6)));
  });

  it(":= on an undefined label", () => {
    expect(fail("SAT =~ sat1 + a*sat2 + sat3\nd := a*q").message).toBe(message.partableUndefinedLabel("q", at(2, 8)));
  });

  it("circular := definitions", () => {
    expect(fail("SAT =~ sat1 + a*sat2 + sat3\nu := a + v\nv := 2*w\nw := u").message).toBe(
      message.partableCircularDefinition(["u", "v", "w", "u"], at(4, 6)),
    );
  });

  it("a definition named like a label", () => {
    expect(fail("SAT =~ sat1 + a*sat2 + sat3\na := 2").message).toBe(message.partableDefinitionClash("a", at(2, 1)));
  });

  it("duplicate elements, also a ~~ written both ways", () => {
    expect(fail("SAT =~ sat1 + sat2\nSAT =~ sat2").message).toBe(
      message.partableDuplicateElement("SAT =~ sat2", at(2, 8), at(1, 15)),
    );
    expect(fail("sat1 ~~ sat2\nsat2 ~~ sat1").message).toBe(
      message.partableDuplicateElement("sat2 ~~ sat1", at(2, 9), at(1, 9)),
    );
  });

  it("a factor measured by itself, conflicting modifiers", () => {
    expect(fail("SAT =~ sat1 + SAT").message).toBe(message.partableSelfMeasured("SAT", at(1, 15)));
    expect(fail("SAT =~ sat1 + 0.5*sat2 + NA*sat2").message).toBe(message.partableModifierConflict("SAT =~ sat2", at(1, 26)));
  });

  it("option errors", () => {
    expect(fail("SAT =~ sat1 + sat2 + sat3", { groups: ["A", "B"], groupEqual: ["loading"] }).message).toBe(
      message.partableUnknownGroupEqual("loading", GROUP_EQUAL_VALUES),
    );
    expect(fail("SAT =~ sat1 + sat2 + sat3", { groups: [] })).toBeInstanceOf(OptionError);
  });
});
