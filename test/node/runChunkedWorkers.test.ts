import { describe, expect, it } from "vitest";
import { drawChunks } from "../../src/node/runChunkedWorkers.ts";

describe("drawChunks", () => {
  it("cuts the draws, then the jackknife rows, into chunks that cover each exactly once", () => {
    expect(drawChunks(5, 2, 2)).toEqual([
      { from: 0, to: 2, jackknife: false }, { from: 2, to: 4, jackknife: false }, { from: 4, to: 5, jackknife: false },
      { from: 0, to: 2, jackknife: true },
    ]);
    expect(drawChunks(0, 0, 3)).toEqual([]);
  });
});
