import { describe, expect, it } from "vitest";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import type { ParTable, ParTableSpec } from "../../src/partable/types.ts";
import { parseModel } from "../../src/syntax/parse.ts";
import { message } from "../../src/messages.ts";

const X = ["x1", "x2", "x3", "x4", "x5", "x6", "y1", "y2", "y3", "z1", "z2"];
const build = (model: string, spec: Partial<ParTableSpec> = {}): ParTable => buildParTable(parseModel(model), { ovNames: X, ...spec });
const row = (pt: ParTable, lhs: string, op: string, rhs: string, group = 1) => {
  const r = pt.rows.find((x) => x.lhs === lhs && x.op === op && x.rhs === rhs && x.group === group);
  if (r === undefined) throw new Error(`no row ${lhs} ${op} ${rhs}`);
  return r;
};
const triples = (pt: ParTable): string[] => pt.rows.map((r) => `${r.lhs} ${r.op} ${r.rhs}${r.group > 1 ? ` g${r.group}` : ""}`);

// Expected tables follow lavaan 0.6-14 lavaanify()/parTable() for cfa()/sem() (documented rules in
// R/lav_partable_flat.R); each case states the rule it checks.
describe("default rows (lavaan lav_partable_flat)", () => {
  it("regression on observed covariates: fixed.x rows with exo = 1, ustart NA", () => {
    const pt = build("y1 ~ x1 + x2", { meanstructure: true });
    expect(triples(pt)).toEqual([
      "y1 ~ x1", "y1 ~ x2", "y1 ~~ y1", "x1 ~~ x1", "x1 ~~ x2", "x2 ~~ x2", "y1 ~1 ", "x1 ~1 ", "x2 ~1 ",
    ]);
    expect(pt.rows.map((r) => r.exo)).toEqual([0, 0, 0, 1, 1, 1, 0, 1, 1]);
    expect(pt.rows.filter((r) => r.exo === 1).every((r) => r.free === 0 && Number.isNaN(r.ustart))).toBe(true);
    expect(pt.npar).toBe(4);
    expect(pt.classes!.ovX).toEqual(["x1", "x2"]);
    expect(pt.ov).toEqual(["y1", "x1", "x2"]);
  });

  it("fixedX: false frees the covariate (co)variances", () => {
    const pt = build("y1 ~ x1 + x2", { fixedX: false });
    expect(pt.rows.filter((r) => r.lhs.startsWith("x")).map((r) => r.free > 0)).toEqual([true, true, true]);
    expect(pt.npar).toBe(6);
  });

  it("auto.cov.y: free covariances among pure dependent variables only", () => {
    const pt = build("y1 ~ x1\ny2 ~ x1\ny3 ~ y1");
    // y1 is also a predictor, so only y2 and y3 are pure dependents: one covariance y2 ~~ y3
    expect(triples(pt).filter((t) => /^y\d ~~ y\d$/.test(t) && t[1] !== t[7])).toEqual(["y2 ~~ y3"]);
    expect(pt.classes!.ovY).toEqual(["y2", "y3"]);
  });

  it("ov order: indicators, then dependent, then exogenous, then others", () => {
    const pt = build("f =~ x3 + x4 + x5\ny1 ~ f + x1\nz1 ~~ z2");
    expect(pt.ov).toEqual(["x3", "x4", "x5", "y1", "x1", "z1", "z2"]);
  });

  it("single indicator: its residual variance is fixed to 0 (auto.fix.single)", () => {
    const pt = build("f =~ x1\ng =~ x2 + x3 + x4");
    expect(row(pt, "x1", "~~", "x1")).toMatchObject({ free: 0, ustart: 0 });
    expect(row(pt, "x2", "~~", "x2").free).toBeGreaterThan(0);
  });

  it("orthogonal: factor covariances fixed at 0", () => {
    const pt = build("f =~ x1 + x2 + x3\ng =~ x4 + x5 + x6", { orthogonal: true });
    expect(row(pt, "f", "~~", "g")).toMatchObject({ free: 0, ustart: 0 });
  });

  it("stdLv: all loadings free, factor variances fixed at 1; NA* frees the first loading otherwise", () => {
    const s = build("f =~ x1 + x2 + x3", { stdLv: true });
    expect(row(s, "f", "=~", "x1").free).toBeGreaterThan(0);
    expect(row(s, "f", "~~", "f")).toMatchObject({ free: 0, ustart: 1 });
    const n = build("f =~ NA*x1 + x2 + x3\nf ~~ 1*f");
    expect(row(n, "f", "=~", "x1")).toMatchObject({ ustart: NaN });
    expect(row(n, "f", "=~", "x1").free).toBeGreaterThan(0);
    expect(row(n, "f", "~~", "f")).toMatchObject({ free: 0, ustart: 1, user: 1 });
    expect(n.npar).toBe(6);
  });

  it("user rows override defaults and are not duplicated; ~~ is stored in lv-then-ov order", () => {
    const pt = build("f =~ x1 + x2 + x3\nx2 ~~ 0.5*x2\nx3 ~~ x1");
    expect(triples(pt).filter((t) => t === "x2 ~~ x2")).toHaveLength(1);
    expect(row(pt, "x2", "~~", "x2")).toMatchObject({ free: 0, ustart: 0.5, user: 1 });
    expect(row(pt, "x1", "~~", "x3").user).toBe(1);
  });

  it("user ~1 turns the mean structure on; latent means fixed at 0, observed intercepts free", () => {
    const pt = build("f =~ x1 + x2 + x3\nx1 ~ 1");
    expect(pt.meanstructure).toBe(true);
    expect(row(pt, "f", "~1", "")).toMatchObject({ free: 0, ustart: 0 });
    expect(row(pt, "x2", "~1", "").free).toBeGreaterThan(0);
  });

  it("a variance written for a would-be covariate makes it endogenous (with a warning)", () => {
    const pt = build("y1 ~ x1 + x2\nx1 ~~ x1");
    expect(pt.classes!.ovX).toEqual(["x2"]);
    expect(pt.warnings).toContain(message.partableExogenousSyntax(["x1"]));
  });
});

