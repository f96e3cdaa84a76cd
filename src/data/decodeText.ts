import { DataError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { describeValue } from "../text/describeValue.ts";

/** Text encodings semkit reads; "auto" detects one of the others from the bytes. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "auto";

/** The encodings accepted by the `encoding` option, in the order messages list them. */
export const TEXT_ENCODINGS: readonly TextEncoding[] = ["auto", "utf-8", "utf-16le", "utf-16be", "gb18030"];

/** Decoded text, the encoding used, and a note when it was not plain UTF-8. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: Exclude<TextEncoding, "auto">;
  /** Says which encoding was detected when it was not UTF-8 (undefined for UTF-8). */
  readonly note?: string;
}

const NAMES: Record<Exclude<TextEncoding, "auto">, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  gb18030: "GB18030",
};

/**
 * Decode the bytes of a text file (CSV, model file). With `encoding: "auto"` (the default):
 * 1. a byte-order mark decides: EF BB BF → UTF-8, FF FE → UTF-16LE, FE FF → UTF-16BE (the mark is dropped);
 * 2. without a mark, text with NUL bytes in every other position of its first 4 KiB is UTF-16 ("Unicode text"
 *    saved by Excel or Notepad without a mark): NULs at odd offsets → LE, at even offsets → BE;
 * 3. otherwise the bytes must be valid UTF-8 (WHATWG Encoding Standard, fatal mode); if they are not, they are
 *    decoded as GB18030, the superset of GBK that Chinese-language Windows and Excel use for "CSV" files.
 * Any result other than UTF-8 carries a `note` that names the encoding, so a wrong guess is visible.
 * An explicit encoding is decoded strictly: bytes that are not valid in it are an error, never U+FFFD.
 * @param bytes - the file's bytes
 * @param encoding - the encoding, or "auto"
 * @param label - what to call the bytes in messages (a path)
 * @returns the text (without byte-order mark), the encoding used and, when not UTF-8, a note
 * @throws DataError when the bytes are not valid in the given encoding (or, for "auto", in UTF-8 and GB18030),
 *   or when this JavaScript runtime has no GB18030 decoder; OptionError for bytes that are not a Uint8Array or an
 *   unknown encoding name
 * @example
 * decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), "auto", "a.csv").text // "a" (UTF-16LE by its mark)
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = "auto", label = "text"): DecodedText {
  if (!(bytes instanceof Uint8Array)) throw new OptionError(message.argType("decodeText", "bytes", "a Uint8Array (or Buffer)", describeValue(bytes)));
  if (!TEXT_ENCODINGS.includes(encoding)) {
    throw new OptionError(message.encodingUnknown(String(encoding), TEXT_ENCODINGS));
  }
  if (encoding !== "auto") return { text: strict(bytes, encoding, label), encoding };
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: strict(bytes, "utf-8", label), encoding: "utf-8" };
  if (b0 === 0xff && b1 === 0xfe) return withNote(bytes, "utf-16le", label, message.encodingByMark("UTF-16LE"));
  if (b0 === 0xfe && b1 === 0xff) return withNote(bytes, "utf-16be", label, message.encodingByMark("UTF-16BE"));
  const utf16 = utf16WithoutMark(bytes);
  if (utf16 !== null) return withNote(bytes, utf16, label, message.encodingUtf16NoMark(NAMES[utf16]));
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: fall through to GB18030
  }
  return withNote(bytes, "gb18030", label, message.encodingGb18030);
}

function withNote(bytes: Uint8Array, encoding: Exclude<TextEncoding, "auto">, label: string, note: string): DecodedText {
  return { text: strict(bytes, encoding, label), encoding, note };
}

function strict(bytes: Uint8Array, encoding: Exclude<TextEncoding, "auto">, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new DataError(message.encodingUnavailable(label, NAMES[encoding]));
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DataError(message.encodingInvalid(label, NAMES[encoding]));
  }
}

/** UTF-16 without a byte-order mark: NUL bytes in at least 40% of the odd (LE) or even (BE) offsets, few in the others. */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const len = Math.min(bytes.length, 4096) & ~1;
  if (len < 4) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < len; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = len / 2;
  if (oddZero >= 0.4 * pairs && evenZero <= 0.05 * pairs) return "utf-16le";
  if (evenZero >= 0.4 * pairs && oddZero <= 0.05 * pairs) return "utf-16be";
  return null;
}
