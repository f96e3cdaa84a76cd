/** Text decoded from a file's bytes, with the encoding that was used. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

/**
 * Decode a data file's bytes to text: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise the bytes are
 * read as UTF-8 when they are valid UTF-8, else as GB18030 (the Chinese Windows/Excel/WPS export encoding, a
 * superset of GBK and GB2312), else as windows-1252. The BOM is dropped from the text.
 * Source: WHATWG Encoding Standard (TextDecoder, "fatal" mode rejects invalid sequences).
 * @param bytes the file's bytes
 * @returns the text and the encoding's name
 * @example decodeText(new TextEncoder().encode("a,b\n1,2")).encoding // "utf-8"
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8 (BOM)" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // not valid in this encoding: try the next
    }
  }
  return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
}