describe("labels, equalities, constraints", () => {
  it("equal labels share one free index; == between labels merges; other constraints stay as rows", () => {
    const pt = build("f =~ x1 + a*x2 + b*x3 + c*x4\na == b\nc > 0\nd := a - c");
    const fa = row(pt, "f", "=~", "x2").free;
    expect(row(pt, "f", "=~", "x3").free).toBe(fa);
    expect(pt.nfreeRows! - pt.npar).toBe(1);
    expect(pt.rows.filter((r) => r.group === 0).map((r) => `${r.lhs} ${r.op} ${r.rhs}`)).toEqual(["c > 0", "d := a-c"]);
    expect(pt.constraints!.map((c) => c.op)).toEqual([">"]);
    expect(pt.rows.at(-1)).toMatchObject({ block: 0, group: 0, free: 0, label: "d", id: pt.rows.length });
  });

  it("an equality set with a fixed member is fixed entirely", () => {
    const pt = build("f =~ x1 + x2 + a*x3\ng =~ x4 + x5 + a*x6\nx3 ~~ e*x3\nx6 ~~ e*x6\ne == 1");
    expect(row(pt, "g", "=~", "x6").free).toBe(row(pt, "f", "=~", "x3").free);
    expect(pt.constraints).toHaveLength(1);
  });

  it("equal() references a default label (lavaan 'lhs op rhs' labels)", () => {
    const pt = build('f =~ x1 + x2 + equal("f=~x2")*x3');
    expect(row(pt, "f", "=~", "x3").free).toBe(row(pt, "f", "=~", "x2").free);
  });

  it("definitions are ordered so that each uses earlier ones", () => {
    const pt = build("y1 ~ a*x1\ny2 ~ b*y1\ntotal := ind + 0\nind := a*b");
    expect(pt.definitions!.map((d) => d.name)).toEqual(["ind", "total"]);
    expect(pt.rows.filter((r) => r.op === ":=").map((r) => r.lhs)).toEqual(["total", "ind"]);
  });
});

describe("groups", () => {
  const G = ["A", "B"];
  it("one block per group; c(...) gives group-specific values; a single label is equal across groups", () => {
    const pt = build("f =~ x1 + c(l1, l2)*x2 + c(1, NA)*x3 + a*x4", { groups: G, meanstructure: true });
    expect(pt.rows.filter((r) => r.group === 2)).toHaveLength(pt.rows.filter((r) => r.group === 1).length);
    expect(row(pt, "f", "=~", "x2").label).toBe("l1");
    expect(row(pt, "f", "=~", "x2", 2).label).toBe("l2");
    expect(row(pt, "f", "=~", "x3")).toMatchObject({ free: 0, ustart: 1 });
    expect(row(pt, "f", "=~", "x3", 2).free).toBeGreaterThan(0);
    expect(row(pt, "f", "=~", "x4", 2).free).toBe(row(pt, "f", "=~", "x4").free);
    expect(pt.warnings).toContain(message.partableSingleLabelGroups);
  });

  it("groupEqual intercepts frees latent means in groups 2..; groupPartial keeps one intercept free", () => {
    const pt = build("f =~ x1 + x2 + x3", { groups: G, meanstructure: true, groupEqual: ["loadings", "intercepts"], groupPartial: ["x3 ~ 1"] });
    expect(row(pt, "f", "~1", "")).toMatchObject({ free: 0, ustart: 0 });
    expect(row(pt, "f", "~1", "", 2).free).toBeGreaterThan(0);
    expect(row(pt, "x2", "~1", "", 2).free).toBe(row(pt, "x2", "~1", "").free);
    expect(row(pt, "x3", "~1", "", 2).free).not.toBe(row(pt, "x3", "~1", "").free);
  });

  it("stdLv with equal loadings frees the factor variances of groups 2..", () => {
    const pt = build("f =~ x1 + x2 + x3", { groups: G, stdLv: true, groupEqual: ["loadings"] });
    expect(row(pt, "f", "~~", "f")).toMatchObject({ free: 0, ustart: 1 });
    expect(row(pt, "f", "~~", "f", 2).free).toBeGreaterThan(0);
  });
});
