import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readSav } from "../../src/node/readSav.ts";
import { DataError, UnknownColumnError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { expectLoyaltyAlpha, numeric, text } from "../helpers/columns.ts";

// Fixtures: test/fixtures/loyalty_survey.sav and sav_edge_cases.sav, written by GNU PSPP 1.6.2 with
// test/fixtures/make_loyalty_sav.sh from data/loyalty_survey.csv (missing item answers: system-missing for even
// respondents, user-missing code 9 for odd ones).
// Reference: test/fixtures/loyalty_alpha.json, psych 2.2.9 alpha(items, check.keys = FALSE), pairwise deletion,
// tru4 and swc3 reversed as 6 − x, computed on data/loyalty_survey.csv.
const SAV = new URL("../fixtures/loyalty_survey.sav", import.meta.url).pathname;
const EDGE = new URL("../fixtures/sav_edge_cases.sav", import.meta.url).pathname;
const TOL = 1e-6;
const ITEMS = ["sq1", "sq2", "sq3", "sq4", "pv1", "pv2", "pv3", "sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "tru4",
  "swc1", "swc2", "swc3", "alt1", "alt2", "alt3", "loy1", "loy2", "loy3", "loy4"];

const tally = (xs: readonly (string | null)[]): Record<string, number> =>
  xs.reduce<Record<string, number>>((t, x) => ({ ...t, [String(x)]: (t[String(x)] ?? 0) + 1 }), {});

describe("readSav: the loyalty survey written by PSPP", async () => {
  const ds = await readSav(SAV, { asText: ["gender", "age_group", "platform"] });

  it("gives psych's alpha for every scale, as the CSV does (1e-6)", () => {
    expectLoyaltyAlpha(ds, TOL); // psych: alpha(items)$total, see test/helpers/columns.ts
  });

  it("reads 480 cases and 29 columns; system- and user-missing (9) answers are both missing", () => {
    // data/README.md: 480 respondents, 29 columns, 180 of 12 000 item cells missing
    expect(ds.n).toBe(480);
    expect(ds.names.length).toBe(29);
    let missing = 0;
    let nines = 0;
    for (const item of ITEMS) for (const x of numeric(ds.columns.get(item))) {
      if (Number.isNaN(x)) missing++;
      if (x === 9) nines++;
    }
    expect(missing).toBe(180);
    expect(nines).toBe(0);
    expect(text(ds.columns.get("id"))[0]).toBe("R0001");
    expect(ds.warnings).toEqual([]);
  });

  it("turns the asText codes into group names", () => {
    // data/README.md codebook: female 240, male 240; 18-24 155, 25-34 183, 35-44 101, 45+ 41; A 239, B 241
    expect(tally(text(ds.columns.get("gender")))).toEqual({ female: 240, male: 240 });
    expect(tally(text(ds.columns.get("age_group")))).toEqual({ "18-24": 155, "25-34": 183, "35-44": 101, "45+": 41 });
    expect(tally(text(ds.columns.get("platform")))).toEqual({ A: 239, B: 241 });
  });

  it("keeps value labels (Likert and groups, without the user-missing code) and variable labels", () => {
    expect([...ds.valueLabels.get("sat1")!.entries()]).toEqual([
      [1, "strongly disagree"], [2, "disagree"], [3, "neither"], [4, "agree"], [5, "strongly agree"],
    ]);
    expect([...ds.valueLabels.get("gender")!.entries()]).toEqual([[1, "female"], [2, "male"]]);
    // data/README.md: wording of sq1 and tru4
    expect(ds.variableLabels.get("sq1")).toBe("This shop's website is easy to navigate.");
    expect(ds.variableLabels.get("tru4")).toBe("I doubt that this shop is honest with its customers.");
    expect(ds.variableLabels.get("id")).toBe("受访者编号 respondent id");
  });

  it("keeps codes by default", async () => {
    const raw = await readSav(readFileSync(SAV));
    expect(Array.from(numeric(raw.columns.get("gender")).slice(0, 3))).toEqual([2, 2, 1]); // CSV rows 1-3: male, male, female
    expect(raw.valueLabels.get("platform")!.get(2)).toBe("B");
  });
});

describe("readSav: missing-value ranges, unlabelled codes, long names and strings", async () => {
  // sav_edge_cases.sav (make_loyalty_sav.sh): score has user-missing 97 THRU 99, rating -1, -2, -3.
  const ds = await readSav(EDGE, { asText: ["grp", "code"] });

  it("reads every column with its long name", () => {
    expect(ds.names).toEqual(["grp", "score", "rating", "satisfaction_overall", "code", "comment"]);
    expect(Array.from(numeric(ds.columns.get("score")))).toEqual([10, NaN, 12, NaN]);
    expect(Array.from(numeric(ds.columns.get("rating")))).toEqual([1, NaN, NaN, 2]);
    expect(Array.from(numeric(ds.columns.get("satisfaction_overall")))).toEqual([5, 4, 3, NaN]);
    expect(text(ds.columns.get("comment"))).toEqual(["first respondent, a comment past 8 bytes", "second", null, "fourth"]);
    expect(ds.variableLabels.get("satisfaction_overall")).toBe("Overall satisfaction (long name)");
  });

  it("labels codes and strings, warns about codes with no label", () => {
    expect(text(ds.columns.get("grp"))).toEqual(["control", "treatment", "3", "treatment"]);
    expect(text(ds.columns.get("code"))).toEqual(["first code", "second code", "first code", "zzz"]);
    expect(ds.warnings).toEqual([message.savUnlabelledCodes("grp", ["3"]), message.savUnlabelledCodes("code", ["zzz"])]);
    // the label of the user-missing code 98 is not a category
    expect(ds.valueLabels.has("score")).toBe(false);
  });

  it("warns when an asText column has no labels", async () => {
    const d = await readSav(EDGE, { asText: ["rating"] });
    expect(text(d.columns.get("rating"))).toEqual(["1", null, null, "2"]);
    expect(d.warnings).toEqual([message.savNoValueLabels("rating")]);
  });
});

describe("readSav: errors", () => {
  it("names an unknown asText column and suggests the nearest", async () => {
    const e = await readSav(EDGE, { asText: ["gorp"] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UnknownColumnError);
    expect((e as Error).message).toBe(message.dataUnknownColumn("gorp", "grp"));
  });
  it("names a missing file and a file that is not a system file", async () => {
    const e1 = await readSav("no/such.sav").catch((x: unknown) => x);
    expect(e1).toBeInstanceOf(DataError);
    expect((e1 as Error).message).toBe(message.dataFileUnreadable("no/such.sav", "no such file"));
    const csv = new URL("../../data/loyalty_survey.csv", import.meta.url).pathname;
    const e2 = await readSav(csv).catch((x: unknown) => x);
    expect(e2).toBeInstanceOf(DataError);
    expect((e2 as Error).message.startsWith(`cannot read data file "${csv}": not a readable SPSS system file`)).toBe(true);
  });
});
