/**
 * Unit tests of the data-check helpers in src/data (likelyMissingCodes, varianceWarnings, checkScale, decodeText)
 * on tiny hand-made columns; the expected numbers are computed by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { likelyMissingCodes } from "../../src/data/likelyMissingCodes.ts";
import { varianceWarnings } from "../../src/data/varianceWarnings.ts";
import { checkScale } from "../../src/data/checkScale.ts";
import { decodeText } from "../../src/data/decodeText.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import type { Dataset } from "../../src/data/types.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const matrix = (cols: Record<string, number[]>): [Dataset, string[]] => [toDataset(cols), Object.keys(cols)];
const likert = (n: number): number[] => Array.from({ length: n }, (_, i) => 1 + (i % 5));

describe("likelyMissingCodes", () => {
  it("names -99, -9 and 999 as codes and 1e3 as a typo, with counts", () => {
    const x = [...likert(40), -99, -99, -9, 999, 1000];
    expect(likelyMissingCodes(...matrix({ q: x }))).toEqual([
      message.dataLikelyMissingCode("q", -99, 2, 1, 5),
      message.dataLikelyMissingCode("q", -9, 1, 1, 5),
      message.dataLikelyMissingCode("q", 999, 1, 1, 5),
      message.dataLikelyTypo("q", 1000, 1, 1, 5),
    ]);
  });
  it("leaves alone a value next to the scale (6 in a 1–5 item), a 0–10 item and continuous scores", () => {
    expect(likelyMissingCodes(...matrix({ q: [...likert(40), 6] }))).toEqual([]);
    expect(likelyMissingCodes(...matrix({ q: Array.from({ length: 44 }, (_, i) => i % 11) }))).toEqual([]);
    expect(likelyMissingCodes(...matrix({ q: Array.from({ length: 44 }, (_, i) => 1 + i / 7) }))).toEqual([]);
  });
  it("the 9 of a 1–9 scale is a scale point; a rare 9 after 1–8 is still named", () => {
    expect(likelyMissingCodes(...matrix({ q: Array.from({ length: 90 }, (_, i) => 1 + (i % 9)) }))).toEqual([]);
    const rare = [...Array.from({ length: 80 }, (_, i) => 1 + (i % 8)), 9];
    expect(likelyMissingCodes(...matrix({ q: rare }))).toEqual([message.dataLikelyMissingCode("q", 9, 1, 1, 8)]);
  });
  it("a column where the codes outnumber the answers is not treated as a rating item", () => {
    expect(likelyMissingCodes(...matrix({ q: [1, 2, -99, -99, -99] }))).toEqual([]);
  });
});

describe("varianceWarnings", () => {
  it("compares R's var() (n − 1) of the largest and smallest column", () => {
    // var(1,2,3) = 1; var(0, 2000, 4000) = 4e6: ratio 4e6 > 1000, and 4e6 > 1e6
    const w = varianceWarnings(...matrix({ a: [1, 2, 3], b: [0, 2000, 4000] }));
    expect(w).toEqual([message.dataVarianceRatio("b", 4e6, "a", 1), message.dataLargeVariance("b", 4e6)]);
    expect(w[0]).toContain("ratio 4.00e+6");
  });
  it("warns above a ratio of 1000 only (lavaan: rel.var > 1000)", () => {
    // var(1, 2, 3) = 1; var(0, 31, 62) = 961 (no warning); var(0, 32, 64) = 1024 (warning)
    expect(varianceWarnings(...matrix({ a: [1, 2, 3], b: [0, 31, 62] }))).toEqual([]);
    expect(varianceWarnings(...matrix({ a: [1, 2, 3], b: [0, 32, 64] }))).toEqual([message.dataVarianceRatio("b", 1024, "a", 1)]);
  });
  it("skips missing values and columns with fewer than two values", () => {
    expect(varianceWarnings(...matrix({ a: [1, NaN, 3], b: [NaN, NaN, 5e9] }))).toEqual([]);
  });
});

describe("checkScale", () => {
  it("passes values on the scale and names the first value off it, with the count of the others", () => {
    expect(() => checkScale(numericMatrix(...matrix({ a: [1, 5, NaN, 3] })), { min: 1, max: 5 })).not.toThrow();
    let e: unknown;
    try { checkScale(numericMatrix(...matrix({ a: [1, 2, 3], b: [5, 0, 7] })), { min: 1, max: 5 }); } catch (err) { e = err; }
    expect(e).toBeInstanceOf(DataError);
    expect((e as DataError).message).toBe(`${message.dataOutOfScale("b", 2, 0, 1, 5)}; ${message.dataMoreOutOfScale("b", 1)}`);
    expect((e as DataError).row).toBe(2);
  });
});

describe("decodeText", () => {
  it("UTF-16BE without a byte-order mark is recognised by its NUL bytes", () => {
    const be = new Uint8Array(Buffer.from("a,b\n1,2\n", "utf16le").swap16());
    const d = decodeText(be);
    expect(d.text).toBe("a,b\n1,2\n");
    expect(d.encoding).toBe("utf-16be");
    expect(d.note).toBe(message.encodingUtf16NoMark("UTF-16BE"));
  });
  it("an explicit encoding is strict, and an unknown name is an OptionError", () => {
    expect(() => decodeText(Uint8Array.from([0xd6, 0xd0]), "utf-8", "x.csv")).toThrow(message.encodingInvalid("x.csv", "UTF-8"));
    expect(decodeText(Uint8Array.from([0xd6, 0xd0]), "gb18030").text).toBe("中");
    expect(() => decodeText(new Uint8Array(0), "cp1252" as "utf-8")).toThrow(OptionError);
  });
});
