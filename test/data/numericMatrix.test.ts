import { describe as suite, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { DataError, UnknownColumnError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const loyaltyText = readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8");
const ds = parseCsv(loyaltyText);
const efaRef = JSON.parse(readFileSync(new URL("../fixtures/loyalty_efa.json", import.meta.url), "utf8"));

suite("numericMatrix", () => {
  it("keeps all rows by default, row-major, with NaN for missing", () => {
    const m = numericMatrix(ds, ["sq1", "sq2"]);
    expect(m.n).toBe(480);
    expect(m.p).toBe(2);
    expect(m.names).toEqual(["sq1", "sq2"]);
    // file row 1: "R0001",...,A,,4  -> sq1 missing, sq2 = 4; row 2: ...,A,2,4
    expect(Array.from(m.data.slice(0, 4))).toEqual([NaN, 4, 2, 4]);
    expect(m.rows[479]).toBe(479);
  });

  it("listwise deletion on the 25 items gives the complete cases psych used", () => {
    // psych::fa on complete cases of the 25 items: nobs in test/fixtures/loyalty_efa.json
    const items = efaRef.items as string[];
    const m = numericMatrix(ds, items, { missing: "listwise" });
    expect(m.n).toBe(efaRef.nobs);
    expect(m.data.length).toBe(m.n * 25);
    expect(m.data.some(Number.isNaN)).toBe(false);
    // independent count of complete rows from the raw text
    const lines = loyaltyText.split(/\r?\n/).filter((l) => l !== "").slice(1);
    const complete = lines.filter((l) => !l.split(",").slice(4).includes("")).length;
    expect(m.n).toBe(complete);
    expect(m.rows[0]).toBe(lines.findIndex((l) => !l.split(",").slice(4).includes("")));
  });

  it("names the column, first offending row and value for a text column", () => {
    const bad = parseCsv("sat1,sat2\n1,2\n2,\n3,abc\n4,x\n");
    let err: unknown;
    try {
      numericMatrix(bad, ["sat1", "sat2"]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).column).toBe("sat2");
    expect((err as DataError).row).toBe(3);
    expect((err as Error).message).toBe(message.dataNotANumber("sat2", 3, "abc"));
    expect((err as Error).message).toMatch(/^column "sat2", row 3: "abc" is not a number; .*--labels/);
  });

  it("throws UnknownColumnError with a suggestion", () => {
    expect(() => numericMatrix(ds, ["sq5"])).toThrow(UnknownColumnError);
    expect(() => numericMatrix(ds, ["sq5"])).toThrow(message.dataUnknownColumn("sq5", "sq1"));
  });
});
