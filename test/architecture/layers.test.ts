import { describe, expect, test } from "vitest";
import { fileURLToPath } from "node:url";
import { importCycles, importGraph, layerOf } from "./importGraph.ts";

/**
 * The layers of src/, lowest first. A file may import from its own layer and from layers before it, never from a
 * later one; type-only imports count too. The model pipeline follows lavaan's stages
 * (syntax → partable → data → representation → estimate → inference → fit → sem), ordinal sample statistics sit
 * with the data, then come the analyses, the charts, the thesis analysis and its report, the entry points
 * (`semkit` = src/index.ts, `semkit/advanced`, `semkit/thesis`, `semkit/node`) and the CLI, which reaches the library
 * only through the entry points.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["text"], ["@messages"], ["@errors"], ["options"], ["linalg"], ["distributions"], ["random"], ["rotation"], ["i18n"],
  ["syntax"], ["partable"], ["data"], ["ordinal"], ["representation"], ["estimate"], ["inference"], ["fit"], ["sem"],
  ["reliability"], ["efa"], ["bootstrap"], ["validity"], ["mediation"], ["moderation"], ["invariance"], ["cmb"],
  ["simulate"], ["power"], ["pls"],
  ["charts"], ["thesis"], ["report"],
  ["@index", "@advanced", "@thesis"], ["node"], ["cli"],
];
const rank = new Map<string, number>();
LAYERS.forEach((names, i) => { for (const n of names) rank.set(n, i); });

const edges = importGraph(fileURLToPath(new URL("../../src", import.meta.url)));

describe("import layering of src/", () => {
  test("every folder of src/ has a layer", () => {
    const unknown = [...new Set(edges.flatMap((e) => [layerOf(e.from), layerOf(e.to)]))].filter((l) => !rank.has(l));
    expect(unknown).toEqual([]);
  });

  test("no import runs from an earlier layer to a later one", () => {
    const against = edges
      .filter((e) => (rank.get(layerOf(e.to)) ?? -1) > (rank.get(layerOf(e.from)) ?? Infinity))
      .map((e) => `${e.from} -> ${e.to}${e.typeOnly ? " (type)" : ""}`);
    expect(against).toEqual([]);
  });

  test("no import cycle among the files of src/", () => {
    expect(importCycles(edges)).toEqual([]);
  });

  test("the CLI imports only the entry points (semkit, semkit/advanced, semkit/thesis, semkit/node)", () => {
    const entries = new Set(["index.ts", "advanced.ts", "thesis.ts", "node/index.ts"]);
    const outside = edges.filter((e) => layerOf(e.from) === "cli" && layerOf(e.to) !== "cli" && !entries.has(e.to)).map((e) => `${e.from} -> ${e.to}`);
    expect(outside).toEqual([]);
  });

  test("the graph is read: sem/estimatorStrategies.ts imports the estimation stage", () => {
    expect(edges.some((e) => e.from === "sem/estimatorStrategies.ts" && layerOf(e.to) === "partable")).toBe(true);
    expect(edges.length).toBeGreaterThan(1000);
  });
});
