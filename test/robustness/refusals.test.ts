/**
 * Refuse what lavaan refuses, saying what to do instead: ordered items with FIML (lavaan 0.6-14:
 * "missing = "ml" not available in the categorical setting") and WLSMV without ordered items. The CLI must not
 * fall back to listwise deletion for --ordered --missing fiml.
 */
import { describe, expect, test } from "vitest";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { sem } from "../../src/sem/sem.ts";
import { fitCommand } from "../../src/cli/fit.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { oneFactorRows, thrown } from "./helpers.ts";

/** Three 5-point items (cut at −1, −0.3, 0.3, 1 of a one-factor population), with one missing value. */
const rows = oneFactorRows(120, [0.7, 0.7, 0.7], 8).map((r) => r.map((v) => 1 + [-1, -0.3, 0.3, 1].filter((c) => v > c).length));
const lines = ["y1,y2,y3", ...rows.map((r) => r.join(","))];
lines[5] = `,${rows[3]![1]},${rows[3]![2]}`;
const data = lines.join("\n");
const model = "f =~ y1 + y2 + y3";

describe("ordered items with FIML", () => {
  test.each(["ml", "fiml"] as const)("missing = %s with ordered items is an OptionError naming lavaan's refusal", (missing) => {
    // lavaan: cfa(model, data, ordered = TRUE, missing = "ml") stops: missing = "ml" not available in the categorical setting
    const e = thrown(() => sem(model, data, { ordered: true, missing }), OptionError);
    expect(e.message).toBe(message.ordinalFimlRefused(missing));
    expect(e.message).toContain("lavaan refuses it too");
    expect(e.message).toContain("Drop the missing option");
  });
  test("semkit fit --ordered --missing fiml fails instead of deleting rows listwise", async () => {
    const file = tempFile("ordinal.csv", data), lav = tempFile("ordinal.lav", model);
    await expect(runCommand(fitCommand, [file, "--model", lav, "--ordered", "--missing", "fiml"])).rejects.toThrow(message.ordinalFimlRefused("ml"));
  });
  test("listwise deletion with ordered items still works", () => {
    const fit = sem(model, data, { ordered: true });
    expect(fit.estimator).toBe("WLSMV");
    expect(fit.ntotal).toBe(119);
  });
});

describe("WLSMV needs ordered items", () => {
  test("estimator WLSMV without ordered says to pass ordered (or --ordered), or to use MLR", () => {
    const e = thrown(() => sem(model, data, { estimator: "WLSMV" }), OptionError);
    expect(e.message).toBe(message.wlsmvNeedsOrdered);
    expect(e.message).toContain("--ordered");
    expect(e.message).toContain("MLR");
    expect(e.message).not.toContain("not supported yet");
  });
  test("ordered items with estimator ML name the estimator and the way out", () => {
    const e = thrown(() => sem(model, data, { ordered: true, estimator: "ML" }), OptionError);
    expect(e.message).toBe(message.ordinalEstimatorNotSupported("ML"));
    expect(e.message).toContain("WLSMV");
  });
});
