/** The part of sav-reader's API the .sav chunk uses (the package exports it for require() only). */
declare module "sav-reader" {
  export class SavBufferReader {
    constructor(buffer: Uint8Array);
    readonly meta: unknown;
    open(): Promise<void>;
    readAllRows(includeNulls?: boolean): Promise<unknown[]>;
  }
}
