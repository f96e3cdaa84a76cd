import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { thesisCommand } from "../../src/cli/thesis.ts";
import { parseArgs } from "../../src/cli/args.ts";

// Reference: test/fixtures/loyalty_alpha.json — psych 2.2.9 alpha(), tru4 and swc3 reversed as 6 − x.
const fixture = JSON.parse(readFileSync(new URL("../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));

describe("semkit thesis", () => {
  it("prints the reliability of all 7 scales from the packaged data by default", async () => {
    let text = "";
    const code = await thesisCommand.run(parseArgs([]), (t) => { text += t; });
    expect(code).toBe(0);
    expect(text).toContain("Scale reliability");
    expect(text).toContain("Reverse-coded before analysis (min + max − x): tru4, swc3");
    for (const [name, scale] of Object.entries<{ items: string[]; total: { raw_alpha: number }[]; feldt: { lower: number; upper: number } }>(fixture.scales)) {
      // summary row: psych raw_alpha and Feldt CI to 3 decimals
      const row = text.split("\n").find((l) => l.startsWith(`${name} `));
      expect(row, name).toBeDefined();
      expect(row).toContain(scale.total[0]!.raw_alpha.toFixed(3));
      expect(row).toContain(`[${scale.feldt.lower.toFixed(3)}, ${scale.feldt.upper.toFixed(3)}]`);
      expect(text).toContain(`${name}: ${scale.items.join(", ")} (N = 480)`);
    }
    expect(text).not.toContain("warning:");
  });
});
