/**
 * Plain value of an exceljs cell value, for the workbook readers of `semkit/node` and of the browser app: rich text →
 * its text, formula → its cached result, date → ISO date (time only when it is not midnight UTC), error or empty →
 * null. Pure: it reads the value object and imports nothing from exceljs.
 * @param v the `cell.value` of exceljs
 * @returns a string, number, boolean or null
 * @throws never
 * @example excelCellValue({ richText: [{ text: "非常" }, { text: "同意" }] }); // "非常同意"
 */
export function excelCellValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) { const s = v.toISOString(); return s.endsWith("T00:00:00.000Z") ? s.slice(0, 10) : s; }
  if (typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o["richText"])) return (o["richText"] as { text?: unknown }[]).map((t) => String(t.text ?? "")).join("");
  if ("error" in o) return null;
  if ("formula" in o || "sharedFormula" in o) return excelCellValue(o["result"]);
  if ("text" in o) return excelCellValue(o["text"]);
  return null;
}
