import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelSpecificationError } from "../../src/errors.ts";
import { evaluate, exprIdentifiers } from "../../src/syntax/evaluate.ts";
import { parseExpr, parseModel } from "../../src/syntax/parse.ts";
import { printExpr, printModel } from "../../src/syntax/print.ts";
import { stripPositions } from "../../src/syntax/strip.ts";

interface FixtureRow { lhs: string; op: string; rhs: string; label: string; est: number }
const fixture = (name: string): { model: string; parameters: FixtureRow[] } =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));

const roundTrip = (src: string): void => {
  const ast = parseModel(src);
  expect(stripPositions(parseModel(printModel(ast)))).toEqual(stripPositions(ast));
};

describe("printModel", () => {
  it("prints back to syntax that parses to the same AST", () => {
    roundTrip("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9");
    roundTrip(fixture("poldem_sem_ml").model);
    roundTrip(fixture("loyalty_core_ml").model);
    roundTrip(
      "y1+y2~x;y~1;y~a*1;y~0\nf=~NA*x1+start(1)*x1+-1*x2+1e-3*x3+label('q r')*x4+equal(\"q\")*x5+c(a1,a2)*x6\n" +
        "f=~c(1,NA)*x7+start(.5)*a*x8+c(a1,NA)*x9+c(NA,NA)*x10+start(c(1,2))*x11+label(NA)*x12\nu|t1+t2\nu~*~u",
    );
    roundTrip("d := -a^2 + (b - c) - (d - e) + 2^3^2 + (-2)^2 + a/(b*c) + a/b/c + exp(log(a))\na - b == 0; a > -1\nb < sqrt(abs(c))");
  });

  it("prints a canonical layout", () => {
    expect(printModel(parseModel("f=~a*x1+x2 ; y~f\nind:=a*b"))).toBe("f =~ a*x1 + x2\ny ~ f\nind := a*b");
  });

  it("printExpr compact matches lavaan's := rhs text (loyalty_core_ml: 'a*b', 'c+a*b')", () => {
    const defs = fixture("loyalty_core_ml").parameters.filter((r) => r.op === ":=");
    const ast = parseModel(fixture("loyalty_core_ml").model);
    const printed = ast.statements.flatMap((s) => (s.kind === "definition" ? [printExpr(s.expr, { compact: true })] : []));
    expect(printed).toEqual(defs.map((d) => d.rhs));
  });
});

describe("evaluate", () => {
  it("reproduces lavaan's defined parameters from the estimates (loyalty_core_ml: indirect, total)", () => {
    const f = fixture("loyalty_core_ml");
    const env = new Map(f.parameters.filter((r) => r.label !== "" && r.op !== ":=").map((r) => [r.label, r.est] as const));
    for (const def of f.parameters.filter((r) => r.op === ":=")) {
      // lavaan 0.6-14: parameterEstimates(fit) rows indirect := a*b and total := c+a*b
      expect(evaluate(parseExpr(def.rhs), env)).toBeCloseTo(def.est, 12);
    }
  });

  it("follows R arithmetic", () => {
    const env = new Map([["a", 2], ["b", 3]]);
    expect(evaluate(parseExpr("-a^2"), env)).toBe(-4); // R: -2^2 == -4
    expect(evaluate(parseExpr("2^3^2"), env)).toBe(512); // R: 2^3^2 == 512
    expect(evaluate(parseExpr("a/b/2"), env)).toBeCloseTo(1 / 3, 15);
    expect(evaluate(parseExpr("sqrt(abs(-a*8))"), env)).toBe(4);
    expect(evaluate(parseExpr("exp(log(b))"), (n) => env.get(n))).toBeCloseTo(3, 14);
  });

  it("throws ModelSpecificationError for an unknown identifier", () => {
    expect(() => evaluate(parseExpr("a*zz"), new Map([["a", 1]]))).toThrow(ModelSpecificationError);
    expect(() => evaluate(parseExpr("a*zz"), new Map([["a", 1]]))).toThrow(/"zz"/);
  });

  it("lists identifiers in order of appearance", () => {
    expect(exprIdentifiers(parseExpr("c + a*b + a"))).toEqual(["c", "a", "b"]);
  });
});
