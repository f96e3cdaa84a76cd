import { describe as suite, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { describe } from "../../src/data/describe.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { dataText, fixture } from "./helpers.ts";

const text = dataText("loyalty_survey.csv");
const loyalty = parseCsv(text);
const alphaRef = fixture("loyalty_alpha");

suite("describe", () => {
  const recoded = reverseCode(loyalty, ["tru4", "swc3"], { min: 1, max: 5 });
  const all = describe(recoded, "sq*,pv*,sat*,tru*,swc*,alt*,loy*", { scale: { min: 1, max: 5 } });

  it("matches psych's item n, mean and sd for all 25 items (tru4, swc3 reversed)", () => {
    // psych: alpha(items, check.keys=FALSE)$item.stats (n, mean, sd); fixture loyalty_alpha.json
    const byName = new Map(all.items.map((d) => [d.name, d]));
    let count = 0;
    for (const ref of Object.values(alphaRef.scales) as any[]) {
      for (const s of ref.item_stats) {
        const d = byName.get(s.item);
        expect(d, s.item).toBeDefined();
        expect(d?.n).toBe(s.n);
        expect(d?.missing).toBe(480 - s.n);
        expect(d?.mean).toBeCloseTo(s.mean, 12);
        expect(d?.sd).toBeCloseTo(s.sd, 12);
        count++;
      }
    }
    expect(count).toBe(25);
    expect(all.warnings).toEqual([]);
  });

  it("computes skew and kurtosis with psych's type 3 formulas", () => {
    // psych::skew(type = 3) = sum((x - m)^3) / (n * sd^3); psych::kurtosi(type = 3) = sum((x - m)^4) / (n * sd^4) - 3
    for (const name of ["sq1", "tru4", "loy2", "alt3"]) {
      const col = numericMatrix(recoded, [name]);
      const x = Array.from(col.data).filter((v) => !Number.isNaN(v));
      const n = x.length;
      const m = x.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
      const skew = x.reduce((a, b) => a + (b - m) ** 3, 0) / (n * sd ** 3);
      const kurt = x.reduce((a, b) => a + (b - m) ** 4, 0) / (n * sd ** 4) - 3;
      const d = all.items.find((it) => it.name === name);
      expect(d?.skew).toBeCloseTo(skew, 12);
      expect(d?.kurtosis).toBeCloseTo(kurt, 12);
      expect(d?.se).toBeCloseTo(sd / Math.sqrt(n), 14);
    }
  });

  it("counts each Likert category, matching a count from the raw CSV text", () => {
    const lines = text.split(/\r?\n/).filter((l) => l !== "");
    const j = (lines[0] as string).split(",").indexOf('"sat2"');
    const expected = [1, 2, 3, 4, 5].map((v) => lines.slice(1).filter((l) => l.split(",")[j] === String(v)).length);
    const d = describe(loyalty, ["sat2"]).items[0];
    expect(d?.frequencies.map((f) => f.value)).toEqual([1, 2, 3, 4, 5]);
    expect(d?.frequencies.map((f) => f.count)).toEqual(expected);
    expect(d?.min).toBe(1);
    expect(d?.max).toBe(5);
  });

  it("gives the median of the observed values", () => {
    const ds = parseCsv("a,b\n1,1\n3,2\n2,\n10,4\n");
    const [a, b] = describe(ds, ["a", "b"]).items;
    expect(a?.median).toBe(2.5);
    expect(b?.median).toBe(2);
    expect(b?.missing).toBe(1);
  });

  it("warns about values outside the declared scale, naming column and row", () => {
    const ds = parseCsv("x,y\n1,2\n7,3\n0,9\n");
    const res = describe(ds, ["x", "y"], { scale: { min: 1, max: 5 } });
    expect(res.warnings).toEqual([
      message.dataOutOfScale("x", 2, 7, 1, 5),
      message.dataOutOfScale("x", 3, 0, 1, 5),
      message.dataOutOfScale("y", 3, 9, 1, 5),
    ]);
    expect(res.warnings[0]).toContain('column "x", row 2');
  });

  it("rejects text columns and bad scales", () => {
    const ds = parseCsv("x,y\n1,a\n");
    expect(() => describe(ds, ["y"])).toThrow(DataError);
    expect(() => describe(ds, ["y"])).toThrow(message.dataNotANumber("y", 1, "a"));
    expect(() => describe(ds, ["x"], { scale: { min: 5, max: 1 } })).toThrow(OptionError);
  });
});

suite("reverseCode", () => {
  it("gives min + max - x; tru4 reversed reproduces psych's item mean", () => {
    // psych: alpha item_stats for tru4 after 6 - x (fixture loyalty_alpha.json, scale TRU)
    const r = reverseCode(loyalty, ["tru4"], { min: 1, max: 5 });
    const before = numericMatrix(loyalty, ["tru4"]).data;
    const after = numericMatrix(r, ["tru4"]).data;
    for (let i = 0; i < before.length; i++) {
      if (Number.isNaN(before[i])) expect(after[i]).toBeNaN();
      else expect(after[i]).toBe(6 - (before[i] as number));
    }
    const ref = alphaRef.scales.TRU.item_stats.find((s: any) => s.item === "tru4");
    const obs = Array.from(after).filter((v) => !Number.isNaN(v));
    expect(obs.reduce((a, b) => a + b, 0) / obs.length).toBeCloseTo(ref.mean, 12);
    // other columns are untouched and the input is not modified
    expect(r.columns.get("tru1")).toBe(loyalty.columns.get("tru1"));
    expect(r.names).toEqual(loyalty.names);
    expect(numericMatrix(loyalty, ["tru4"]).data).toEqual(before);
  });

  it("infers the scale from the observed min and max of the named columns", () => {
    const ds = parseCsv("a,b\n2,3\n4,NA\n3,6\n");
    const r = reverseCode(ds, ["a", "b"]);
    // observed min 2, max 6 -> 8 - x
    expect(Array.from(numericMatrix(r, ["a", "b"]).data)).toEqual([6, 5, 4, NaN, 5, 2]);
  });

  it("rejects text columns, empty columns and bad scales", () => {
    const ds = parseCsv("a,b,c\n1,x,NA\n");
    expect(() => reverseCode(ds, ["b"])).toThrow(message.dataNotANumber("b", 1, "x"));
    expect(() => reverseCode(ds, ["c"])).toThrow(message.dataNoValues("c"));
    expect(() => reverseCode(ds, ["a"], { min: 1, max: Number.NaN })).toThrow(OptionError);
  });
});
