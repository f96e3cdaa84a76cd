import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readXlsx } from "../../src/node/readXlsx.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { expectLoyaltyAlpha, numeric, text } from "../helpers/columns.ts";

// Fixtures: test/fixtures/loyalty_survey.xlsx and xlsx_edge_cases.xlsx, written by openpyxl 3.0.9 (not by the
// reader under test) with test/fixtures/make_xlsx.py from data/loyalty_survey.csv; missing answers are empty
// cells for even respondents and the text "NA" for odd ones.
// Reference: test/fixtures/loyalty_alpha.json, psych 2.2.9 alpha(items, check.keys = FALSE), pairwise deletion,
// tru4 and swc3 reversed as 6 − x, computed on data/loyalty_survey.csv.
const XLSX = new URL("../fixtures/loyalty_survey.xlsx", import.meta.url).pathname;
const EDGE = new URL("../fixtures/xlsx_edge_cases.xlsx", import.meta.url).pathname;
const TOL = 1e-6;


describe("readXlsx: the loyalty survey kept in Excel", async () => {
  const ds = await readXlsx(XLSX);

  it("gives psych's alpha for every scale, as the CSV does (1e-6)", () => {
    expectLoyaltyAlpha(ds, TOL); // psych: alpha(items)$total, see test/helpers/columns.ts
  });

  it("reads the first sheet: 480 cases, 29 columns, 180 missing item cells (empty or NA)", () => {
    // data/README.md: 480 respondents, 29 columns, 180 of 12 000 item cells missing; the first rows of the CSV
    expect(ds.sheet).toBe("responses");
    expect(ds.n).toBe(480);
    expect(ds.names.slice(0, 5)).toEqual(["id", "gender", "age_group", "platform", "sq1"]);
    expect(ds.names.length).toBe(29);
    const missing = ds.names.slice(4).reduce((s, name) => s + numeric(ds.columns.get(name)).filter(Number.isNaN).length, 0);
    expect(missing).toBe(180);
    expect(text(ds.columns.get("gender")).slice(0, 3)).toEqual(["male", "male", "female"]);
    expect(Array.from(numeric(ds.columns.get("sq2")).slice(0, 2))).toEqual([4, 4]);
    expect(ds.warnings).toEqual([]);
  });

  it("reads another sheet by name and by position", async () => {
    const byName = await readXlsx(XLSX, { sheet: "codebook" });
    const byIndex = await readXlsx(readFileSync(XLSX), { sheet: 2 });
    expect(byName.names).toEqual(["item", "construct", "wording"]);
    expect(byName.n).toBe(25);
    // data/README.md: wording of loy3
    expect(text(byIndex.columns.get("wording"))[23]).toBe("I would recommend this shop to friends (recommendation).");
  });
});

describe("readXlsx: title row, Excel errors, dates, empty rows, notes", async () => {
  const ds = await readXlsx(EDGE, { headerRow: 2 });

  it("reads the cases under the header row", () => {
    expect(ds.names).toEqual(["name", "score", "visited"]);
    expect(ds.n).toBe(3);
    expect(text(ds.columns.get("name"))).toEqual(["Ann", "Bo", "Cy"]);
    expect(Array.from(numeric(ds.columns.get("score")))).toEqual([3, NaN, 5]);
    expect(text(ds.columns.get("visited"))).toEqual(["2024-03-01", "2024-03-02", "2024-03-03T14:30:00.000Z"]);
  });

  it("reports the error cell, the skipped row and the note, not the formatted rows after the data", () => {
    expect(ds.warnings).toEqual([
      message.xlsxCellError("data", "B4", "score", 2, "#N/A"),
      message.xlsxEmptyRows("data", [5]),
      message.xlsxOutsideHeader("data", "E5", 1),
    ]);
  });
});

describe("readXlsx: errors", () => {
  it("names a sheet that does not exist and lists the sheets", async () => {
    const e = await readXlsx(XLSX, { sheet: "Sheet1" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as Error).message).toBe(message.xlsxNoSheet("Sheet1", ["responses", "codebook"]));
  });
  it("names the empty header cell", async () => {
    const e = await readXlsx(EDGE, { headerRow: 5 }).catch((x: unknown) => x);
    expect((e as Error).message).toBe(message.xlsxEmptyHeader("data", "A5", 1));
  });
  it("rejects a bad headerRow and an empty header row", async () => {
    const e1 = await readXlsx(EDGE, { headerRow: 0 }).catch((x: unknown) => x);
    expect((e1 as Error).message).toBe(message.xlsxBadHeaderRow(0));
    const e2 = await readXlsx(EDGE, { headerRow: 9 }).catch((x: unknown) => x);
    expect((e2 as Error).message).toBe(message.xlsxEmptySheet("data", 9));
  });
  it("names a missing file and a file that is not a workbook", async () => {
    const e1 = await readXlsx("no/such.xlsx").catch((x: unknown) => x);
    expect(e1).toBeInstanceOf(DataError);
    expect((e1 as Error).message).toBe(message.dataFileUnreadable("no/such.xlsx", "no such file"));
    const csv = new URL("../../data/loyalty_survey.csv", import.meta.url).pathname;
    const e2 = await readXlsx(csv).catch((x: unknown) => x);
    expect(e2).toBeInstanceOf(DataError);
    expect((e2 as Error).message.startsWith(`cannot read data file "${csv}": not a readable .xlsx workbook`)).toBe(true);
  });
});
