import { describe, expect, it } from "vitest";
import { estimationOptions } from "../../src/cli/estimationFlags.ts";
import { parseArgs } from "../../src/cli/args.ts";
import { OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";

describe("estimationOptions: the estimation flags every model command shares", () => {
  it("turns --estimator, --missing, --ordered and --group into sem() options", () => {
    expect(estimationOptions(parseArgs(["--estimator", "mlr", "--missing", "fiml", "--group", "platform"]))).toEqual({ estimator: "MLR", missing: "ml", group: "platform" });
    expect(estimationOptions(parseArgs(["--ordered", "sat1,sat2"]))).toEqual({ ordered: ["sat1", "sat2"] });
    expect(estimationOptions(parseArgs(["--ordered"]))).toEqual({ ordered: true });
    expect(estimationOptions(parseArgs([]))).toEqual({});
    expect(estimationOptions(parseArgs(["--missing", "listwise"]), { estimator: "MLR", missing: "ml" })).toEqual({ estimator: "MLR", missing: "listwise" });
  });
  it("rejects an unknown estimator or missing-data mode, naming the choices", () => {
    expect(() => estimationOptions(parseArgs(["--estimator", "PML"]))).toThrow(new OptionError(message.cliBadChoice("estimator", "PML", ["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV", "DWLS"])));
    expect(() => estimationOptions(parseArgs(["--missing", "pairwise"]))).toThrow(new OptionError(message.cliBadChoice("missing", "pairwise", ["listwise", "fiml"])));
    expect(() => estimationOptions(parseArgs(["--estimator"]))).toThrow(OptionError);
  });
});
