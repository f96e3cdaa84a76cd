import { describe as suite, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import type { Column } from "../../src/data/types.ts";

const loyaltyText = readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8");
const alphaRef = JSON.parse(readFileSync(new URL("../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));

function num(c: Column | undefined): number[] {
  if (c?.kind !== "numeric") throw new Error("expected a numeric column");
  return Array.from(c.values);
}
function txt(c: Column | undefined): (string | null)[] {
  if (c?.kind !== "text") throw new Error("expected a text column");
  return [...c.values];
}
function catchError(f: () => unknown): DataError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

suite("parseCsv on data/loyalty_survey.csv", () => {
  const ds = parseCsv(loyaltyText);
  // Independent count from the raw text: this file has no quoted commas, so a plain split is exact.
  const lines = loyaltyText.split(/\r?\n/).filter((l) => l !== "");
  const header = (lines[0] as string).split(",").map((h) => h.replace(/"/g, ""));
  const raw = lines.slice(1).map((l) => l.split(","));

  it("has 480 rows and 29 columns in file order", () => {
    expect(ds.n).toBe(480);
    expect(ds.names.length).toBe(29);
    expect(ds.names).toEqual(header);
    expect(ds.names.slice(0, 5)).toEqual(["id", "gender", "age_group", "platform", "sq1"]);
  });

  it("types the columns: 4 text, 25 numeric", () => {
    for (const name of ["id", "gender", "age_group", "platform"]) expect(ds.columns.get(name)?.kind).toBe("text");
    for (const name of ds.names.slice(4)) expect(ds.columns.get(name)?.kind).toBe("numeric");
    expect(txt(ds.columns.get("platform")).slice(0, 2)).toEqual(["A", "A"]);
  });

  it("reads empty cells as NaN, matching the count in the raw text", () => {
    const expectedMissing = raw.reduce((s, row) => s + row.filter((c) => c === "").length, 0);
    let missing = 0;
    for (const name of ds.names.slice(4)) missing += num(ds.columns.get(name)).filter(Number.isNaN).length;
    expect(missing).toBe(expectedMissing);
    expect(missing).toBe(180);
    // Row 1 of the file: "R0001","male","18-24","A",,4,5,5,... -> sq1 is empty
    expect((raw[0] as string[])[4]).toBe("");
    expect(num(ds.columns.get("sq1"))[0]).toBeNaN();
    expect(num(ds.columns.get("sq2"))[0]).toBe(4);
  });

  it("gives the per-item observed n that psych reports", () => {
    // psych: alpha(items)$item.stats$n (test/fixtures/loyalty_alpha.json)
    for (const scale of Object.values(alphaRef.scales) as { item_stats: { item: string; n: number }[] }[]) {
      for (const s of scale.item_stats) {
        const name = s.item.replace(/-$/, "");
        expect(num(ds.columns.get(name)).filter((x) => !Number.isNaN(x)).length).toBe(s.n);
      }
    }
  });

  it("parses 1e5 rows × 25 columns (speed is measured in bench/, not here)", () => {
    const row = Array.from({ length: 25 }, (_, j) => String((j % 5) + 1)).join(",");
    const big = "h" + Array.from({ length: 25 }, (_, j) => j).join(",h") + "\n" + (row + "\n").repeat(100_000);
    const d = parseCsv(big);
    expect(d.n).toBe(100_000);
    expect(num(d.columns.get("h24"))[99_999]).toBe(5);
  });
});

suite("parseCsv format details", () => {
  it("strips a UTF-8 BOM and handles CRLF", () => {
    const ds = parseCsv("\uFEFFa,b\r\n1,2\r\n3,4\r\n");
    expect(ds.names).toEqual(["a", "b"]);
    expect(num(ds.columns.get("a"))).toEqual([1, 3]);
    expect(num(ds.columns.get("b"))).toEqual([2, 4]);
  });

  it("reads quoted fields with delimiters, doubled quotes and newlines", () => {
    const ds = parseCsv('id,comment,x\n1,"good, fast",2\n2,"said ""ok""",3\n3,"line one\nline two",4\n');
    expect(ds.n).toBe(3);
    expect(txt(ds.columns.get("comment"))).toEqual(["good, fast", 'said "ok"', "line one\nline two"]);
    expect(num(ds.columns.get("x"))).toEqual([2, 3, 4]);
  });

  it("treats __proto__, constructor and toString as ordinary column names", () => {
    const ds = parseCsv("__proto__,constructor,toString\n1,2,x\n");
    expect(ds.names).toEqual(["__proto__", "constructor", "toString"]);
    expect(num(ds.columns.get("__proto__"))).toEqual([1]);
    expect(num(ds.columns.get("constructor"))).toEqual([2]);
    expect(txt(ds.columns.get("toString"))).toEqual(["x"]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("detects a European CSV (; and decimal commas)", () => {
    const ds = parseCsv("a;b;c\n3,5;1;x\n-0,25;2;y\n");
    expect(num(ds.columns.get("a"))).toEqual([3.5, -0.25]);
    expect(num(ds.columns.get("b"))).toEqual([1, 2]);
    expect(txt(ds.columns.get("c"))).toEqual(["x", "y"]);
  });

  it("detects tab and semicolon delimiters and honours an explicit one", () => {
    expect(parseCsv("a\tb\n1\t2\n").names).toEqual(["a", "b"]);
    expect(parseCsv("a;b\n1;2\n").names).toEqual(["a", "b"]);
    expect(parseCsv("a;b\n1;2\n", { delimiter: "," }).names).toEqual(["a;b"]);
    expect(num(parseCsv("a;b\n1.5;2\n", { decimal: "." }).columns.get("a"))).toEqual([1.5]);
  });

  it("treats empty, NA and user codes as missing", () => {
    const ds = parseCsv("a,b,c\n1,NA,x\n-99,.,NA\n,3,\n", { missing: ["-99", "."] });
    expect(num(ds.columns.get("a"))).toEqual([1, NaN, NaN]);
    expect(num(ds.columns.get("b"))).toEqual([NaN, NaN, 3]);
    expect(txt(ds.columns.get("c"))).toEqual(["x", null, null]);
    // numeric codes match the same number written differently
    expect(num(parseCsv("a\n-99.0\n2\n", { missing: ["-99"] }).columns.get("a"))).toEqual([NaN, 2]);
  });

  it("makes a column with any text a text column", () => {
    const ds = parseCsv("a,b\n1,2\nabc,3\n");
    expect(txt(ds.columns.get("a"))).toEqual(["1", "abc"]);
    expect(num(ds.columns.get("b"))).toEqual([2, 3]);
    expect(parseCsv("a\n0x10\n").columns.get("a")?.kind).toBe("text");
    expect(parseCsv("a\nInfinity\n").columns.get("a")?.kind).toBe("text");
    expect(num(parseCsv("a\n1e3\n.5\n 7 \n").columns.get("a"))).toEqual([1000, 0.5, 7]);
    expect(num(parseCsv("a\n-12\n+3\n12345678901234567\n-0.125\n").columns.get("a"))).toEqual([
      -12, 3, 12345678901234567, -0.125,
    ]);
  });

  it("returns n = 0 for a header-only file, and skips blank lines", () => {
    const ds = parseCsv("a,b\n");
    expect(ds.n).toBe(0);
    expect(ds.names).toEqual(["a", "b"]);
    expect(num(parseCsv("a,b\n\n1,2\n\n3,4").columns.get("a"))).toEqual([1, 3]);
    expect(num(parseCsv("\n\na,b\n1,2\n").columns.get("b"))).toEqual([2]);
    // a quoted empty field is a value (missing), not a blank line
    expect(num(parseCsv('a\n""\n4\n').columns.get("a"))).toEqual([NaN, 4]);
  });
});

suite("parseCsv errors", () => {
  it("rejects empty input", () => {
    for (const text of ["", "\uFEFF", "\n\n  \n"]) {
      const e = catchError(() => parseCsv(text));
      expect(e.message).toBe(message.csvEmpty);
    }
  });

  it("rejects a ragged row, naming the row and both field counts", () => {
    const e = catchError(() => parseCsv("a,b,c\n1,2,3\n4,5\n"));
    expect(e.row).toBe(2);
    expect(e.message).toBe(message.csvRaggedRow(2, 3, 3, 2));
    expect(e.message).toContain("row 2");
  });

  it("counts data rows, not lines, when quoted fields span lines", () => {
    const e = catchError(() => parseCsv('a,b\n"x\ny",1\n1,2,3\n'));
    expect(e.row).toBe(2);
    expect(e.message).toBe(message.csvRaggedRow(2, 4, 2, 3));
  });

  it("rejects a duplicate header, naming both positions", () => {
    const e = catchError(() => parseCsv("sat1,sat2,sat1\n1,2,3\n"));
    expect(e.column).toBe("sat1");
    expect(e.message).toBe(message.csvDuplicateHeader("sat1", 1, 3));
  });

  it("rejects an empty header, naming its position", () => {
    const e = catchError(() => parseCsv("a,,c\n1,2,3\n"));
    expect(e.message).toBe(message.csvEmptyHeader(2));
    expect(e.message).toContain("column 2");
  });

  it("rejects an unterminated quote, naming the row", () => {
    const e = catchError(() => parseCsv('a,b\n1,2\n3,"oops\n4,5\n'));
    expect(e.row).toBe(2);
    expect(e.message).toBe(message.csvUnterminatedQuote(2, 3));
  });
});
