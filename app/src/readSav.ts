/** The columns of an SPSS file: values by column name (system- and user-missing values are null). */
export interface SavColumns {
  readonly names: readonly string[];
  readonly columns: Record<string, unknown[]>;
}

let loading: Promise<(bytes: Uint8Array) => Promise<SavColumns>> | null = null;

/**
 * Read an SPSS .sav file in the browser with sav-reader, loaded on first use from `sav.js` beside the page
 * (as `readSav` of `semkit/node` does in Node, with codes kept numeric): numeric variables stay numeric, string
 * variables are text with their blank padding removed, and system- and user-missing values are missing.
 * Source: the SPSS system file format (PSPP manual, "System File Format"), as read by sav-reader.
 * @param bytes the file's bytes
 * @returns the column names and values
 * @throws Error when the chunk cannot be loaded or the bytes are not an SPSS system file
 * @example const { columns } = await readSavBytes(bytes); toDataset(columns);
 */
export async function readSavBytes(bytes: Uint8Array): Promise<SavColumns> {
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = "sav.js";
    s.onload = () => resolve((globalThis as unknown as { semkitReadSav: (b: Uint8Array) => Promise<SavColumns> }).semkitReadSav);
    s.onerror = () => { loading = null; reject(new Error("sav.js could not be loaded")); };
    document.head.append(s);
  });
  try {
    return await (await loading)(bytes);
  } catch (e) {
    throw new Error(`not an SPSS system file (${e instanceof Error ? e.message : String(e)})`);
  }
}
