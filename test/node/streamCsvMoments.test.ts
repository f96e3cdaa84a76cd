import { describe as suite, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, writeFileSync, rmSync, openSync, writeSync, closeSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamCsvMoments, type StreamCsvOptions } from "../../src/node/streamCsvMoments.ts";
import { streamCsvMoments as fromIndex } from "../../src/node/index.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { momentsOf, type SampleStatistics } from "../../src/data/sampleStatistics.ts";
import { groupLabels, sampleFromData } from "../../src/sem/sampleFromData.ts";
import { DataError, OptionError, UnknownColumnError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

let dir = "";
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "semkit-stream-")); });
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });
const file = (name: string, text: string): string => { const f = join(dir, name); writeFileSync(f, text); return f; };

/** The in-memory pipeline sem() runs: parseCsv, reverseCode, groupLabels, sampleFromData (momentsOf per group). */
function inMemory(text: string, o: StreamCsvOptions): SampleStatistics {
  let ds = parseCsv(text, { ...(o.missing ? { missing: o.missing } : {}), ...(o.delimiter ? { delimiter: o.delimiter } : {}) });
  if (o.reverse !== undefined && o.reverse.length > 0) ds = reverseCode(ds, o.reverse, o.scale);
  return sampleFromData(ds, o.columns, groupLabels(ds, o.group));
}

function expectSame(got: SampleStatistics, want: SampleStatistics): void {
  expect(got.names).toEqual(want.names);
  expect(got.groups).toEqual(want.groups);
  expect(got.nobs).toEqual(want.nobs);
  expect(got.ntotal).toBe(want.ntotal);
  const close = (a: ArrayLike<number>, b: ArrayLike<number>, what: string): void => {
    expect(a.length, what).toBe(b.length);
    for (let i = 0; i < b.length; i++) {
      if (!(Math.abs(a[i]! - b[i]!) <= 1e-10 * Math.max(1, Math.abs(b[i]!)))) expect.fail(`${what}[${i}]: ${a[i]} vs momentsOf ${b[i]}`);
    }
  };
  want.groups.forEach((g, k) => { close(got.mean[k]!, want.mean[k]!, `mean ${g}`); close(got.cov[k]!, want.cov[k]!, `cov ${g}`); });
}

/** A messy survey file: BOM, CRLF or LF, quoted cells (with delimiters, doubled quotes and line breaks), Chinese text
 *  (multi-byte UTF-8, cut by small chunks), blank lines,
 *  NA / empty / -99 codes, a text column and a group column with a missing label. Seeded LCG, so it is the same every run. */
function messyCsv(rows: number, eol: string, seed = 7): string {
  let s = seed;
  const u = (): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const cellOf = (): string => {
    const r = u();
    if (r < 0.04) return "NA";
    if (r < 0.07) return "";
    if (r < 0.09) return "-99";
    const v = String(1 + Math.floor(u() * 5));
    return r < 0.15 ? `"${v}"` : r < 0.2 ? ` ${v}` : v;
  };
  const notes = ['"hello, world"', '"she said ""no"""', `"two${eol}lines"`, "plain", '""', "满意度", '"忠诚, 信任"'];
  let out = `\uFEFFid,grp,a,b,"c",d,note,e,分数${eol}`;
  for (let i = 1; i <= rows; i++) {
    const grp = u() < 0.05 ? "" : ["g1", "g2", "g3"][Math.floor(u() * 3)]!;
    const e = (100 + u() * 10).toFixed(4);
    out += [i, grp, cellOf(), cellOf(), cellOf(), cellOf(), notes[i % notes.length], e, cellOf()].join(",") + eol;
    if (u() < 0.05) out += eol;
  }
  return out;
}

