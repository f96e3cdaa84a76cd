import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { IBorderOptions } from "docx";
import type { ReportDocument } from "../report/reportDocument.ts";
import type { ApaTable, Align } from "../report/table.ts";
import type { ReportFigure } from "../report/thesisFigures.ts";
import { label } from "../i18n/labels.ts";
import { checkArg, checkShape } from "../options/checkArg.ts";

/** A figure's raster image for the Word file. */
export interface DocxImage {
  /** PNG bytes. */
  readonly png: Uint8Array;
}

/** Widest image on the page, in pixels at 96 per inch (6 inches: an A4 or Letter page inside 1-inch margins). */
const MAX_IMAGE_WIDTH = 576;

const LINE = (size: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color: "000000" });
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** Width and height of a PNG from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

const alignOf = (a: Align): (typeof AlignmentType)[keyof typeof AlignmentType] =>
  a === "right" ? AlignmentType.RIGHT : a === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;

/**
 * One APA table as Word paragraphs and a three-line table: "Table n" in bold, the title in italics, then the
 * table with a rule above the header, one below it and one below the last row (no vertical rules), and the
 * notes ("Note." in italics) below.
 */
function apaTable(t: ApaTable, lang: ReportDocument["lang"]): (Paragraph | Table)[] {
  const k = t.columns.length;
  const head = new TableRow({
    tableHeader: true,
    children: t.columns.map((c) => new TableCell({
      borders: { top: LINE(12), bottom: LINE(6), left: NONE, right: NONE },
      children: [new Paragraph({ alignment: alignOf(c.align), children: [new TextRun(c.label)] })],
    })),
  });
  const last = t.rows.length - 1;
  const rows = t.rows.map((r, i) => {
    const bottom = i === last ? LINE(12) : NONE;
    if (r.kind === "section") {
      return new TableRow({
        children: [new TableCell({
          columnSpan: k, borders: { top: NONE, bottom, left: NONE, right: NONE },
          children: [new Paragraph({ children: [new TextRun({ text: r.label, italics: true })] })],
        })],
      });
    }
    return new TableRow({
      children: r.cells.map((c, j) => new TableCell({
        borders: { top: NONE, bottom, left: NONE, right: NONE },
        children: [new Paragraph({ alignment: alignOf(t.columns[j]?.align ?? "left"), children: [new TextRun({ text: c.text, bold: c.bold === true })] })],
      })),
    });
  });
  // column widths follow the longest text of each column (Chinese characters count twice), on a 6.25-inch line
  const textWidth = (s: string): number => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const longest = t.columns.map((c, j) => Math.max(5, Math.min(28, textWidth(c.label)),
    ...t.rows.map((r) => (r.kind === "cells" ? Math.min(28, textWidth(r.cells[j]?.text ?? "")) : j === 0 ? Math.min(16, textWidth(r.label)) : 0))));
  const total = longest.reduce((a, b) => a + b, 0);
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: longest.map((w) => Math.round((9000 * w) / total)),
    borders: { top: LINE(12), bottom: LINE(12), left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [head, ...rows],
  });
  return [
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${label("table", lang)} ${t.number}`, bold: true })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: t.title, italics: true })] }),
    table,
    ...t.notes.map((n, i) => new Paragraph({
      spacing: { before: i === 0 ? 120 : 0 },
      children: i === 0 ? [new TextRun({ text: label("note", lang), italics: true }), new TextRun(lang === "zh-CN" ? n : ` ${n}`)] : [new TextRun(n)],
    })),
  ];
}

/**
 * Render a report as a Word document (.docx, Office Open XML): headings, paragraphs, lists, code, APA tables as
 * three-line tables (rules above and below the header and below the last row, no vertical rules) and figures
 * embedded as PNG images under "Figure n" and the italic caption. Text is Times New Roman, Chinese text SimSun
 * (宋体), as Chinese theses ask.
 * Source: APA Publication Manual (7th ed.), §7.9 table setup; ECMA-376 WordprocessingML, written by the `docx` package.
 * @param doc the report
 * @param image the PNG image of each figure
 * @returns the .docx file's bytes
 * @throws OptionError when an argument is missing or of the wrong type (JavaScript callers); Error when a PNG is unreadable
 * @example
 * writeFileSync("report.docx", await documentToDocx(doc, async (f) => ({ png: await toPng(f.spec) })));
 */
export async function documentToDocx(doc: ReportDocument, image: (f: ReportFigure) => Promise<DocxImage> | DocxImage): Promise<Uint8Array> {
  checkShape("documentToDocx", "doc", doc, { title: "string", lang: "string", blocks: [{ kind: "string" }] });
  checkArg("documentToDocx", "image", image, "function");
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] })];
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "heading": children.push(new Paragraph({ heading: levels[b.level - 1], children: [new TextRun(b.text)] })); break;
      case "paragraph": children.push(new Paragraph({ children: [new TextRun(b.text)] })); break;
      case "list": for (const item of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] })); break;
      case "code": for (const line of b.text.split("\n")) children.push(new Paragraph({ children: [new TextRun({ text: line, font: "Courier New", size: 18 })] })); break;
      case "table": children.push(...apaTable(b.table, doc.lang)); break;
      case "figure": {
        const { png } = await image(b.figure);
        const size = pngSize(png);
        const scale = Math.min(1, MAX_IMAGE_WIDTH / size.width);
        children.push(
          new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `${label("figure", doc.lang)} ${b.number}`, bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: b.figure.caption, italics: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({
              type: "png", data: png, altText: { name: b.figure.id, description: b.figure.caption, title: b.figure.caption },
              transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            })],
          }),
        );
        break;
      }
    }
  }
  const document = new Document({
    title: doc.title,
    styles: { default: { document: { run: { font: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun" }, size: 24 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
