import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "../../src/random/rng.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { printModel } from "../../src/syntax/print.ts";
import { stripPositions } from "../../src/syntax/strip.ts";

/** Random lavaan syntax from the supported grammar (odd spacing, comments, line breaks). */
function randomModel(rng: Rng): string {
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)]!;
  const name = (): string => pick(["x1", "x2", "y.1", "f_a", "F2", "sat3", "é1"]);
  const num = (): string => pick(["0", "1", "0.5", "-1", "1e-3", "2.5E2", ".25", "-0.75"]);
  const label = (): string => pick(["a", "b1", "c.d", "'q r'", '"s"']);
  const modifier = (): string =>
    pick([
      () => num(),
      () => "NA",
      () => label(),
      () => `start(${num()})`,
      () => `label(${pick(['"a"', "'b'"])})`,
      () => `equal("${pick(["a", "f=~x1"])}")`,
      () => `c(${num()}, NA)`,
      () => `c(${pick(["a1", '"a 2"', "NA"])}, ${pick(["b1", "NA"])})`,
      () => `start(${num()})*${pick(["a", "NA", "0.3"])}`,
    ])();
  const term = (): string => (rng.next() < 0.5 ? `${modifier()}*${name()}` : name());
  const sp = (): string => pick(["", " ", "  ", "\t"]);
  const expr = (depth: number): string => {
    if (depth > 2 || rng.next() < 0.3) return pick([name(), "a", "b", "2", "0.5", "1e-2"]);
    return pick([
      () => `${expr(depth + 1)}${sp()}${pick(["+", "-", "*", "/", "^"])}${sp()}${expr(depth + 1)}`,
      () => `-${expr(depth + 1)}`,
      () => `(${expr(depth + 1)})`,
      () => `${pick(["exp", "log", "sqrt", "abs"])}(${expr(depth + 1)})`,
    ])();
  };
  const statement = (): string =>
    pick([
      () => `${name()}${sp()}${pick(["=~", "~", "~~"])}${sp()}${Array.from({ length: 1 + rng.int(4) }, term).join(`${sp()}+${sp()}`)}`,
      () => `${name()} + ${name()} ~ ${term()} + ${term()}`,
      () => `${name()} ~ ${pick(["1", "a*1", "0"])}`,
      () => `${name()} | t1 + ${modifier()}*t2`,
      () => `def${rng.int(9)} := ${expr(0)}`,
      () => `${expr(1)} ${pick(["==", "<", ">"])} ${expr(1)}`,
      () => `${name()} =~ ${term()} +\n   ${term()}\n   + ${term()}`,
    ])();
  const n = 1 + rng.int(6);
  // a comment runs to the end of the line, so it is always followed by a newline here
  return Array.from({ length: n }, () => statement() + pick(["", " # note\n", " ! bang\n"])).join(pick(["\n", ";", "\n\n", " ; \n"]));
}

describe("parseModel(printModel(ast)) equals ast (up to positions)", () => {
  it("holds for 500 random models", () => {
    const rng = createRng(20240601);
    for (let i = 0; i < 500; i++) {
      const src = randomModel(rng);
      let ast;
      try { ast = parseModel(src); } catch (e) { throw new Error(`${String(e)}\n${src}`); }
      const printed = printModel(ast);
      try { parseModel(printed); } catch (e) { throw new Error(`${String(e)}\n${src}\n---\n${printed}`); }
      expect(stripPositions(parseModel(printed)), `${src}\n---\n${printed}`).toEqual(stripPositions(ast));
      // printing is idempotent
      expect(printModel(parseModel(printed))).toBe(printed);
    }
  });
});