suite("streamCsvMoments", () => {
  const columns = ["d", "a", "c", "b", "e"];
  const chunkSizes = [1, 2, 3, 5, 17, 64, 1000, undefined];

  it("equals momentsOf on the parseCsv data (1e-10) for every chunk size, CRLF and LF, one group and three", () => {
    for (const eol of ["\r\n", "\n"]) {
      const text = messyCsv(300, eol);
      const path = file(`messy${eol.length}.csv`, text);
      for (const extra of [{}, { group: "grp" }, { group: "grp", reverse: ["b", "c"], scale: { min: 1, max: 5 } }, { reverse: ["a"] },
        { columns: ["a", "b", "c", "d"], group: "grp" }, { columns: ["分数", "e", "a"], group: "grp" }]) {
        const o: StreamCsvOptions = { columns, missing: ["-99"], ...extra };
        const want = inMemory(text, o);
        for (const chunkBytes of chunkSizes) expectSame(streamCsvMoments(path, { ...o, ...(chunkBytes ? { chunkBytes } : {}) }), want);
      }
    }
    expect(fromIndex).toBe(streamCsvMoments);
  });

  it("HolzingerSwineford1939.csv by school: the moments sem() uses (momentsOf per group)", () => {
    const cols = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];
    const path = new URL("../../data/HolzingerSwineford1939.csv", import.meta.url).pathname;
    const csv = parseCsv(readFileSync(path, "utf8"));
    const want = sampleFromData(csv, cols, groupLabels(csv, "school"));
    expectSame(streamCsvMoments(path, { columns: cols, group: "school" }), want);
    expect(want.groups).toEqual(["Pasteur", "Grant-White"]); // lavaan's group order (first appearance)
  });

  it("shifted sums keep the covariances of values near 1e9 (two-pass momentsOf to 1e-10 relative)", () => {
    let s = 3;
    const u = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
    let text = "x,y\n";
    const rows: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const x = 1e9 + u(), y = 1e9 + 0.5 * x - 5e8 + u();
      const xs = x.toFixed(6), ys = y.toFixed(6);
      text += `${xs},${ys}\n`;
      rows.push(Number(xs), Number(ys));
    }
    const got = streamCsvMoments(file("big.csv", text), { columns: ["x", "y"], chunkBytes: 4096 });
    const want = momentsOf(Float64Array.from(rows), 2000, 2);
    for (let i = 0; i < 4; i++) expect(Math.abs(got.cov[0]![i]! - want.cov[i]!) / Math.abs(want.cov[i]!)).toBeLessThan(1e-10);
    for (let i = 0; i < 2; i++) expect(Math.abs(got.mean[0]![i]! - want.mean[i]!) / want.mean[i]!).toBeLessThan(1e-14);
  });

  it("numeric group labels are one group per number, as a numeric column (\"1\" and \"1.0\")", () => {
    const text = "g,x,y\n1,1,2\n2,2,2\n1.0,3,5\n2,4,1\n1,2,2\n2,5,5\n-99,1,1\n";
    const o: StreamCsvOptions = { columns: ["x", "y"], group: "g", missing: ["-99"] };
    const got = streamCsvMoments(file("g.csv", text), { ...o, chunkBytes: 4 });
    expect(got.groups).toEqual(["1", "2"]);
    expectSame(got, inMemory(text, o));
  });

  it("reads a ';' file with decimal commas as parseCsv does", () => {
    const text = "a;b;c\n1,5;2;x\n2,25;3,5;y\n3;1,75;z\n4,5;4;w\n";
    const o: StreamCsvOptions = { columns: ["a", "b"] };
    expectSame(streamCsvMoments(file("semi.csv", text), o), inMemory(text, o));
    const tab = "a\tb\n1\t2\n2\t3\n4\t4\n";
    expectSame(streamCsvMoments(file("tab.csv", tab), o), inMemory(tab, o));
  });

  it("old Mac line ends (CR only), no final line break and an empty last field, at every chunk size", () => {
    const texts = ["a,b,c\r1,2,3\r2,5,4\r\r3,1,2\r4,4,", "a,b,c\n1,2,3\n2,5,4\n3,1,2\n4,4,\"5\"", "\n\na,b,c\r\n1,2,3\r\n2,5,4\r\n3,1,\r\n4,4,1\r\n"];
    texts.forEach((text, k) => {
      const path = file(`ends${k}.csv`, text);
      for (const columns of [["a", "b"], ["a", "b", "c"]]) {
        const want = inMemory(text, { columns });
        for (const chunkBytes of chunkSizes) expectSame(streamCsvMoments(path, { columns, ...(chunkBytes ? { chunkBytes } : {}) }), want);
      }
    });
  });

  it("errors name the file, the row and the column with parseCsv's and numericMatrix's messages", () => {
    const thrown = (path: string, o: StreamCsvOptions): DataError => {
      try { streamCsvMoments(path, o); } catch (e) { return e as DataError; }
      return expect.fail("no error");
    };
    const ragged = file("ragged.csv", "a,b,c\n1,2,3\n\n4,5\n");
    for (const chunkBytes of [2, 1024]) {
      const e = thrown(ragged, { columns: ["a"], chunkBytes });
      expect(e).toBeInstanceOf(DataError);
      expect(e.message).toBe(message.dataInFile(ragged, message.csvRaggedRow(2, 4, 3, 2)));
      expect(e.row).toBe(2);
    }
    const text = file("text.csv", 'a,b\n1,2\n3,"x"\n4,five\n');
    const e2 = thrown(text, { columns: ["a", "b"], chunkBytes: 3 });
    expect(e2.message).toBe(message.dataInFile(text, message.dataNotANumber("b", 2, "x")));
    expect([e2.column, e2.row]).toEqual(["b", 2]);
    const quote = file("quote.csv", 'a,b\n1,2\n3,"4\n');
    expect(thrown(quote, { columns: ["a"] }).message).toBe(message.dataInFile(quote, message.csvUnterminatedQuote(2, 3)));
    const scale = file("scale.csv", "a,b\n1,2\n3,7\n");
    const e3 = thrown(scale, { columns: ["a", "b"], reverse: ["b"], scale: { min: 1, max: 5 } });
    expect(e3.message).toBe(message.dataInFile(scale, message.dataOutOfScale("b", 2, 7, 1, 5)));
    expect([e3.column, e3.row]).toEqual(["b", 2]);
    const few = file("few.csv", "a,b\n1,2\n3,NA\n");
    expect(thrown(few, { columns: ["a", "b"] }).message).toBe(message.dataInFile(few, message.tooFewCases("", 1)));
    const dup = file("dup.csv", "a,a\n1,2\n");
    expect(thrown(dup, { columns: ["a"] }).message).toBe(message.dataInFile(dup, message.csvDuplicateHeader("a", 1, 2)));
    const empty = file("empty.csv", "\n\n");
    expect(thrown(empty, { columns: ["a"] }).message).toBe(message.dataInFile(empty, message.csvEmpty));
    const unknown = thrown(scale, { columns: ["a", "bb"] });
    expect(unknown).toBeInstanceOf(UnknownColumnError);
    expect(unknown.message).toBe(message.dataUnknownColumn("bb", "b"));
    const missing = join(dir, "no_such.csv");
    expect(thrown(missing, { columns: ["a"] }).message).toBe(message.dataFileUnreadable(missing, "no such file"));
  });

  it("checks its options", () => {
    const path = file("ok.csv", "a,b\n1,2\n2,1\n3,3\n");
    expect(() => streamCsvMoments(path, { columns: [] })).toThrow(new OptionError(message.streamNoColumns));
    expect(() => streamCsvMoments(path, { columns: ["a", "a"] })).toThrow(new OptionError(message.streamDuplicateColumn("a")));
    expect(() => streamCsvMoments(path, { columns: "a" } as never)).toThrow(OptionError);
    expect(() => streamCsvMoments(path, { columns: ["a"], reverse: ["a"], scale: { min: 5, max: 1 } })).toThrow(new OptionError(message.dataBadScale(5, 1)));
  });

  it("streams a 20 MB file without holding its rows (RSS and heap grow by far less than the file)", () => {
    const path = join(dir, "large.csv");
    const fd = openSync(path, "w");
    const p = 25;
    writeSync(fd, Array.from({ length: p }, (_, j) => `i${j + 1}`).join(",") + "\n");
    let rows = 0, bytes = 0, buf = "", s = 11;
    while (bytes < 20 << 20) {
      let line = "";
      for (let j = 0; j < p; j++) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; line += (j ? "," : "") + (1 + (s >>> 16) % 5); }
      buf += line + "\n";
      rows++;
      if (buf.length > 1 << 20) { writeSync(fd, buf); bytes += buf.length; buf = ""; }
    }
    writeSync(fd, buf);
    closeSync(fd);
    global.gc?.();
    const before = process.memoryUsage();
    const maxBefore = process.resourceUsage().maxRSS;
    const stats = streamCsvMoments(path, { columns: Array.from({ length: p }, (_, j) => `i${j + 1}`) });
    const after = process.memoryUsage();
    expect(stats.ntotal).toBe(rows);
    // holding the rows would take ≥ 20 MB of text or 8 bytes × 25 × rows ≈ 35 MB of numbers; a 4 MB chunk is the budget
    const mb = (x: number): number => x / (1 << 20);
    expect(mb(after.rss - before.rss)).toBeLessThan(48);
    expect(mb(after.heapUsed - before.heapUsed)).toBeLessThan(32);
    expect((process.resourceUsage().maxRSS - maxBefore) / 1024).toBeLessThan(64);
  });
});
