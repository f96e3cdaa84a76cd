/**
 * Text input: UTF-16 (with and without a byte-order mark), GB18030/GBK when the bytes are not UTF-8, the
 * encoding option and --encoding flag, and the decimal comma chosen only where it cannot be a thousands separator.
 * The encoded files are made here from their text (Node's Buffer for UTF-16, fixed bytes for GBK).
 */
import { describe, expect, test } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsvFile } from "../../src/node/readCsvFile.ts";
import { streamCsvMoments } from "../../src/node/streamCsvMoments.ts";
import { decodeText } from "../../src/data/decodeText.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { commaKind } from "../../src/data/parseNumber.ts";
import { alphaCommand } from "../../src/cli/alpha.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { Column } from "../../src/data/types.ts";
import { thrown } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "semkit-enc-"));
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const numbers = (c: Column | undefined): number[] => {
  if (c?.kind !== "numeric") throw new Error("expected a numeric column");
  return Array.from(c.values);
};

const TEXT = "性别,满意1,满意2\n男,4,5\n女,3,4\n男,5,5\n";
// TEXT in GBK, as `iconv -f UTF-8 -t GBK` writes it (what a Chinese-language Excel saves as "CSV")
const GBK = Uint8Array.from(
  "d0d4b1f02cc2fad2e2312cc2fad2e2320ac4d02c342c350ac5ae2c332c340ac4d02c352c350a".match(/../g)!.map((h) => parseInt(h, 16)),
);
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf16le").swap16());

