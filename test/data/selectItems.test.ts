import { describe as suite, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { selectItems } from "../../src/data/selectItems.ts";
import { UnknownColumnError, DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const ds = parseCsv(readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8"));

suite("selectItems", () => {
  it("keeps user order for names", () => {
    expect(selectItems(ds, ["sat3", "sq1", "loy2"])).toEqual(["sat3", "sq1", "loy2"]);
  });

  it("expands patterns in data order and splits strings on commas", () => {
    expect(selectItems(ds, "sat*")).toEqual(["sat1", "sat2", "sat3", "sat4"]);
    expect(selectItems(ds, "sq*, pv*")).toEqual(["sq1", "sq2", "sq3", "sq4", "pv1", "pv2", "pv3"]);
    expect(selectItems(ds, "*3")).toEqual(["sq3", "pv3", "sat3", "tru3", "swc3", "alt3", "loy3"]);
    expect(selectItems(ds, "s*1")).toEqual(["sq1", "sat1", "swc1"]);
    expect(selectItems(ds, "loy4,loy*")).toEqual(["loy4", "loy1", "loy2", "loy3"]);
  });

  it("names an unknown column and suggests the nearest one", () => {
    let err: unknown;
    try {
      selectItems(ds, ["sat1", "satt2"]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnknownColumnError);
    expect((err as UnknownColumnError).column).toBe("satt2");
    expect((err as Error).message).toBe(message.dataUnknownColumn("satt2", "sat2"));
    expect(() => selectItems(ds, "SAT1")).toThrow(message.dataUnknownColumn("SAT1", "sat1"));
    expect(() => selectItems(ds, "completely_different")).toThrow(message.dataUnknownColumn("completely_different"));
  });

  it("rejects patterns that match nothing and empty specs", () => {
    expect(() => selectItems(ds, "xyz*")).toThrow(UnknownColumnError);
    expect(() => selectItems(ds, "xyz*")).toThrow(message.dataNoMatch("xyz*"));
    expect(() => selectItems(ds, " , ")).toThrow(DataError);
  });
});
