import { describe as suite, expect, it } from "vitest";
import { toDataset } from "../../src/data/toDataset.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { Dataset } from "../../src/data/types.ts";

/** Plain comparable form of a data set (Float64Array NaN compares equal with toEqual). */
function plain(ds: Dataset): unknown {
  return {
    names: ds.names,
    n: ds.n,
    columns: ds.names.map((name) => {
      const c = ds.columns.get(name);
      return c === undefined ? undefined : { kind: c.kind, values: Array.from(c.values as ArrayLike<unknown>) };
    }),
  };
}

const csv = "sat1,sat2,gender\n4,5,female\nNA,3,male\n2,,NA\n";
const expected = {
  names: ["sat1", "sat2", "gender"],
  n: 3,
  columns: [
    { kind: "numeric", values: [4, NaN, 2] },
    { kind: "numeric", values: [5, 3, NaN] },
    { kind: "text", values: ["female", "male", null] },
  ],
};

suite("toDataset input shapes", () => {
  const rows = [
    { sat1: 4, sat2: "5", gender: "female" },
    { sat1: null, sat2: 3, gender: "male" },
    { sat1: "2", sat2: undefined, gender: "NA" },
  ];
  const columns = { sat1: [4, NaN, 2], sat2: new Float64Array([5, 3, NaN]), gender: ["female", "male", null] };
  const danfo = { columns: ["sat1", "sat2", "gender"], values: [[4, 5, "female"], [null, 3, "male"], [2, "", null]] };
  const arquero = {
    columnNames: () => ["sat1", "sat2", "gender"],
    array: (name: string) => (columns as Record<string, ArrayLike<unknown>>)[name] as ArrayLike<unknown>,
  };

  it("CSV text", () => expect(plain(toDataset(csv))).toEqual(expected));
  it("Dataset (returned as is)", () => {
    const ds = parseCsv(csv);
    expect(toDataset(ds)).toBe(ds);
  });
  it("row objects", () => expect(plain(toDataset(rows))).toEqual(expected));
  it("object of columns", () => expect(plain(toDataset(columns))).toEqual(expected));
  it("danfo-like", () => expect(plain(toDataset(danfo))).toEqual(expected));
  it("arquero-like", () => expect(plain(toDataset(arquero))).toEqual(expected));

  it("takes the union of row keys, in order of appearance", () => {
    const ds = toDataset([{ a: 1 }, { b: 2, a: 3 }, { c: "x" }]);
    expect(plain(ds)).toEqual({
      names: ["a", "b", "c"],
      n: 3,
      columns: [
        { kind: "numeric", values: [1, 3, NaN] },
        { kind: "numeric", values: [NaN, 2, NaN] },
        { kind: "text", values: [null, null, "x"] },
      ],
    });
  });

  it("reads prototype-like keys as data, not inherited properties", () => {
    const rows2 = JSON.parse('[{"__proto__": 1, "x": 2}, {"x": 3, "constructor": 4}]') as Record<string, unknown>[];
    const ds = toDataset(rows2);
    expect(plain(ds)).toEqual({
      names: ["__proto__", "x", "constructor"],
      n: 2,
      columns: [
        { kind: "numeric", values: [1, NaN] },
        { kind: "numeric", values: [2, 3] },
        { kind: "numeric", values: [NaN, 4] },
      ],
    });
  });

  it("applies user missing codes to numbers and strings", () => {
    const ds = toDataset({ a: [-99, "-99", 3, "."] }, { missing: ["-99", "."] });
    expect(plain(ds)).toEqual({ names: ["a"], n: 4, columns: [{ kind: "numeric", values: [NaN, NaN, 3, NaN] }] });
  });

  it("keeps text in an otherwise numeric column as a text column", () => {
    const ds = toDataset([{ a: 1 }, { a: "abc" }]);
    expect(ds.columns.get("a")?.kind).toBe("text");
  });
});

suite("toDataset errors", () => {
  it("rejects columns of unequal length, naming the column", () => {
    let err: unknown;
    try {
      toDataset({ a: [1, 2, 3], b: [1, 2] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).column).toBe("b");
    expect((err as DataError).message).toBe(message.dataColumnLength("b", 2, 3));
  });

  it("rejects danfo rows of the wrong length, naming the row", () => {
    expect(() => toDataset({ columns: ["a", "b"], values: [[1, 2], [3]] })).toThrow(message.dataRowLength(2, 1, 2));
  });

  it("rejects unsupported shapes", () => {
    expect(() => toDataset(42 as unknown as string)).toThrow(DataError);
    expect(() => toDataset({ a: 5 } as unknown as Record<string, number[]>)).toThrow(DataError);
    expect(() => toDataset([1, 2] as unknown as Record<string, unknown>[])).toThrow(message.dataUnsupportedInput("row 1 is not an object"));
  });

  it("rejects duplicate column names from arquero-like input", () => {
    const t = { columnNames: () => ["a", "a"], array: () => [1] };
    expect(() => toDataset(t)).toThrow(message.dataDuplicateColumn("a", 1, 2));
  });
});
