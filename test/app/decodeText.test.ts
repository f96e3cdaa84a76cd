import { describe, expect, it } from "vitest";
import { decodeText } from "../../app/src/decodeText.ts";
import { parseCsv } from "../../src/index.ts";

// GB18030 bytes of "性别,满意度\n男,4\n女,5\n" (as Excel/WPS on Chinese Windows save a CSV): iconv -t GB18030.
const GB = Uint8Array.from([0xd0, 0xd4, 0xb1, 0xf0, 0x2c, 0xc2, 0xfa, 0xd2, 0xe2, 0xb6, 0xc8, 0x0a, 0xc4, 0xd0, 0x2c, 0x34, 0x0a, 0xc5, 0xae, 0x2c, 0x35, 0x0a]);

describe("decodeText: the bytes of a data file to text", () => {
  it("reads UTF-8, with or without a BOM", () => {
    const bytes = new TextEncoder().encode("性别,满意度\n男,4\n");
    expect(decodeText(bytes)).toEqual({ text: "性别,满意度\n男,4\n", encoding: "utf-8" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: "性别,满意度\n男,4\n", encoding: "utf-8 (BOM)" });
  });

  it("reads a Chinese GB18030 export that is not valid UTF-8", () => {
    const d = decodeText(GB);
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toBe("性别,满意度\n男,4\n女,5\n");
    const ds = parseCsv(d.text);
    expect(ds.names).toEqual(["性别", "满意度"]);
    expect(Array.from((ds.columns.get("满意度") as { values: Float64Array }).values)).toEqual([4, 5]);
  });

  it("reads UTF-16 with its BOM", () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    expect(decodeText(le)).toEqual({ text: "a,b", encoding: "utf-16le" });
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0x2c, 0x00, 0x62]);
    expect(decodeText(be)).toEqual({ text: "a,b", encoding: "utf-16be" });
  });
});
