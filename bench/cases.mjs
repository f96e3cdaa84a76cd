/**
 * The benchmark cases, semkit side. Each case has the same id as its R twin in bench/r/bench.R.
 *
 * A case's `setup(ctx)` returns `{ run, check }`:
 *   run()        the timed work (data already parsed and reverse-coded, outside the timed region);
 *   check(res)   runs once, untimed, on a result of run(): returns the statistic compared with the reference
 *                (test/fixtures/*.json, lavaan 0.6-14 / psych 2.2.9) and throws when the result shows that
 *                semkit ignored the requested feature.
 * Any throw fails the case (and the run): every case's feature exists, so a throw is a regression.
 *
 * The SEM cases time sem() + parameterEstimates() + fitMeasures() — the same three calls the R side times
 * (semkit's SEs and fit measures are lazy, so its sem() alone would do less work than lavaan's).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ITEMS25 = [
  "sq1", "sq2", "sq3", "sq4", "pv1", "pv2", "pv3", "sat1", "sat2", "sat3", "sat4",
  "tru1", "tru2", "tru3", "tru4", "swc1", "swc2", "swc3", "alt1", "alt2", "alt3",
  "loy1", "loy2", "loy3", "loy4",
];
export const REVERSED = ["tru4", "swc3"];
export const SCALE = { min: 1, max: 5 };

/**
 * Read a reference value from a fixture.
 * @param {string} root repository root
 * @param {string} file fixture file name in test/fixtures
 * @param {(j: any) => number} pick
 * @returns {{ value: number, source: string }}
 */
function ref(root, file, pick, what) {
  const j = JSON.parse(readFileSync(join(root, "test", "fixtures", file), "utf8"));
  return { value: pick(j), source: `${file}: ${what}` };
}

/** @param {any} sk @param {string} name @returns {Function} the export, or throws */
function need(sk, name) {
  if (typeof sk[name] !== "function") throw new Error(`semkit has no export '${name}'`);
  return sk[name];
}

/** The SEM work a user does: fit, estimates with SEs, fit measures. */
function semResults(fit) {
  const pe = fit.parameterEstimates();
  const fm = fit.fitMeasures();
  return { fit, pe, fm };
}

function fitMeasure(name) {
  return (r) => {
    const v = r.fm[name];
    if (typeof v !== "number") throw new Error(`fitMeasures() has no '${name}'`);
    return v;
  };
}


/**
 * @typedef {{ kind: "ratio", times: number } | { kind: "absolute", ms: number } | { kind: "csv", ms: number, rssMB: number }} Target
 * @typedef {{ id: string, label: string, target: Target, issueR: string, r: boolean, reference: (root: string) => { value: number, source: string } | null, statistic: string, setup?: (ctx: any) => { run: () => any, check: (res: any) => number } }} Case
 */

