import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { plsPredict } from "../../src/pls/plsPredict.ts";
import { OptionError } from "../../src/errors.ts";
import { loadSeminr, readDataFile, lavaanModel } from "./plsFixture.ts";

const model = lavaanModel(loadSeminr("mobi_ecsi_pls_modeA"));
const mobi = readDataFile("mobi.csv");

describe("plsPredict", () => {
  test("leave-one-out RMSE/MAE (PLS and LM) and Q²predict as seminr", () => {
    // seminr: predict_pls(estimate_pls(mobi, ECSI mode_A), technique = predict_DA, noFolds = NULL)
    const ref = JSON.parse(readFileSync("test/fixtures/pls/mobi_ecsi_predict_loocv.json", "utf8")) as {
      items: { item: string; rmse_pls: number; rmse_lm: number; mae_pls: number; mae_lm: number; q2predict: number }[];
    };
    const out = plsPredict(model, mobi, { folds: 250 });
    expect(out.items.map((i) => i.item).sort()).toEqual(ref.items.map((i) => i.item).sort());
    for (const r of ref.items) {
      const mine = out.items.find((i) => i.item === r.item);
      for (const [a, b] of [[mine?.rmse.pls, r.rmse_pls], [mine?.rmse.lm, r.rmse_lm], [mine?.mae.pls, r.mae_pls], [mine?.mae.lm, r.mae_lm], [mine?.q2predict, r.q2predict]] as [number, number][]) {
        expect(Math.abs(a - b), `${r.item}: ${a} vs ${b}`).toBeLessThan(1e-6);
      }
    }
  });
  test("10-fold: seeded, reproducible, close to leave-one-out", () => {
    const a = plsPredict(model, mobi, { folds: 10, seed: 3 });
    const b = plsPredict(model, mobi, { folds: 10, seed: 3 });
    const c = plsPredict(model, mobi, { folds: 10, seed: 4 });
    const loo = plsPredict(model, mobi, { folds: 250 });
    expect(b).toEqual(a);
    expect(c.items[0]?.rmse.pls).not.toBe(a.items[0]?.rmse.pls);
    a.items.forEach((it, i) => expect(Math.abs(it.rmse.pls / (loo.items[i]?.rmse.pls as number) - 1)).toBeLessThan(0.05));
  });
  test("bad folds are an OptionError", () => {
    expect(() => plsPredict(model, mobi, { folds: 1 })).toThrow(OptionError);
    expect(() => plsPredict(model, mobi, { folds: 251 })).toThrow(OptionError);
  });
});
