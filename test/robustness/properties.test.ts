/**
 * Property tests: invariances that any correct ML SEM fit has, checked on real data, plus
 * the syntax round trip. The untransformed fits are first anchored to lavaan 0.6-14 (test/fixtures),
 * so that the invariances are checked around the right numbers.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { cfa, sem } from "../../src/sem/sem.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { printModel } from "../../src/syntax/print.ts";
import { stripPositions } from "../../src/syntax/strip.ts";
import type { ParameterEstimate, SemFit } from "../../src/sem/types.ts";
import { grammarModel, VALID_MODELS } from "./syntaxArbitraries.ts";
import { SEED } from "./fuzzConfig.ts";

const HS_TEXT = readFileSync("data/HolzingerSwineford1939.csv", "utf8");
const HS_LINES = HS_TEXT.trimEnd().split("\n");
const HS_MODEL = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9";
const PD_TEXT = readFileSync("data/PoliticalDemocracy.csv", "utf8");
const PD_MODEL_LINES = [
  "ind60 =~ x1 + x2 + x3", "dem60 =~ y1 + a*y2 + b*y3 + c*y4", "dem65 =~ y5 + a*y6 + b*y7 + c*y8",
  "dem60 ~ ind60", "dem65 ~ ind60 + dem60", "y1 ~~ y5", "y2 ~~ y4 + y6", "y3 ~~ y7", "y4 ~~ y8", "y6 ~~ y8",
];
const reference = (id: string): { parameters: { lhs: string; op: string; rhs: string; est: number }[] } =>
  JSON.parse(readFileSync(`test/fixtures/${id}.json`, "utf8"));

/** Row key; `a ~~ b` and `b ~~ a` are one parameter (lavaan orients covariances by variable order, which follows the statements). */
const key = (r: { lhs: string; op: string; rhs: string }): string =>
  r.op === "~~" && r.rhs < r.lhs ? `${r.rhs} ~~ ${r.lhs}` : `${r.lhs} ${r.op} ${r.rhs}`;
const byKey = (fit: SemFit): Map<string, ParameterEstimate> => new Map(fit.parameterEstimates().map((r) => [key(r), r]));

/** Largest |a − b| over the estimates that both fits have, after checking they have the same rows. */
function maxDiff(a: SemFit, b: SemFit, column: "est" | "std.all" = "est"): number {
  const ma = byKey(a), mb = byKey(b);
  expect([...mb.keys()].sort()).toEqual([...ma.keys()].sort());
  let d = 0;
  for (const [k, r] of ma) d = Math.max(d, Math.abs((r[column] ?? NaN) - (mb.get(k)![column] ?? NaN)));
  return d;
}

describe("ML SEM invariances", () => {
  const base = cfa(HS_MODEL, HS_TEXT);

  test("the untransformed fits match lavaan (anchor, 1e-5 relative)", () => {
    // lavaan 0.6-14: cfa(HS.model, HolzingerSwineford1939) and sem(PoliticalDemocracy model)
    for (const [fit, id] of [[base, "hs1939_cfa_ml"], [sem(PD_MODEL_LINES.join("\n"), PD_TEXT), "poldem_sem_ml"]] as const) {
      const ours = byKey(fit);
      for (const r of reference(id).parameters) {
        const o = ours.get(key(r));
        if (o === undefined || r.op === ":=") continue;
        expect(Math.abs(o.est - r.est), `${id} ${key(r)}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(r.est)));
      }
    }
  });

  test("permuting the rows leaves the estimates unchanged (1e-8)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(HS_LINES.slice(1).map((_, i) => i), { minLength: HS_LINES.length - 1 }), (order) => {
        const text = [HS_LINES[0], ...order.map((i) => HS_LINES[i + 1])].join("\n");
        expect(maxDiff(base, cfa(HS_MODEL, text))).toBeLessThan(1e-8);
      }),
      { numRuns: 8, seed: SEED },
    );
  });

  // The optimizer stops at a gradient of 1e-6, so fits of rescaled or reordered problems (other iteration
  // paths) agree to about 1e-6, not to rounding; row permutations give the same path and agree to 1e-8.
  test("rescaling an item by c scales its loading by c and its residual variance by c², std.all unchanged", () => {
    const col = HS_LINES[0]!.split(",").indexOf('"x2"');
    fc.assert(
      fc.property(fc.constantFrom(0.01, 0.5, 3, 100, -2), (c) => {
        const text = HS_LINES.map((line, i) => {
          if (i === 0) return line;
          const cells = line.split(",");
          cells[col] = String(Number(cells[col]) * c);
          return cells.join(",");
        }).join("\n");
        const fit = cfa(HS_MODEL, text);
        const a = byKey(base), b = byKey(fit);
        const rel = (x: number, y: number): number => Math.abs(x - y) / Math.max(1, Math.abs(y));
        expect(rel(b.get("visual =~ x2")!.est, c * a.get("visual =~ x2")!.est)).toBeLessThan(1e-5);
        expect(rel(b.get("x2 ~~ x2")!.est, c * c * a.get("x2 ~~ x2")!.est)).toBeLessThan(1e-5);
        for (const [k, r] of a) {
          if (k.includes("x2")) continue;
          expect(rel(b.get(k)!.est, r.est), k).toBeLessThan(1e-5);
        }
        // a negative c flips the sign of the standardized loading only
        const sign = (k: string): number => (c < 0 && k === "visual =~ x2" ? -1 : 1);
        for (const [k, r] of a) expect(Math.abs(b.get(k)!["std.all"]! - sign(k) * r["std.all"]!), k).toBeLessThan(1e-5);
      }),
      { numRuns: 5, seed: SEED },
    );
  });

  test("reordering the model statements leaves the estimates unchanged", () => {
    const pd = sem(PD_MODEL_LINES.join("\n"), PD_TEXT);
    fc.assert(
      fc.property(fc.shuffledSubarray(PD_MODEL_LINES, { minLength: PD_MODEL_LINES.length }), (lines) => {
        // the first indicator of each factor stays the marker: statements move, terms within them do not
        expect(maxDiff(pd, sem(lines.join("\n"), PD_TEXT))).toBeLessThan(1e-5);
      }),
      { numRuns: 8, seed: SEED },
    );
  });
});

describe("parse → print → parse is the identity", () => {
  const roundTrip = (text: string): void => {
    let ast;
    try {
      ast = parseModel(text);
    } catch {
      return; // not a valid model: the fuzz tests check its error
    }
    const printed = printModel(ast);
    expect(stripPositions(parseModel(printed))).toEqual(stripPositions(ast));
    expect(printModel(parseModel(printed))).toBe(printed);
  };
  test("for the reference models", () => {
    for (const m of VALID_MODELS) roundTrip(m);
  });
  test("for models built from the lavaan grammar", () => {
    fc.assert(fc.property(grammarModel, roundTrip), { numRuns: 1_000, seed: SEED });
  });
});