/** @type {Case[]} */
export const CASES = [
  {
    id: "hs1939_cfa", label: "HS1939 CFA, ML", target: { kind: "ratio", times: 25 }, issueR: "43.9 ms", r: true,
    statistic: "chisq",
    reference: (root) => ref(root, "hs1939_cfa_ml.json", (j) => j.fit.chisq, "fit.chisq"),
    setup: ({ sk, data, models }) => {
      const cfa = need(sk, "cfa");
      return { run: () => semResults(cfa(models.hs1939, data.hs)), check: fitMeasure("chisq") };
    },
  },
  {
    id: "poldem_sem", label: "PoliticalDemocracy SEM, ML, equality labels", target: { kind: "ratio", times: 25 },
    issueR: "60.3 ms", r: true, statistic: "chisq",
    reference: (root) => ref(root, "poldem_sem_ml.json", (j) => j.fit.chisq, "fit.chisq"),
    setup: ({ sk, data, models }) => {
      const sem = need(sk, "sem");
      return { run: () => semResults(sem(models.poldem, data.pd)), check: fitMeasure("chisq") };
    },
  },
  {
    id: "loyalty_full", label: "loyalty full model (25 items, 7 factors), ML", target: { kind: "ratio", times: 25 },
    issueR: "74.9 ms", r: true, statistic: "chisq",
    reference: (root) => ref(root, "loyalty_full_ml.json", (j) => j.fit.chisq, "fit.chisq"),
    setup: ({ sk, data, models }) => {
      const sem = need(sk, "sem");
      return { run: () => semResults(sem(models.loyaltyFull, data.loy)), check: fitMeasure("chisq") };
    },
  },
  {
    id: "loyalty_core_fiml_mlr", label: "loyalty core, FIML + MLR", target: { kind: "ratio", times: 25 },
    issueR: "595 ms", r: true, statistic: "chisq.scaled",
    reference: (root) => ref(root, "loyalty_core_mlr.json", (j) => j.fit["chisq.scaled"], 'fit["chisq.scaled"]'),
    setup: ({ sk, data, models }) => {
      const sem = need(sk, "sem");
      const opts = { estimator: "MLR", missing: "fiml" };
      return { run: () => semResults(sem(models.loyaltyCore, data.loy, opts)), check: fitMeasure("chisq.scaled") };
    },
  },
  {
    id: "loyalty_core_wlsmv", label: "loyalty core, WLSMV", target: { kind: "ratio", times: 25 }, issueR: "254 ms",
    r: true, statistic: "chisq.scaled",
    reference: (root) => ref(root, "loyalty_core_wlsmv.json", (j) => j.fit["chisq.scaled"], 'fit["chisq.scaled"]'),
    setup: ({ sk, data, models }) => {
      const sem = need(sk, "sem");
      const opts = { estimator: "WLSMV", ordered: true };
      return { run: () => semResults(sem(models.loyaltyCore, data.loy, opts)), check: fitMeasure("chisq.scaled") };
    },
  },
  {
    id: "loyalty_core_boot", label: "loyalty core, 1,000 bootstrap draws", target: { kind: "absolute", ms: 500 },
    issueR: "12.2 s", r: true, statistic: "chisq",
    reference: (root) => ref(root, "loyalty_core_ml.json", (j) => j.fit.chisq, "fit.chisq"),
    setup: ({ sk, data, models }) => {
      const sem = need(sk, "sem");
      const opts = { se: "bootstrap", bootstrap: 1000, seed: 1 };
      const run = () => semResults(sem(models.loyaltyCore, data.loy, opts));
      const check = (r) => {
        if (r.fit.bootstrap?.draws !== 1000) throw new Error("sem() with se: 'bootstrap' returned no 1,000 bootstrap draws");
        return fitMeasure("chisq")(r);
      };
      return { run, check };
    },
  },
  {
    id: "fa_loyalty", label: "psych::fa, 25 items, 7 factors, minres + oblimin", target: { kind: "ratio", times: 9 },
    issueR: "18.3 ms", r: true, statistic: "rms",
    reference: (root) => ref(root, "loyalty_efa.json",
      (j) => j.solutions.find((s) => s.nfactors === 7 && s.fm === "minres" && s.rotate === "oblimin").rms,
      "solutions[minres/oblimin].rms"),
    setup: ({ sk, data }) => {
      const efa = need(sk, "efa");
      const opts = { nfactors: 7, fm: "minres", rotate: "oblimin" };
      return { run: () => efa(data.fa25, opts), check: (r) => r.fit.rms };
    },
  },
  {
    id: "alpha_tru", label: "psych::alpha, 4 items", target: { kind: "ratio", times: 40 }, issueR: "8.0 ms", r: true,
    statistic: "raw_alpha (TRU)",
    reference: (root) => ref(root, "loyalty_alpha.json", (j) => j.scales.TRU.total[0].raw_alpha, "scales.TRU raw_alpha"),
    setup: ({ sk, data }) => {
      const alpha = need(sk, "alpha");
      const opts = { items: ["tru1", "tru2", "tru3", "tru4"] };
      return { run: () => alpha(data.loy, opts), check: (r) => r.total.rawAlpha };
    },
  },
  {
    // 1,000 Monte Carlo replications at n = 300 of the loyalty core model, on 2 worker threads
    id: "power_core_1000", label: "power(): loyalty core, 1,000 replications at n = 300, 2 workers",
    target: { kind: "absolute", ms: 3000 }, issueR: "—", r: false, statistic: "population indirect",
    // analytic: the core model is correctly specified for the population model (ALT, omitted, is independent of
    // SAT, TRU and SWC), so fitting it to the population moments recovers a·b = .55 × .25 (marker loadings equal
    // .80 on SAT, TRU and LOY, so the standardized paths carry over unchanged)
    reference: () => ({ value: 0.55 * 0.25, source: "analytic: population a·b = .55 × .25 (bench/models/loyalty_population.lav)" }),
    setup: ({ models }) => {
      let mod = null;
      const options = { n: [300], reps: 1000, seed: 1, standardized: true, workers: 2 };
      const run = async () => {
        mod ??= await import(new URL("../dist/node/index.js", import.meta.url).href);
        return need(mod, "powerParallel")(models.loyaltyPopulation, models.loyaltyCore, options);
      };
      const check = (res) => {
        const t = res.targets.find((x) => x.name === "indirect");
        if (t === undefined) throw new Error("power() reports no 'indirect' target");
        if (res.rows[0].converged < 990) throw new Error(`only ${res.rows[0].converged} of 1000 replications converged`);
        return t.population;
      };
      return { run, check };
    },
  },
  {
    // PLS-SEM estimation of the ECSI model against seminr's estimate_pls() (path weighting, mode A)
    id: "pls_ecsi", label: "PLS-SEM ECSI model (mobi, 7 constructs), seminr estimate_pls", target: { kind: "ratio", times: 20 },
    issueR: "—", r: true, statistic: "path Satisfaction → Loyalty",
    reference: (root) => ref(root, "pls/mobi_ecsi_pls_modeA.json", (j) => j.paths.find((p) => p.from === "Satisfaction" && p.to === "Loyalty").coefficient,
      "paths[Satisfaction -> Loyalty].coefficient"),
    setup: ({ sk, data, models }) => {
      const pls = need(sk, "pls");
      const run = () => pls(models.ecsiPls, data.mobi);
      const check = (r) => r.paths.find((p) => p.lhs === "Loyalty" && p.rhs === "Satisfaction").est;
      return { run, check };
    },
  },
  {
    // 5,000 bootstrap draws of the ECSI PLS model on 2 worker threads (R side: not timed, see below)
    id: "pls_ecsi_boot5000", label: "PLS-SEM ECSI model, 5,000 bootstrap draws, 2 workers", target: { kind: "absolute", ms: 2000 },
    issueR: "—", r: false, statistic: "bootstrap SE Satisfaction → Loyalty / seminr's",
    // seminr: bootstrap_model(nboot = 2000, seed = 123); the SE ratio must be within 10% of 1
    reference: () => ({ value: 1, source: "pls/mobi_ecsi_pls_modeA.json: bootstrap SE within 10% (checked in the case)" }),
    setup: ({ data, models, root }) => {
      let mod = null;
      const ref0 = JSON.parse(readFileSync(join(root, "test", "fixtures", "pls", "mobi_ecsi_pls_modeA.json"), "utf8"));
      const seRef = ref0.bootstrap.paths.find((p) => p.from === "Satisfaction" && p.to === "Loyalty").boot_se;
      const run = async () => {
        mod ??= await import(new URL("../dist/node/index.js", import.meta.url).href);
        return need(mod, "plsParallel")(models.ecsiPls, data.mobi, { bootstrap: 5000, seed: 1, workers: 2 });
      };
      const check = (r) => {
        const se = r.paths.find((p) => p.lhs === "Loyalty" && p.rhs === "Satisfaction").se;
        if (r.bootstrap?.draws !== 5000) throw new Error("plsParallel returned no 5,000 bootstrap draws");
        const ratio = se / seRef;
        if (!(Math.abs(ratio - 1) < 0.1)) throw new Error(`bootstrap SE ${se} is not within 10% of seminr's ${seRef}`);
        return 1;
      };
      return { run, check };
    },
  },
  {
    id: "csv_1m", label: "1,000,000 respondents × 25 items CSV → covariances → ML fit",
    target: { kind: "csv", ms: 5000, rssMB: 1024 }, issueR: "—", r: false, statistic: "converged",
    reference: () => null,
    // timed in a child process by bench/csv1m/measure.mjs
  },
];

