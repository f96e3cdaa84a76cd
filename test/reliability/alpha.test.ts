import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { alpha } from "../../src/reliability/alpha.ts";
import { message } from "../../src/messages.ts";
import { OptionError, UnknownColumnError } from "../../src/errors.ts";
import type { AlphaResult } from "../../src/reliability/types.ts";

// Reference: test/fixtures/loyalty_alpha.json, made with psych 2.2.9 on R 4.2.2:
// psych::alpha(items, check.keys = FALSE), pairwise deletion (psych default); tru4 and swc3 reverse-coded as 6 − x.
const fixture = JSON.parse(readFileSync(new URL("../fixtures/loyalty_alpha.json", import.meta.url), "utf8"));
const ds = parseCsv(readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8"));
const TOL = 1e-6;

type Row = Record<string, number | string | null>;
const close = (got: number | null, want: number | string | null | undefined, what: string): void => {
  if (want === null) { expect(got, what).toBeNull(); return; }
  expect(typeof want, what).toBe("number");
  expect(got, what).not.toBeNull();
  expect(Math.abs((got as number) - (want as number)), `${what}: got ${got}, psych ${want}`).toBeLessThan(TOL);
};

function checkTotal(res: AlphaResult, t: Row, label: string): void {
  close(res.total.rawAlpha, t["raw_alpha"], `${label} raw_alpha`);
  close(res.total.stdAlpha, t["std.alpha"], `${label} std.alpha`);
  close(res.total.g6Smc, t["G6(smc)"], `${label} G6(smc)`);
  close(res.total.averageR, t["average_r"], `${label} average_r`);
  close(res.total.signalNoise, t["S/N"], `${label} S/N`);
  close(res.total.ase, t["ase"], `${label} ase`);
  close(res.total.mean, t["mean"], `${label} mean`);
  close(res.total.sd, t["sd"], `${label} sd`);
  close(res.total.medianR, t["median_r"], `${label} median_r`);
}

describe("alpha() reproduces psych 2.2.9 alpha() on the loyalty survey (1e-6)", () => {
  for (const [name, scale] of Object.entries<{ items: string[]; total: Row[]; alpha_drop: Row[]; item_stats: Row[]; feldt: Row }>(fixture.scales)) {
    describe(name, () => {
      const res = alpha(ds, { items: scale.items, reverse: scale.items.filter((i) => i === "tru4" || i === "swc3"), scale: { min: 1, max: 5 } });

      it("totals", () => {
        // psych: alpha(items)$total
        checkTotal(res, scale.total[0]!, name);
        expect(res.items).toEqual(scale.items);
        expect(res.warnings).toEqual([]);
      });

      it("reliability if an item is dropped", () => {
        // psych: alpha(items)$alpha.drop
        expect(res.alphaDrop.map((d) => d.item)).toEqual(scale.alpha_drop.map((d) => d["item"]));
        scale.alpha_drop.forEach((d, j) => {
          const o = res.alphaDrop[j]!, w = `${name} drop ${d["item"]}`;
          close(o.rawAlpha, d["raw_alpha"], `${w} raw_alpha`);
          close(o.stdAlpha, d["std.alpha"], `${w} std.alpha`);
          close(o.g6Smc, d["G6(smc)"], `${w} G6(smc)`);
          close(o.averageR, d["average_r"], `${w} average_r`);
          close(o.signalNoise, d["S/N"], `${w} S/N`);
          close(o.alphaSe, d["alpha se"], `${w} alpha se`);
          close(o.varR, d["var.r"], `${w} var.r`);
          close(o.medR, d["med.r"], `${w} med.r`);
        });
      });

      it("item statistics", () => {
        // psych: alpha(items)$item.stats
        scale.item_stats.forEach((d, j) => {
          const o = res.itemStats[j]!, w = `${name} item ${d["item"]}`;
          expect(o.item).toBe(d["item"]);
          expect(o.n).toBe(d["n"]);
          close(o.rawR, d["raw.r"], `${w} raw.r`);
          close(o.stdR, d["std.r"], `${w} std.r`);
          close(o.rCor, d["r.cor"], `${w} r.cor`);
          close(o.rDrop, d["r.drop"], `${w} r.drop`);
          close(o.mean, d["mean"], `${w} mean`);
          close(o.sd, d["sd"], `${w} sd`);
        });
      });

      it("Feldt 95% interval", () => {
        // psych: alpha(items)$feldt (alpha.ci with N = 480)
        close(res.feldt.lower, scale.feldt["lower"], `${name} feldt lower`);
        close(res.feldt.alpha, scale.feldt["alpha"], `${name} feldt alpha`);
        close(res.feldt.upper, scale.feldt["upper"], `${name} feldt upper`);
      });
    });
  }
});

describe("trust scale before tru4 is reversed", () => {
  const tr = fixture.trust_without_recoding as { items: string[]; total: Row[] };

  it("matches psych's totals and warns that tru4 should be reversed", () => {
    // psych: alpha(trust items with tru4 as recorded, check.keys = FALSE)$total
    const res = alpha(ds, { items: tr.items });
    checkTotal(res, tr.total[0]!, "trust unrecoded");
    expect(res.negativeItems).toEqual(["tru4"]);
    expect(res.reversed).toEqual([]);
    expect(res.warnings).toEqual([message.alphaNegativeItems(["tru4"])]);
    expect(res.warnings[0]).toBe(
      "Some items (tru4) were negatively correlated with the first principal component and probably should be " +
      "reversed. To do this, run again with checkKeys: true (command line: --check-keys)",
    );
  });

  it("checkKeys reverses tru4 and then equals the recoded trust scale", () => {
    // psych: alpha(trust items, check.keys = TRUE) flips tru4 as max + min − x = 6 − x, giving the TRU scale of the fixture
    const res = alpha(ds, { items: "tru*", checkKeys: true });
    expect(res.reversed).toEqual(["tru4"]);
    expect(res.warnings).toEqual([message.alphaItemsReversed(["tru4"])]);
    checkTotal(res, fixture.scales.TRU.total[0], "trust checkKeys");
    close(res.itemStats[3]!.mean, fixture.scales.TRU.item_stats[3].mean, "tru4 mean after reversal");
  });
});

describe("alpha() options and errors", () => {
  it("accepts a numeric matrix with NaN for missing (same numbers as the data set)", () => {
    const items = fixture.scales.SQ.items as string[];
    const n = ds.n, p = items.length, data = new Float64Array(n * p);
    items.forEach((it, j) => {
      const col = ds.columns.get(it)!;
      for (let i = 0; i < n; i++) data[i * p + j] = col.values[i] as number;
    });
    const res = alpha({ data, n, p, names: items });
    // psych: alpha(SQ items)$total$raw_alpha
    close(res.total.rawAlpha, fixture.scales.SQ.total[0].raw_alpha, "SQ raw_alpha from matrix");
  });

  it("bootstrap CI is seeded, reproducible and brackets psych's alpha", () => {
    const a = alpha(ds, { items: "sq*", nBoot: 200, seed: 7 });
    const b = alpha(ds, { items: "sq*", nBoot: 200, seed: 7 });
    expect(a.boot).toEqual(b.boot);
    const raw = fixture.scales.SQ.total[0].raw_alpha as number; // psych raw_alpha 0.8197
    expect(a.boot!.lower).toBeLessThan(raw);
    expect(a.boot!.upper).toBeGreaterThan(raw);
    // the bootstrap interval should be about as wide as Feldt's (psych: 0.7919–0.8447)
    expect(a.boot!.upper - a.boot!.lower).toBeGreaterThan(0.02);
    expect(a.boot!.upper - a.boot!.lower).toBeLessThan(0.1);
  });

  it("rejects unknown items, a reverse item outside the scale items, and a bad nBoot", () => {
    expect(() => alpha(ds, { items: ["sq1", "sqq2"] })).toThrow(UnknownColumnError);
    expect(() => alpha(ds, { items: "sq*", reverse: ["tru4"] })).toThrow(message.alphaReverseNotItem("tru4"));
    expect(() => alpha(ds, { items: "sq*", nBoot: -1 })).toThrow(OptionError);
  });
});
