import { describe, expect, it } from "vitest";
import { applyAnswerLabels, parseAnswerLabels, answerLabelMap } from "../../src/data/answerLabels.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { DataError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

const values = (ds: ReturnType<typeof toDataset>, name: string): number[] => [...(ds.columns.get(name)!.values as Float64Array)];

describe("answer labels: texts to numbers", () => {
  it("the built-in Chinese 5-point set maps 非常不同意 … 非常同意 to 1 … 5 and leaves other text columns alone", () => {
    const ds = toDataset([
      { q1: "非常不同意", q2: "同意", gender: "女" },
      { q1: "一般", q2: " 非常同意 ", gender: "男" },
      { q1: "不同意", q2: "", gender: "男" },
      { q1: "4", q2: "同意", gender: null },
    ], { labels: "zh5" });
    expect(values(ds, "q1")).toEqual([1, 3, 2, 4]);
    expect(values(ds, "q2")).toEqual([4, 5, NaN, 4]);
    expect(ds.columns.get("gender")!.kind).toBe("text");
  });

  it("7-point sets in English and Chinese, case and blanks ignored", () => {
    const ds = toDataset({ a: ["Strongly  Disagree", "somewhat agree", "NEUTRAL", "strongly agree"], b: ["比较不同意", "一般", "同意", "非常同意"] }, { labels: "en7" });
    expect(values(ds, "a")).toEqual([1, 5, 4, 7]);
    expect(ds.columns.get("b")!.kind).toBe("text"); // Chinese texts are not in the English set
    expect(values(applyAnswerLabels(ds, "zh7"), "b")).toEqual([3, 4, 6, 7]);
    expect(answerLabelMap("en5").get("neither agree nor disagree")).toBe(3);
  });

  it("user pairs from the command line, with ASCII or Chinese commas", () => {
    expect(parseAnswerLabels("zh5")).toBe("zh5");
    expect(parseAnswerLabels("很差=1，差=2, 好=3")).toEqual({ 很差: 1, 差: 2, 好: 3 });
    const ds = toDataset("q\n很差\n好\n", { labels: parseAnswerLabels("很差=1,差=2,好=3") });
    expect(values(ds, "q")).toEqual([1, 3]);
    expect(() => parseAnswerLabels("agree")).toThrow(OptionError);
    expect(() => parseAnswerLabels("agree=x")).toThrow(new OptionError(message.labelsBadPair("agree=x")));
    expect(() => answerLabelMap("zh9" as never)).toThrow(OptionError);
  });

  it("an unmapped answer text stays an error that names column, row and value and suggests --labels", () => {
    const ds = toDataset([{ q1: "同意" }, { q1: "有时" }], { labels: "zh5" });
    expect(ds.columns.get("q1")!.kind).toBe("text");
    let err: unknown;
    try { numericMatrix(ds, ["q1"]); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toBe(message.dataNotANumber("q1", 1, "同意"));
    expect((err as DataError).message).toContain('column "q1", row 1: "同意" is not a number');
    expect((err as DataError).message).toContain("--labels zh5");
  });
});