/**
 * Read the models and data once (outside every timed region) with semkit's own parser.
 * @param {any} sk the built package (dist/index.js)
 * @param {string} root repository root
 * @returns {{ models: Record<string,string>, data: Record<string, any> }}
 */
export function loadInputs(sk, root) {
  const model = (f) => readFileSync(join(root, "bench", "models", f), "utf8").trimEnd();
  const csv = (f) => sk.parseCsv(readFileSync(join(root, "data", f), "utf8"));
  const models = {
    hs1939: model("hs1939.lav"), poldem: model("poldem.lav"),
    loyaltyFull: model("loyalty_full.lav"), loyaltyCore: model("loyalty_core.lav"),
    loyaltyPopulation: model("loyalty_population.lav"), ecsiPls: model("ecsi_pls.lav"),
  };
  const loy = sk.reverseCode(csv("loyalty_survey.csv"), REVERSED, SCALE);
  return { models, data: { hs: csv("HolzingerSwineford1939.csv"), pd: csv("PoliticalDemocracy.csv"), loy, fa25: completeCases(loy, ITEMS25), mobi: csv("mobi.csv") } };
}

/**
 * A Dataset of the complete cases of some numeric columns (what R's na.omit(d[, items]) gives psych::fa).
 * @param {{ n: number, columns: Map<string, { kind: string, values: Float64Array }> }} ds
 * @param {string[]} names
 */
export function completeCases(ds, names) {
  const cols = names.map((nm) => ds.columns.get(nm).values);
  const keep = [];
  for (let i = 0; i < ds.n; i++) if (cols.every((c) => !Number.isNaN(c[i]))) keep.push(i);
  const columns = new Map(names.map((nm, j) => [nm, { kind: "numeric", values: Float64Array.from(keep, (i) => cols[j][i]) }]));
  return { names: [...names], n: keep.length, columns };
}

/**
 * Check that each model file is the fixture's model (so both sides fit exactly the reference model).
 * @param {string} root
 * @returns {string[]} problems (empty when all match)
 */
export function checkModels(root) {
  const pairs = [["hs1939.lav", "hs1939_cfa_ml.json"], ["poldem.lav", "poldem_sem_ml.json"],
    ["loyalty_full.lav", "loyalty_full_ml.json"], ["loyalty_core.lav", "loyalty_core_ml.json"],
    ["loyalty_core.lav", "loyalty_core_mlr.json"], ["loyalty_core.lav", "loyalty_core_wlsmv.json"]];
  const out = [];
  for (const [lav, fx] of pairs) {
    const m = readFileSync(join(root, "bench", "models", lav), "utf8").trimEnd();
    const j = JSON.parse(readFileSync(join(root, "test", "fixtures", fx), "utf8"));
    if (m !== j.model.trimEnd()) out.push(`bench/models/${lav} differs from the model in test/fixtures/${fx}`);
  }
  return out;
}
