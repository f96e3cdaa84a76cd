/**
 * Simulated loyalty survey for the large-file case: `rows` respondents × the 25 loyalty items, 5-point
 * integers, drawn from the loyalty full model. Population: lavaan's implied covariance of the full model
 * (test/fixtures/loyalty_full_ml.json, items in model order) and the item means of the complete cases of
 * data/loyalty_survey.csv (tru4 and swc3 reverse-coded); each row is μ + Lz (L the Cholesky factor, z
 * standard normal from a seeded xoshiro128** + Box–Muller), rounded and clamped to 1..5, then tru4 and swc3
 * are written in their raw (un-reversed) coding 6 − x, as in the real questionnaire.
 *
 * The file goes to a temporary folder (never into the repository) and is reused when it already exists.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ITEMS25, REVERSED } from "../cases.mjs";

const VERSION = 1;

/** xoshiro128** seeded by splitmix32; returns uniforms in (0, 1). */
function rng(seed) {
  let s = seed >>> 0;
  const next32 = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32(), b = next32(), c = next32(), d = next32();
  return () => {
    const r = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t;
    d = ((d << 11) | (d >>> 21)) >>> 0;
    return (r + 0.5) / 4294967296;
  };
}

/** Lower Cholesky factor of an n×n row-major SPD matrix. */
function cholesky(S, n) {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = S[j * n + j];
    for (let k = 0; k < j; k++) d -= L[j * n + k] ** 2;
    if (!(d > 0)) throw new Error("population covariance is not positive definite");
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = S[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = s / ljj;
    }
  }
  return L;
}

/** Item means of the complete cases of the real survey, tru4/swc3 reverse-coded (a tiny CSV reader suffices). */
function populationMeans(root) {
  const lines = readFileSync(join(root, "data", "loyalty_survey.csv"), "utf8").trim().split(/\r?\n/);
  const head = lines[0].split(",").map((h) => h.replace(/"/g, ""));
  const idx = ITEMS25.map((nm) => head.indexOf(nm));
  const sum = new Float64Array(ITEMS25.length);
  let n = 0;
  for (const line of lines.slice(1)) {
    const f = line.split(",");
    const x = idx.map((i) => (f[i] === "" ? NaN : Number(f[i])));
    if (x.some(Number.isNaN)) continue;
    ITEMS25.forEach((nm, j) => { sum[j] += REVERSED.includes(nm) ? 6 - x[j] : x[j]; });
    n++;
  }
  return Array.from(sum, (s) => s / n);
}

/**
 * Make sure the simulated CSV exists; generate it when needed.
 * @param {string} root repository root
 * @param {number} rows number of respondents
 * @returns {{ path: string, generatedMs: number | null }} the file, and how long generating took (null if reused)
 */
export function ensureCsv(root, rows) {
  const dir = join(tmpdir(), "semkit-bench");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `loyalty_sim_${rows}_v${VERSION}.csv`);
  if (existsSync(path)) return { path, generatedMs: null };
  const t0 = performance.now();
  const p = ITEMS25.length;
  const fixture = JSON.parse(readFileSync(join(root, "test", "fixtures", "loyalty_full_ml.json"), "utf8"));
  const L = cholesky(Float64Array.from(fixture.implied.cov.flat()), p);
  const mu = populationMeans(root);
  const rev = ITEMS25.map((nm) => REVERSED.includes(nm));
  const u = rng(20240601);
  const z = new Float64Array(p);
  const tmp = `${path}.${process.pid}.part`;
  const fd = openSync(tmp, "w");
  writeSync(fd, ITEMS25.join(",") + "\n");
  let buf = "";
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < p; j += 2) {
      const rad = Math.sqrt(-2 * Math.log(u())), ang = 2 * Math.PI * u();
      z[j] = rad * Math.cos(ang);
      if (j + 1 < p) z[j + 1] = rad * Math.sin(ang);
    }
    let line = "";
    for (let i = 0; i < p; i++) {
      let x = mu[i];
      for (let k = 0; k <= i; k++) x += L[i * p + k] * z[k];
      let v = Math.min(5, Math.max(1, Math.round(x)));
      if (rev[i]) v = 6 - v;
      line += i === 0 ? String(v) : "," + v;
    }
    buf += line + "\n";
    if (buf.length > 1 << 20) { writeSync(fd, buf); buf = ""; }
  }
  writeSync(fd, buf);
  closeSync(fd);
  renameSync(tmp, path);
  return { path, generatedMs: performance.now() - t0 };
}
