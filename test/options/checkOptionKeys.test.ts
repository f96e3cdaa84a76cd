import { describe, expect, test } from "vitest";
import { checkOptionKeys } from "../../src/options/checkOptionKeys.ts";
import { mergeOptionKeys, optionKeys, pickOptionKeys } from "../../src/options/optionKeys.ts";
import { OptionError } from "../../src/errors.ts";

interface Inner { min?: number; max?: number }
interface Outer { items?: string[]; stdLv?: boolean; groupEqual?: string[]; scale?: Inner }
const INNER = optionKeys<Inner>({ min: true, max: true });
const OUTER = optionKeys<Outer>({ items: true, stdLv: true, groupEqual: true, scale: INNER });

describe("optionKeys, mergeOptionKeys, pickOptionKeys", () => {
  test("list the names in order, with the nested lists", () => {
    expect(OUTER.names).toEqual(["items", "stdLv", "groupEqual", "scale"]);
    expect(OUTER.nested).toEqual({ scale: INNER });
  });
  test("merge keeps each name once", () => {
    const m = mergeOptionKeys(OUTER, { names: ["items", "draws"], nested: {} });
    expect(m.names).toEqual(["items", "stdLv", "groupEqual", "scale", "draws"]);
    expect(m.nested["scale"]).toBe(INNER);
  });
  test("pick keeps only the listed keys that are present", () => {
    expect(pickOptionKeys({ items: ["a"], draws: 10, stdLv: undefined }, OUTER)).toEqual({ items: ["a"], stdLv: undefined });
  });
});


describe("checkOptionKeys", () => {
  test("returns the same object when every key is known", () => {
    const o = { items: ["a"], scale: { min: 1, max: 5 } };
    expect(checkOptionKeys("f", o, OUTER)).toBe(o);
    expect(checkOptionKeys("f", undefined, OUTER)).toBeUndefined();
  });
  test("an unknown key names the function, the key, the nearest name and the valid ones", () => {
    expect(() => checkOptionKeys("f", { itemz: 1 }, OUTER)).toThrow(
      'f(): unknown option "itemz"; did you mean "items"? (options of f(): items, stdLv, groupEqual, scale)');
  });
  test("a key set to undefined is checked as well", () => {
    expect(() => checkOptionKeys("f", { itemz: undefined }, OUTER)).toThrow(OptionError);
  });
  test("nested objects are checked with their path", () => {
    expect(() => checkOptionKeys("f", { scale: { min: 1, mx: 5 } }, OUTER)).toThrow('f(): unknown option "scale.mx"; did you mean "scale.max"?');
  });
  test("lavaan's dotted names become semkit's, without touching the caller's object", () => {
    const o = { "std.lv": true, "group.equal": ["loadings"] };
    expect(checkOptionKeys("f", o, OUTER)).toEqual({ stdLv: true, groupEqual: ["loadings"] });
    expect(o).toEqual({ "std.lv": true, "group.equal": ["loadings"] });
  });
  test("both spellings, or an alias of an option the function lacks, are errors", () => {
    expect(() => checkOptionKeys("f", { stdLv: true, "std.lv": true }, OUTER)).toThrow(/"stdLv" is given twice, also as lavaan's "std\.lv"/);
    expect(() => checkOptionKeys("f", { "fixed.x": true }, OUTER)).toThrow(/unknown option "fixed\.x": semkit does not implement this lavaan option/);
  });
});
