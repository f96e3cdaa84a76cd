import { describe, expect, it } from "vitest";
import { textTable } from "../../src/report/textTable.ts";
import { prose } from "../../src/i18n/prose.ts";
import { invarianceChart } from "../../src/charts/invarianceChart.ts";
import { label } from "../../src/i18n/labels.ts";

describe("Chinese output", () => {
  it("text tables align Chinese (double-width) characters", () => {
    const lines = textTable(["构念", "CR", "平均方差萃取量"], [["满意度", "0.849", "0.586"], ["SAT", "0.85", "0.59"]]);
    const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    expect(lines.map(width)).toEqual([lines[1]!.length, lines[1]!.length, lines[1]!.length, lines[1]!.length]);
    expect(lines[2]).toBe("满意度  0.849           0.586");
  });

  it("no spaces between Chinese characters when a Chinese name is put into a sentence; Latin names keep theirs", () => {
    expect(prose.invariance("平台", "标量等同")("zh-CN")).toMatch(/^在平台各组之间，测量不变性成立至标量等同模型/);
    expect(prose.invariance("platform", "标量等同")("zh-CN")).toMatch(/^在 platform 各组之间/);
    expect(prose.invariance("platform", "scalar")("en")).toMatch(/^Across platform, measurement invariance holds up to the scalar model/);
  });

  it("the invariance chart names its steps in Chinese; ΔSRMR has its label", () => {
    const steps = [{ step: "configural", cfi: 0.99, rmsea: 0.03 }, { step: "metric", cfi: 0.985, rmsea: 0.031 }, { step: "scalar", cfi: 0.98, rmsea: 0.033 }];
    const zh = JSON.stringify(invarianceChart(steps, { locale: "zh-CN" }));
    expect(zh).toContain("形态等同 → 度量等同");
    expect(zh).toContain("度量等同 → 标量等同");
    expect(zh).not.toContain("configural");
    expect(JSON.stringify(invarianceChart(steps))).toContain("configural → metric");
    expect(label("deltaSrmr", "zh-CN")).toBe("ΔSRMR");
  });
});
