import { describe, expect, it } from "vitest";
import { parseModel } from "../../src/syntax/parse.ts";
import { stripPositions } from "../../src/syntax/strip.ts";
import type { RelationStatement, Statement } from "../../src/syntax/types.ts";

const rel = (s: Statement): RelationStatement => {
  if (s.kind !== "relation") throw new Error("not a relation");
  return s;
};
const names = (s: Statement): string[] => rel(s).rhs.map((t) => t.name);

describe("parseModel: operators and terms", () => {
  it("parses the Holzinger-Swineford three-factor model (lavaan tutorial syntax)", () => {
    const ast = parseModel("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9");
    expect(ast.statements).toHaveLength(3);
    const s0 = rel(ast.statements[0]!);
    expect(s0.op).toBe("=~");
    expect(s0.lhs.map((l) => l.name)).toEqual(["visual"]);
    expect(names(s0)).toEqual(["x1", "x2", "x3"]);
    expect(s0.rhs[1]!.pos).toEqual({ line: 1, col: 16 });
    expect(rel(ast.statements[2]!).lhs[0]!.pos).toEqual({ line: 3, col: 1 });
  });

  it("parses ~, ~~, intercepts, thresholds and ~*~", () => {
    const ast = parseModel("y ~ x1 + x2\ny ~~ x1\ny ~ 1\nu | t1 + t2 + t3\nu ~*~ u");
    expect(ast.statements.map((s) => rel(s).op)).toEqual(["~", "~~", "~", "|", "~*~"]);
    expect(names(ast.statements[2]!)).toEqual([""]); // intercept
    expect(names(ast.statements[3]!)).toEqual(["t1", "t2", "t3"]);
  });

  it("expands several left-hand names (y1 + y2 ~ x)", () => {
    const s = rel(parseModel("y1 + y2 ~ x").statements[0]!);
    expect(s.lhs.map((l) => l.name)).toEqual(["y1", "y2"]);
    expect(s.lhs[1]!.pos).toEqual({ line: 1, col: 6 });
  });

  it("treats `y ~ 0` as the intercept fixed at zero (lavaan ..zero..)", () => {
    const t = rel(parseModel("y ~ 0").statements[0]!).rhs[0]!;
    expect(t.name).toBe("");
    expect(t.modifiers).toEqual([{ kind: "fixed", values: [0], pos: { line: 1, col: 5 } }]);
  });
});

describe("parseModel: modifiers", () => {
  const mods = (src: string): unknown => stripPositions(rel(parseModel(src).statements[0]!).rhs[0]!.modifiers);

  it("label, fixed value, negative and exponent values, NA", () => {
    expect(mods("f =~ a*x")).toEqual([{ kind: "label", values: ["a"] }]);
    expect(mods("f =~ 0.5*x")).toEqual([{ kind: "fixed", values: [0.5] }]);
    expect(mods("f =~ -1*x")).toEqual([{ kind: "fixed", values: [-1] }]);
    expect(mods("f =~ 1e-3*x")).toEqual([{ kind: "fixed", values: [0.001] }]);
    expect(mods("f =~ NA*x")).toEqual([{ kind: "fixed", values: [null] }]);
  });

  it("start(), label(), equal()", () => {
    expect(mods("f =~ start(0.3)*x")).toEqual([{ kind: "start", values: [0.3] }]);
    expect(mods('f =~ label("a")*x')).toEqual([{ kind: "label", values: ["a"] }]);
    expect(mods("f =~ equal('a')*x")).toEqual([{ kind: "label", values: ["a"] }]);
    expect(mods('f =~ "a"*x')).toEqual([{ kind: "label", values: ["a"] }]);
  });

  it("per-group vectors c(a1,a2), c(1,NA), c(a1,NA), c(NA,NA)", () => {
    expect(mods("f =~ c(a1, a2)*x")).toEqual([{ kind: "label", values: ["a1", "a2"] }]);
    expect(mods("f =~ c(1, NA)*x")).toEqual([{ kind: "fixed", values: [1, null] }]);
    expect(mods("f =~ c(a1, NA)*x")).toEqual([{ kind: "label", values: ["a1", ""] }]);
    expect(mods("f =~ c(NA, NA)*x")).toEqual([{ kind: "fixed", values: [null, null] }]);
    expect(mods("f =~ start(c(0.1, -0.2))*x")).toEqual([{ kind: "start", values: [0.1, -0.2] }]);
  });

  it("chained modifiers on one term and repeated terms", () => {
    expect(mods("f =~ start(.5)*a*x")).toEqual([
      { kind: "start", values: [0.5] },
      { kind: "label", values: ["a"] },
    ]);
    const s = rel(parseModel("f =~ NA*x1 + start(1)*x1 + x2").statements[0]!);
    expect(names(s)).toEqual(["x1", "x1", "x2"]);
    expect(stripPositions(s.rhs[1]!.modifiers)).toEqual([{ kind: "start", values: [1] }]);
  });

  it("labels an intercept (y ~ a*1)", () => {
    const t = rel(parseModel("y ~ a*1").statements[0]!).rhs[0]!;
    expect(t.name).toBe("");
    expect(stripPositions(t.modifiers)).toEqual([{ kind: "label", values: ["a"] }]);
  });
});

