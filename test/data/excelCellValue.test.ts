import { describe, expect, test } from "vitest";
import { excelCellValue } from "../../src/data/excelCellValue.ts";

// exceljs cell-value shapes, as exceljs 4.4 documents them (rich text, formula with result, error, hyperlink text)
describe("excelCellValue", () => {
  test("reads each exceljs value shape", () => {
    expect(excelCellValue({ richText: [{ text: "非常" }, { text: "同意" }] })).toBe("非常同意");
    expect(excelCellValue({ formula: "A1+1", result: 5 })).toBe(5);
    expect(excelCellValue({ error: "#DIV/0!" })).toBeNull();
    expect(excelCellValue({ text: "link", hyperlink: "https://x" })).toBe("link");
    expect(excelCellValue(new Date(Date.UTC(2024, 0, 2)))).toBe("2024-01-02");
    expect(excelCellValue(3)).toBe(3);
    expect(excelCellValue(undefined)).toBeNull();
  });
});
