import { describe, expect, it } from "vitest";
import { pathDiagram } from "../../src/charts/pathDiagram.ts";
import { pathModel } from "../../src/charts/pathModel.ts";
import { pathLayout } from "../../src/charts/pathLayout.ts";
import { routeEdges } from "../../src/charts/pathEdges.ts";
import { overlapArea } from "../../src/charts/pathGeometry.ts";
import { checkSpec, svgTexts } from "./checkSpec.ts";
import { fixture, hsCfa, loyaltyFull } from "./fixtures.ts";
import { cfa } from "../../src/sem/sem.ts";
import { readData } from "../helpers/reference.ts";

const rows = loyaltyFull.parameters;

describe("pathDiagram", () => {
  it("draws the loyalty model: schema-valid v5, compiles, renders, with lavaan's standardized values", async () => {
    const { svg } = await checkSpec(pathDiagram(rows, { title: "Loyalty model" }));
    const texts = svgTexts(svg);
    // lavaan 0.6-14 standardizedSolution(): SAT ~ SQ std.all 0.516, p 1.1e-13 → ".52***"
    expect(texts).toContain(".52***");
    // lavaan: LOY ~ ALT std.all -0.151, p .0235 → "−.15*"
    expect(texts).toContain("\u2212.15*");
    // lavaan: LOY ~ SWC std.all 0.103, p .127 → ".10" without stars
    expect(texts).toContain(".10");
    // lavaan: SQ ~~ PV std.all 0.392, p 2.5e-7 → ".39***"
    expect(texts).toContain(".39***");
    // lavaan inspect(fit, "r2"): SAT 0.386, TRU 0.255, LOY 0.279
    expect(texts).toEqual(expect.arrayContaining(["R² = .39", "R² = .25", "R² = .28"]));
    for (const v of ["SQ", "PV", "SAT", "TRU", "SWC", "ALT", "LOY", "sq1", "loy4"]) expect(texts).toContain(v);
  });

  it("raw estimates keep the leading zero (lavaan est: SAT ~ SQ 0.564, LOY ~ ALT -0.150)", async () => {
    const { svg } = await checkSpec(pathDiagram(rows, { standardized: false }));
    const texts = svgTexts(svg);
    expect(texts).toContain("0.56***");
    expect(texts).toContain("\u22120.15*");
    // fixed first loading est = 1 (lavaan marker), no stars
    expect(texts).toContain("1.00");
  });

  it("hides indicators for the structural view", async () => {
    const { svg } = await checkSpec(pathDiagram(rows, { hideIndicators: true, note: false }));
    const texts = svgTexts(svg);
    expect(texts).not.toContain("sq1");
    expect(texts).toContain("LOY");
  });

  it("lays latent variables out in causal layers left to right", () => {
    const model = pathModel(rows);
    const { nodes, layers } = pathLayout(model, { labels: {}, hideIndicators: false });
    const at = (id: string) => nodes.find((n) => n.id === id)!;
    expect(layers).toBe(4);
    expect(at("SQ").layer).toBe(0);
    expect(at("ALT").layer).toBe(0);
    expect(at("SAT").layer).toBe(1);
    expect(at("TRU").layer).toBe(2);
    expect(at("LOY").layer).toBe(3);
    expect(at("SQ").x).toBeLessThan(at("SAT").x);
    expect(at("TRU").x).toBeLessThan(at("LOY").x);
    expect(at("sq1").x).toBeLessThan(at("SQ").x); // exogenous: indicators on the left
    expect(at("loy1").x).toBeGreaterThan(at("LOY").x); // outcome: indicators on the right
  });

  it("places nodes and labels without overlaps, and dashes the two non-significant paths", () => {
    for (const hide of [false, true]) {
      const model = pathModel(rows);
      const { nodes } = pathLayout(model, { labels: {}, hideIndicators: hide });
      const edges = routeEdges(model, nodes, { standardized: true, dashNonSignificant: true, alpha: 0.05, showLoadings: true });
      const boxes = [...nodes, ...edges.map((e) => e.labelBox!).filter((b) => b !== null)];
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlapArea(boxes[i]!, boxes[j]!)).toBe(0);
      // lavaan p-values: LOY ~ SWC .127 and SQ ~~ SWC .300 are the only free structural parameters with p ≥ .05
      expect(edges.filter((e) => e.dashed).map((e) => `${e.from}-${e.to}`).sort()).toEqual(["SQ-SWC", "SWC-LOY"]);
    }
  });

  it("draws a CFA (HolzingerSwineford1939, lavaan) in one column with covariance arcs", async () => {
    const { svg } = await checkSpec(pathDiagram(hsCfa.parameters, { labels: { visual: "Visual" }, locale: "zh-CN" }));
    const texts = svgTexts(svg);
    expect(texts).toContain("Visual");
    expect(texts.some((t) => t.startsWith("标准化估计值"))).toBe(true);
    const model = pathModel(hsCfa.parameters);
    expect(model.latent).toEqual(["visual", "textual", "speed"]);
    expect(model.edges.filter((e) => e.kind === "covariance").length).toBe(3);
  });

  it("draws residual covariances between indicators (PoliticalDemocracy, lavaan)", async () => {
    const { svg } = await checkSpec(pathDiagram(fixture("poldem_sem_ml.json").parameters));
    const texts = svgTexts(svg);
    // lavaan standardizedSolution(): y2 ~~ y4 .291 (p .037), y2 ~~ y6 .356 (p .003), y1 ~~ y5 .281 (p .10, dashed)
    expect(texts).toEqual(expect.arrayContaining([".29*", ".36**", ".28"]));
    const model = pathModel(fixture("poldem_sem_ml.json").parameters);
    const { nodes } = pathLayout(model, { labels: {}, hideIndicators: false });
    const edges = routeEdges(model, nodes, { standardized: true, dashNonSignificant: true, alpha: 0.05, showLoadings: true });
    expect(edges.filter((e) => e.kind === "covariance" && e.dashed).map((e) => `${e.from}-${e.to}`)).toEqual(["y1-y5", "y3-y7", "y4-y8"]);
  });

  it("scales to a requested width", () => {
    const spec = pathDiagram(rows, { width: 900 }) as { width: number };
    expect(spec.width).toBeCloseTo(900, 0);
  });
});

describe("pathDiagram of a fit", () => {
  it("draws the same spec from a fit as from its parameterEstimates() rows", () => {
    // lavaan: cfa(HS.model, data = HolzingerSwineford1939)
    const fit = cfa("visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9", readData("HolzingerSwineford1939.csv"));
    const fromFit = pathDiagram(fit, { title: "HS1939" });
    expect(JSON.stringify(fromFit)).toBe(JSON.stringify(pathDiagram(fit.parameterEstimates(), { title: "HS1939" })));
    expect(JSON.stringify(fromFit)).toContain("visual");
  });
});