describe("parseModel: layout", () => {
  it("skips # and ! comments and splits on ;", () => {
    const ast = parseModel("# a comment\nf =~ x1 + x2 ! another\n; g =~ x3 + x4; y ~ f # end");
    expect(ast.statements).toHaveLength(3);
    expect(names(ast.statements[2]!)).toEqual(["f"]);
  });

  it("continues a statement after a trailing +, an operator, or when the next line starts with +", () => {
    const ast = parseModel("f =~ x1 +\n  x2\n  + x3\ng =~\n  x4 + x5\ntotal := c +\n  a*b");
    expect(ast.statements).toHaveLength(3);
    expect(names(ast.statements[0]!)).toEqual(["x1", "x2", "x3"]);
    expect(names(ast.statements[1]!)).toEqual(["x4", "x5"]);
    expect(ast.statements[2]!.kind).toBe("definition");
  });

  it("a next line that holds an operator starts a new statement, even when it begins with - or +", () => {
    const ast = parseModel("d := a\n-b == c\nf =~ x1\n+ x2");
    expect(ast.statements.map((s) => s.kind)).toEqual(["definition", "constraint", "relation"]);
    expect(names(ast.statements[2]!)).toEqual(["x1", "x2"]);
  });
});

describe("parseModel: := and constraints", () => {
  it("parses definitions into an arithmetic tree (lavaan: indirect := a*b; total := c + a*b)", () => {
    const ast = parseModel("indirect := a*b\ntotal := c + a*b");
    expect(stripPositions(ast.statements[1]!)).toEqual({
      kind: "definition",
      name: "total",
      expr: {
        kind: "binary",
        op: "+",
        left: { kind: "ident", name: "c" },
        right: { kind: "binary", op: "*", left: { kind: "ident", name: "a" }, right: { kind: "ident", name: "b" } },
      },
    });
  });

  it("uses R precedence: -a^2 is -(a^2), ^ is right-associative, * before +", () => {
    const e = (src: string): unknown => stripPositions((parseModel(`d := ${src}`).statements[0] as { expr: object }).expr);
    expect(e("-a^2")).toEqual({
      kind: "neg",
      arg: { kind: "binary", op: "^", left: { kind: "ident", name: "a" }, right: { kind: "num", value: 2 } },
    });
    expect(e("2^3^2")).toEqual({
      kind: "binary", op: "^", left: { kind: "num", value: 2 },
      right: { kind: "binary", op: "^", left: { kind: "num", value: 3 }, right: { kind: "num", value: 2 } },
    });
    expect(e("sqrt(a)/(1 + b)")).toEqual({
      kind: "binary", op: "/",
      left: { kind: "call", fn: "sqrt", args: [{ kind: "ident", name: "a" }] },
      right: { kind: "binary", op: "+", left: { kind: "num", value: 1 }, right: { kind: "ident", name: "b" } },
    });
  });

  it("parses ==, <, > with expressions on both sides", () => {
    const ast = parseModel("a == b\na + b == 1\nc > 0\nd < 2*c");
    expect(ast.statements.map((s) => (s.kind === "constraint" ? s.op : s.kind))).toEqual(["==", "==", ">", "<"]);
    expect(stripPositions(ast.statements[1]!)).toMatchObject({ lhs: { kind: "binary", op: "+" }, rhs: { kind: "num", value: 1 } });
  });
});
