import { describe, test, expect } from "vitest";
import { nearestName } from "../../src/text/nearestName.ts";

describe("nearestName: one suggestion rule for options, flags, columns and model variables", () => {
  test("with fold: separators, case and separators are ignored and a prefix is nearer", () => {
    expect(nearestName("std_lv", ["items", "stdLv"], { fold: "separators" })).toBe("stdLv");
    expect(nearestName("group.equal", ["groupEqual", "group"], { fold: "separators" })).toBe("groupEqual");
    expect(nearestName("item", ["itemz", "items"], { fold: "separators" })).toBe("itemz");
    expect(nearestName("estimater", ["missing", "estimator"], { fold: "separators" })).toBe("estimator");
  });

  test("by default only case is ignored: 'Sat1' finds 'sat1', and case-kept distance breaks ties", () => {
    expect(nearestName("Sat1", ["tru1", "sat1"])).toBe("sat1");
    expect(nearestName("SAT5", ["sat5", "SAT4"])).toBe("sat5"); // 0 edits ignoring case beats 1
    expect(nearestName("Sat5", ["sat4", "Sat4"])).toBe("Sat4"); // both 1 edit ignoring case; Sat4 keeps the case
  });

  test("names to avoid lose ties only", () => {
    const used = new Set(["sat1", "sat2", "sat3"]);
    expect(nearestName("sat5", ["sat1", "sat2", "sat3", "sat4"], { avoid: used })).toBe("sat4");
    expect(nearestName("sat1x", ["sat1", "sat4"], { avoid: used })).toBe("sat1"); // sat1 is nearer, used or not
  });

  test("a distance limit and empty or malformed input give undefined", () => {
    expect(nearestName("zzzzzz", ["a"], { maxDistance: 2 })).toBeUndefined();
    expect(nearestName("sat9", ["sat1"], { maxDistance: 1 })).toBe("sat1");
    expect(nearestName("x", [])).toBeUndefined();
    expect(nearestName(3 as unknown as string, ["a"])).toBeUndefined();
  });
});
