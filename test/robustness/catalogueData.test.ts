/**
 * Bad-input catalogue, data: every case gives a typed error or a warning on the result, whose
 * message (from src/messages.ts) names what is wrong and where (column and row). Expected values are
 * hand-computed from the tiny inputs; positions are 1-based data rows (the header is not counted).
 */
import { describe, expect, test } from "vitest";
import { DataError, UnknownColumnError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { describe as describeItems } from "../../src/data/describe.ts";
import { alpha } from "../../src/reliability/alpha.ts";
import { cfa } from "../../src/sem/sem.ts";
import type { Column } from "../../src/data/types.ts";
import { csv, oneFactorRows, thrown } from "./helpers.ts";

const numeric = (c: Column | undefined): number[] => {
  if (c?.kind !== "numeric") throw new Error("expected a numeric column");
  return Array.from(c.values);
};
const ITEMS = ["x1", "x2", "x3"];
/** 50 rows of a one-factor population (loadings .7, .6, .5), as CSV lines without header. */
const GOOD = oneFactorRows(50, [0.7, 0.6, 0.5], 11);

describe("text in a numeric item", () => {
  test("numericMatrix names the column, the row and the value", () => {
    const e = thrown(() => numericMatrix(parseCsv("a,b\n1,2\n3,x\n"), ["a", "b"]), DataError);
    expect(e.message).toBe(message.dataNotANumber("b", 2, "x"));
    expect([e.column, e.row]).toEqual(["b", 2]);
  });
  test("sem() reports the first text cell of an item with its data row", () => {
    const rows = GOOD.map((r) => r.map(String));
    rows[6]![1] = "n/a?";
    const text = [ITEMS.join(","), ...rows.map((r) => r.join(","))].join("\n");
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", text), DataError);
    expect(e.message).toBe(message.dataNotANumber("x2", 7, "n/a?"));
    expect([e.column, e.row]).toEqual(["x2", 7]);
  });
  test("alpha() reports it the same way", () => {
    const e = thrown(() => alpha("a,b,c\n1,2,3\n3,4,4\n2,five,2\n", { items: ["a", "b", "c"] }), DataError);
    expect(e.message).toBe(message.dataNotANumber("b", 3, "five"));
  });
});

describe("columns without variance", () => {
  const withColumn = (values: (number | string)[]): string =>
    [ITEMS.join(","), ...GOOD.map((r, i) => [r[0], values[i] ?? "", r[2]].join(","))].join("\n");

  test("an entirely missing column: sem() names it", () => {
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", withColumn([])), DataError);
    expect(e.message).toBe(message.dataNoObservedValues("x2", ""));
    expect(e.column).toBe("x2");
  });
  test("an entirely missing column: alpha() leaves it out with a warning", () => {
    const res = alpha(withColumn([]), { items: ITEMS });
    expect(res.warnings).toContain(message.alphaNoVariance("x2"));
  });
  test("a constant item: sem() names it and its value", () => {
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", withColumn(GOOD.map(() => 3))), DataError);
    expect(e.message).toBe(message.dataConstantColumn("x2", 3, ""));
    expect(e.column).toBe("x2");
  });
  test("an item constant within one group only: the group is named", () => {
    const text = ["g," + ITEMS.join(","), ...GOOD.map((r, i) => [i < 25 ? "A" : "B", r[0], i < 25 ? r[1] : 4, r[2]].join(","))].join("\n");
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", text, { group: "g" }), DataError);
    expect(e.message).toBe(message.dataConstantColumn("x2", 4, "B"));
  });
  test("a constant item: alpha() leaves it out with a warning", () => {
    const res = alpha(withColumn(GOOD.map(() => 3)), { items: ITEMS });
    expect(res.warnings).toContain(message.alphaNoVariance("x2"));
  });
  test("an item with a single non-missing value: sem() names the column and the row", () => {
    const values: (number | string)[] = GOOD.map(() => "");
    values[9] = 2;
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", withColumn(values)), DataError);
    expect(e.message).toBe(message.dataSingleValue("x2", 10, ""));
    expect([e.column, e.row]).toEqual(["x2", 10]);
  });
});

describe("too few cases", () => {
  test("n < number of items: warnings say the sample matrix is singular, the fit is not converged", () => {
    // 3 rows, 4 items: the 4×4 covariance matrix has rank ≤ 2
    const fit = cfa("f =~ x1 + x2 + x3 + x4", "x1,x2,x3,x4\n1,2,3,4\n2,1,4,3\n3,5,1,2\n");
    expect(fit.warnings).toContain(message.semFewerCasesThanVariables(3, 4, ""));
    expect(fit.warnings).toContain(message.sampleNotPositiveDefinite(""));
    expect(fit.converged).toBe(false);
  });
  test("n < number of free parameters: a warning with both numbers", () => {
    // one factor, 6 items: 6 loadings − 1 fixed + 6 residual variances + 1 factor variance = 12 free parameters
    const rows = oneFactorRows(9, [0.8, 0.8, 0.7, 0.7, 0.6, 0.6], 5);
    const fit = cfa("f =~ y1 + y2 + y3 + y4 + y5 + y6", csv(["y1", "y2", "y3", "y4", "y5", "y6"], rows));
    expect(fit.npar).toBe(12);
    expect(fit.warnings).toContain(message.semFewerCasesThanParameters(9, 12));
  });
  test("a header-only file: parseCsv gives n = 0 and sem() says that there are no data rows", () => {
    expect(parseCsv("x1,x2,x3\n").n).toBe(0);
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", "x1,x2,x3\n"), DataError);
    expect(e.message).toBe(message.dataNoRows);
  });
});

describe("headers", () => {
  test("a duplicate header names the column and both positions", () => {
    const e = thrown(() => parseCsv("a,b,a\n1,2,3\n"), DataError);
    expect(e.message).toBe(message.csvDuplicateHeader("a", 1, 3));
    expect(e.column).toBe("a");
  });
  test("an empty header names its position", () => {
    const e = thrown(() => parseCsv("a,,c\n1,2,3\n"), DataError);
    expect(e.message).toBe(message.csvEmptyHeader(2));
  });
  test("duplicate keys in danfo-like input name the column", () => {
    const e = thrown(() => toDataset({ columns: ["a", "a"], values: [[1, 2]] }), DataError);
    expect(e.message).toBe(message.dataDuplicateColumn("a", 1, 2));
  });
  test("__proto__, constructor and toString are plain column names, in CSV and row objects, without prototype pollution", () => {
    const ds = parseCsv("__proto__,constructor,toString\n1,2,3\n4,5,6\n");
    expect(ds.names).toEqual(["__proto__", "constructor", "toString"]);
    expect(numeric(ds.columns.get("__proto__"))).toEqual([1, 4]);
    expect(numeric(ds.columns.get("toString"))).toEqual([3, 6]);
    const rows = JSON.parse('[{"__proto__": 1, "constructor": 2, "toString": 3}, {"__proto__": 4, "constructor": 5, "toString": 6}]');
    const fromRows = toDataset(rows);
    expect(fromRows.names).toEqual(["__proto__", "constructor", "toString"]);
    expect(numeric(fromRows.columns.get("constructor"))).toEqual([2, 5]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof ({}).toString).toBe("function");
  });
  test("a model over columns named __proto__, constructor and toString fits like any other", () => {
    const names = ["__proto__", "constructor", "toString"];
    const a = cfa(`f =~ ${names.join(" + ")}`, csv(names, GOOD));
    const b = cfa("f =~ x1 + x2 + x3", csv(ITEMS, GOOD));
    expect(a.converged).toBe(true);
    // same data under other names: identical estimates (a just-identified one-factor model, 6 parameters)
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
  });
});

describe("file formats", () => {
  test("a UTF-8 BOM and CRLF line ends are read transparently", () => {
    const ds = parseCsv("\ufeffa,b\r\n1,2\r\n3,4\r\n");
    expect(ds.names).toEqual(["a", "b"]);
    expect(numeric(ds.columns.get("a"))).toEqual([1, 3]);
    expect(numeric(ds.columns.get("b"))).toEqual([2, 4]);
  });
  test("a semicolon-separated European CSV with decimal commas is detected", () => {
    const ds = parseCsv("a;b\n1,5;2\n3;4,25\n");
    expect(numeric(ds.columns.get("a"))).toEqual([1.5, 3]);
    expect(numeric(ds.columns.get("b"))).toEqual([2, 4.25]);
  });
  test("quoted fields may hold newlines; a quote never closed names the row and line", () => {
    const ds = parseCsv('a,b\n"x\ny",2\n3,4\n');
    const a = ds.columns.get("a");
    expect(a?.kind === "text" ? [...a.values] : null).toEqual(["x\ny", "3"]);
    const e = thrown(() => parseCsv('a,b\n1,2\n3,"4\n5,6\n'), DataError);
    expect(e.message).toBe(message.csvUnterminatedQuote(2, 3));
    expect(e.row).toBe(2);
  });
  test("a ragged row names the row, the line and both counts", () => {
    const e = thrown(() => parseCsv("a,b\n1,2\n\n3\n"), DataError);
    expect(e.message).toBe(message.csvRaggedRow(2, 4, 2, 1));
    expect(e.row).toBe(2);
  });
  test("an empty file and a blank file", () => {
    expect(thrown(() => parseCsv(""), DataError).message).toBe(message.csvEmpty);
    expect(thrown(() => parseCsv(" \n\r\n\t"), DataError).message).toBe(message.csvEmpty);
  });
  test("unsupported inputs and columns of unequal length", () => {
    expect(thrown(() => toDataset(null as never), DataError).message).toBe(message.dataUnsupportedInput("null"));
    expect(thrown(() => toDataset({ a: [1, 2], b: [1] }), DataError).message).toBe(message.dataColumnLength("b", 1, 2));
  });
});

describe("values and names", () => {
  test("values outside the declared Likert scale are warned about with column and row", () => {
    const ds = parseCsv("a,b\n1,2\n7,3\n5,0\n");
    const res = describeItems(ds, ["a", "b"], { scale: { min: 1, max: 5 } });
    expect(res.warnings).toEqual([message.dataOutOfScale("a", 2, 7, 1, 5), message.dataOutOfScale("b", 3, 0, 1, 5)]);
  });
  test("reverse-coding with a declared scale rejects values outside it (55 typed for 5), naming column and row", () => {
    const likert = (x: number): number => Math.min(5, Math.max(1, Math.round(3 + 1.2 * x)));
    const rows = GOOD.map((r) => r.map(likert));
    rows[4]![1] = 55;
    const e = thrown(() => alpha(csv(ITEMS, rows), { items: ITEMS, reverse: ["x2"], scale: { min: 1, max: 5 } }), DataError);
    expect(e.message).toBe(message.dataOutOfScale("x2", 5, 55, 1, 5));
    expect([e.column, e.row]).toEqual(["x2", 5]);
    const e2 = thrown(() => cfa("f =~ x1 + x2 + x3", csv(ITEMS, rows), { reverse: ["x2"], scale: { min: 1, max: 5 } }), DataError);
    expect(e2.message).toBe(message.dataOutOfScale("x2", 5, 55, 1, 5));
  });
  test("an unknown item suggests the nearest column name", () => {
    const e = thrown(() => alpha(csv(ITEMS, GOOD), { items: ["x1", "x2", "x33"] }), UnknownColumnError);
    expect(e.message).toBe(message.dataUnknownColumn("x33", "x3"));
    expect(e.column).toBe("x33");
  });
  test("an unknown grouping column suggests the nearest column name", () => {
    const text = ["school," + ITEMS.join(","), ...GOOD.map((r, i) => [i % 2 ? "A" : "B", ...r].join(","))].join("\n");
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", text, { group: "shcool" }), UnknownColumnError);
    expect(e.message).toBe(message.dataUnknownColumn("shcool", "school"));
  });
});
