import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { documentToDocx } from "../../src/node/documentToDocx.ts";
import { toPng } from "../../src/node/toPng.ts";
import { fitIndexChart } from "../../src/charts/fitIndexChart.ts";
import type { ReportDocument } from "../../src/report/reportDocument.ts";
import { cellsRow, numberCell, sectionRow, textCell } from "../../src/report/table.ts";

describe("documentToDocx: the report as a Word file", () => {
  it("writes APA three-line tables and embeds the figures as PNG", async () => {
    const spec = fitIndexChart({ cfi: 0.95, tli: 0.94, rmsea: 0.05, srmr: 0.04 }, { locale: "zh-CN" });
    const png = await toPng(spec, { scale: 1 });
    const doc: ReportDocument = {
      title: "分析报告", lang: "zh-CN",
      blocks: [
        { kind: "heading", level: 1, text: "1 信度分析" },
        { kind: "paragraph", text: "各量表的 Cronbach α 均大于 .70。" },
        {
          kind: "table", table: {
            id: "alpha", number: 1, title: "信度分析结果", columns: [{ label: "量表", align: "left" }, { label: "α", align: "right" }],
            rows: [sectionRow("满意度"), cellsRow([textCell("SAT"), numberCell(0.8512, 3, { leadingZero: false })]), cellsRow([textCell("TRU"), numberCell(0.79, 3, { leadingZero: false })])],
            notes: ["α ≥ .70 为可接受。"],
          },
        },
        { kind: "figure", number: 1, figure: { id: "fit", section: "structural", caption: "结构模型拟合指标", spec } },
      ],
    };
    const bytes = await documentToDocx(doc, () => ({ png }));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(1);
    for (const s of ["表 1", "信度分析结果", "注：", "满意度", ".851", "图 1", "结构模型拟合指标"]) expect(xml, s).toContain(s);
    // three lines: a 1.5 pt rule on the table's top and bottom, a 0.75 pt rule under the header, no vertical rules
    const borders = xml.slice(xml.indexOf("<w:tblBorders>"), xml.indexOf("</w:tblBorders>"));
    expect(borders).toMatch(/<w:top w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:bottom w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:insideV w:val="none"/);
    expect(xml).toMatch(/<w:tcBorders><w:top w:val="single"[^>]*w:sz="12"[^>]*\/><w:left w:val="none"[^>]*\/><w:bottom w:val="single"[^>]*w:sz="6"/);
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    expect(media.length).toBe(1);
    const embedded = await zip.file(media[0]!)!.async("uint8array");
    expect([...embedded.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(embedded.length).toBe(png.length);
  }, 60_000);
});
