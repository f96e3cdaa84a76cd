import { describe, test, expect } from "vitest";
import { plsPathDiagram } from "../../src/charts/plsPathDiagram.ts";
import { pls } from "../../src/pls/pls.ts";
import { loadSeminr, readDataFile, lavaanModel } from "../pls/plsFixture.ts";

const texts = (spec: unknown): string[] =>
  (spec as { layer: { data?: { values?: { text?: string }[] } }[] }).layer.flatMap((l) => (l.data?.values ?? []).map((v) => v.text ?? "")).filter((t) => t !== "");

describe("plsPathDiagram", () => {
  const c = loadSeminr("mobi_ecsi_pls_imageB");
  const fit = pls(lavaanModel(c), readDataFile("mobi.csv"));
  test("constructs carry R², mode B items their weights, mode A items their loadings", () => {
    const t = texts(plsPathDiagram(fit));
    // seminr: estimate_pls(mobi, ECSI with Image mode_B): R²(Loyalty) = .457, Satisfaction -> Loyalty = .485
    expect(t).toContain(`R² = ${(c.r_squared["Loyalty"] as number).toFixed(2).replace(/^0/, "")}`);
    const w = fit.weights.find((r) => r.rhs === "IMAG1")?.est as number;
    const l = fit.loadings.find((r) => r.rhs === "CUSL1")?.est as number;
    expect(t.some((s) => s.startsWith(w.toFixed(2).replace(/^0/, "")))).toBe(true);
    expect(t.some((s) => s.startsWith(l.toFixed(2).replace(/^0/, "")))).toBe(true);
    expect(t.some((s) => s.startsWith("PLS-SEM: outer loadings"))).toBe(true);
  });
  test("after a bootstrap the note explains the stars", () => {
    const boot = pls(lavaanModel(c), readDataFile("mobi.csv"), { bootstrap: 100, seed: 1 });
    const t = texts(plsPathDiagram(boot, { locale: "zh-CN" }));
    expect(t.some((s) => s.includes("Bootstrap：* p < .05"))).toBe(true);
    expect(t.some((s) => s.includes("***"))).toBe(true);
  });
});
