import type { Buffer } from "buffer";

/**
 * The part of Node's `stream.Readable` that sav-reader uses, over bytes already in memory: `Readable.from(bytes)`,
 * `on("readable" | "end")`, `read(n)`, `readable` and `destroy()`. All data is there from the start, so
 * "readable" fires once and `read(n)` returns n bytes, or the rest at the end, or null when nothing is left
 * (followed by "end" and a last "readable", as in Node).
 */
class BytesReadable {
  readable = true;
  private pos = 0;
  private readonly listeners = new Map<string, (() => void)[]>();

  constructor(private readonly bytes: Buffer) {
    queueMicrotask(() => this.emit("readable"));
  }

  on(event: string, f: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), f]);
    return this;
  }

  read(n?: number): Buffer | null {
    if (this.pos >= this.bytes.length) {
      // as Node does at the end of a stream: "end", then one more "readable" for a reader that waits
      queueMicrotask(() => { this.emit("end"); this.emit("readable"); });
      return null;
    }
    const end = n === undefined ? this.bytes.length : Math.min(this.bytes.length, this.pos + n);
    const out = this.bytes.subarray(this.pos, end) as Buffer;
    this.pos = end;
    return out;
  }

  destroy(): void {
    this.readable = false;
  }

  private emit(event: string): void {
    for (const f of this.listeners.get(event) ?? []) f();
  }
}

/** `stream.Readable` for the .sav chunk: only `from(bytes)`. */
export const Readable = { from: (bytes: Buffer): BytesReadable => new BytesReadable(bytes) };