describe("encodings", () => {
  test("GBK bytes (not valid UTF-8) are decoded as GB18030, and the data set says so", () => {
    const path = file("gbk.csv", GBK);
    const ds = readCsvFile(path);
    expect(ds.names).toEqual(["性别", "满意1", "满意2"]);
    expect(numbers(ds.columns.get("满意1"))).toEqual([4, 3, 5]);
    const sex = ds.columns.get("性别");
    expect(sex?.kind === "text" ? [...sex.values] : null).toEqual(["男", "女", "男"]);
    expect(ds.warnings).toEqual([message.dataInFile(path, message.encodingGb18030)]);
    expect(ds.warnings![0]).toContain("GB18030/GBK");
  });
  test("UTF-16LE and UTF-16BE with a byte-order mark, and UTF-16LE without one", () => {
    for (const [name, bytes, label] of [
      ["le.csv", utf16le("\ufeff" + TEXT), "UTF-16LE"],
      ["be.csv", utf16be("\ufeff" + TEXT), "UTF-16BE"],
    ] as const) {
      const ds = readCsvFile(file(name, bytes));
      expect(ds.names).toEqual(["性别", "满意1", "满意2"]);
      expect(ds.n).toBe(3);
      expect(numbers(ds.columns.get("满意2"))).toEqual([5, 4, 5]);
      expect(ds.warnings![0]).toContain(message.encodingByMark(label));
    }
    const ascii = "a,b\n1,2\n3,4\n5,6\n";
    const ds = readCsvFile(file("le-nomark.csv", utf16le(ascii)));
    expect(numbers(ds.columns.get("b"))).toEqual([2, 4, 6]);
    expect(ds.warnings![0]).toContain("UTF-16LE");
  });
  test("UTF-8 files (with or without BOM) carry no note, and the shipped data are unchanged", () => {
    const ds = readCsvFile(file("u8.csv", "\ufeff" + TEXT));
    expect(ds.names[0]).toBe("性别");
    expect(ds.warnings).toBeUndefined();
  });
  test("an explicit encoding is strict: GBK bytes read as UTF-8 are an error naming the path", () => {
    const path = file("gbk2.csv", GBK);
    const e = thrown(() => readCsvFile(path, { encoding: "utf-8" }), DataError);
    expect(e.message).toBe(message.encodingInvalid(path, "UTF-8"));
    expect(readCsvFile(path, { encoding: "gb18030" }).names).toEqual(["性别", "满意1", "满意2"]);
    const bad = thrown(() => readCsvFile(path, { encoding: "latin1" as "utf-8" }), OptionError);
    expect(bad.message).toContain('"latin1"');
    expect(bad.message).toContain('"gb18030"');
  });
  test("decodeText works on bytes (browser use) and reports the encoding", () => {
    expect(decodeText(utf16le("\ufeffx"), "auto", "t")).toMatchObject({ text: "x", encoding: "utf-16le" });
    expect(decodeText(GBK).encoding).toBe("gb18030");
    expect(decodeText(new TextEncoder().encode("a,b\n")).encoding).toBe("utf-8");
  });
  test("the CLI takes --encoding and refuses an unknown one", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${1 + (i % 5)},${1 + ((i + 1) % 5)},${1 + ((i * 2) % 5)}`);
    const path = file("alpha16.csv", utf16le("\ufeffa,b,c\n" + rows.join("\n") + "\n"));
    let text = "";
    const code = await alphaCommand.run(parseArgs([path, "--items", "a,b,c", "--encoding", "utf-16le", "--json"]), (t) => { text += t; });
    expect(code).toBe(0);
    expect(JSON.parse(text)).toHaveProperty("total.rawAlpha");
    await expect(async () => alphaCommand.run(parseArgs([path, "--items", "a,b,c", "--encoding", "ebcdic"]), () => {})).rejects.toThrow(OptionError);
  });
});

describe("decimal comma only where it cannot separate thousands", () => {
  test("commaKind", () => {
    expect(commaKind("3,5")).toBe("decimal");
    expect(commaKind("0,500")).toBe("decimal");
    expect(commaKind("1234,5")).toBe("decimal");
    expect(commaKind("12,500")).toBe("ambiguous");
    expect(commaKind("-1,250")).toBe("ambiguous");
    expect(commaKind("1,234,567")).toBe("thousands");
    expect(commaKind("1.5")).toBe("none");
    expect(commaKind("a,b")).toBe("none");
  });
  test("a tab-separated 12,500 is refused, naming column, row and value, never read as 12.5", () => {
    const text = "income\tsat\n9,800\t4\n12,500\t5\n";
    const e = thrown(() => parseCsv(text), DataError);
    expect(e.message).toBe(message.csvAmbiguousComma("income", 1, "9,800"));
    expect(e.message).toContain('decimal: ","');
    expect(e.column).toBe("income");
    expect(e.row).toBe(1);
    expect(numbers(parseCsv(text, { decimal: "," }).columns.get("income"))).toEqual([9.8, 12.5]);
    expect(parseCsv(text, { decimal: "." }).columns.get("income")?.kind).toBe("text");
  });
  test("3,5 is a decimal comma in a ';' or tab file when the column has no dots", () => {
    expect(numbers(parseCsv("a\tb\n3,5\t1\n4,25\t2\n").columns.get("a"))).toEqual([3.5, 4.25]);
    // a column with a decimal point keeps "." (its comma cell is then text), the other column still reads ","
    const ds = parseCsv("a;b\n3.5;1,5\n3,5;2\n");
    expect(ds.columns.get("a")?.kind).toBe("text");
    expect(numbers(ds.columns.get("b"))).toEqual([1.5, 2]);
    // an ambiguous column follows a file whose other columns use a clear decimal comma
    expect(numbers(parseCsv("a;b\n1,5;12,500\n2,5;3\n").columns.get("b"))).toEqual([12.5, 3]);
  });
  test("with ',' as delimiter the decimal mark is always '.'", () => {
    expect(numbers(parseCsv('a,b\n"3,5",1\n"4",2\n').columns.get("b"))).toEqual([1, 2]);
    expect(parseCsv('a,b\n"3,5",1\n"4",2\n').columns.get("a")?.kind).toBe("text");
  });
  test("streaming moments refuse 12,500 the same way", () => {
    const path = file("amb.tsv", "a\tb\n1\t2\n12,500\t3\n4\t4\n");
    const e = thrown(() => streamCsvMoments(path, { columns: ["a", "b"] }), DataError);
    expect(e.message).toContain(message.csvAmbiguousComma("a", 2, "12,500"));
  });
});

describe("text decoded with the wrong encoding before parseCsv", () => {
  test("GBK read as UTF-8: the data set carries a note about the encoding", () => {
    const garbled = new TextDecoder("utf-8").decode(GBK);
    expect(garbled).toContain("\ufffd");
    expect(parseCsv(garbled).warnings).toEqual([message.csvReplacementCharacters]);
    expect(parseCsv(TEXT).warnings).toBeUndefined();
  });
  test("UTF-16 read as UTF-8: an error about the encoding instead of 'expected 3 fields'", () => {
    const garbled = new TextDecoder("utf-8").decode(utf16le("a,b,c\n1,2,3\n"));
    const e = thrown(() => parseCsv(garbled), DataError);
    expect(e.message).toBe(message.csvNulCharacters);
    expect(e.message).toContain("UTF-16");
  });
});

describe("streamed reading needs UTF-8", () => {
  test("a GBK or UTF-16 file is refused with a message about the encoding", () => {
    const gbk = thrown(() => streamCsvMoments(file("s-gbk.csv", GBK), { columns: ["满意1"] }), DataError);
    expect(gbk.message).toContain(message.streamNotUtf8);
    const u16 = thrown(() => streamCsvMoments(file("s-16.csv", utf16le("\ufeffa,b\n1,2\n3,4\n")), { columns: ["a"] }), DataError);
    expect(u16.message).toMatch(/UTF-16|UTF-8/);
  });
});

describe("Excel's \"Unicode text\" and a GBK file through sem()", () => {
  test("UTF-16LE with BOM, tab-separated, CRLF: read like the UTF-8 original", () => {
    const rows = ["a\tb\tc\tg", ...Array.from({ length: 250 }, (_, i) => `${1 + (i % 5)}\t${1 + ((i * 3) % 5)}\t${1 + ((i * 7) % 5)}\t${i % 2 === 0 ? "甲" : "乙"}`)];
    const ds = readCsvFile(file("unicode.txt", utf16le("\ufeff" + rows.join("\r\n") + "\r\n")));
    expect(ds.n).toBe(250);
    expect(ds.names).toEqual(["a", "b", "c", "g"]);
    const g = ds.columns.get("g");
    expect(g?.kind === "text" ? g.values.slice(0, 2) : null).toEqual(["甲", "乙"]);
  });
  test("the encoding note reaches fit.warnings", async () => {
    const { sem } = await import("../../src/sem/sem.ts");
    const lines = ["题1,题2,题3"];
    for (let i = 0; i < 60; i++) lines.push(`${1 + (i % 5)},${1 + ((i + (i % 3)) % 5)},${1 + ((i + (i % 4)) % 5)}`);
    // the header in GB18030, the digits are ASCII in both encodings
    const header = Uint8Array.from([0xcc, 0xe2, 0x31, 0x2c, 0xcc, 0xe2, 0x32, 0x2c, 0xcc, 0xe2, 0x33, 0x0a]);
    const body = new TextEncoder().encode(lines.slice(1).join("\n") + "\n");
    const path = file("gbk-fit.csv", Uint8Array.from([...header, ...body]));
    const ds = readCsvFile(path);
    expect(ds.names).toEqual(["题1", "题2", "题3"]);
    const fit = sem("F =~ 题1 + 题2 + 题3", ds);
    expect(fit.warnings[0]).toBe(message.dataInFile(path, message.encodingGb18030));
  });
});
