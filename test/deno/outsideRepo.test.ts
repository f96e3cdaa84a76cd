import { beforeAll, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureBuilt } from "../helpers/build.ts";

// docs/deno.md: a Deno script in a project outside this repository imports "semkit" and "semkit/node" from the
// project's node_modules (npm install of a local clone = a symlink), with "nodeModulesDir": "manual".
const root = resolve(".");
const deno = join(root, "node_modules", ".bin", "deno");
const project = mkdtempSync(join(tmpdir(), "my-thesis-"));
const alphaRef = (JSON.parse(readFileSync(join(root, "test", "fixtures", "loyalty_alpha.json"), "utf8")) as { scales: { SAT: { total: { raw_alpha: number }[] } } }).scales.SAT.total[0]!.raw_alpha;


beforeAll(() => {
  const built = join(root, "dist", "index.js");
  ensureBuilt(root, built);
  mkdirSync(join(project, "node_modules"));
  symlinkSync(root, join(project, "node_modules", "semkit"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "my-thesis", private: true, type: "module", dependencies: { semkit: `file:${root}` } }));
  writeFileSync(join(project, "deno.json"), JSON.stringify({ nodeModulesDir: "manual" }));
  writeFileSync(join(project, "analysis.ts"), `import { alpha, chart, fitIndexChart, setChartDisplay } from "semkit";
import { readCsvFile } from "semkit/node";
const data = readCsvFile(${JSON.stringify(join(root, "data", "loyalty_survey.csv"))});
console.log(alpha(data, { items: "sat*" }).total.rawAlpha.toFixed(6));
setChartDisplay("static");
const c = await chart(fitIndexChart({ cfi: 0.95, tli: 0.94, rmsea: 0.05, srmr: 0.04 }));
console.log(Object.keys(c[Symbol.for("Jupyter.display")]()).sort().join(","));
`);
}, 600_000);

it("a Deno script outside the repository imports semkit from node_modules and runs", () => {
  const r = spawnSync(deno, ["run", "--allow-read", "--allow-env", "--allow-sys", "--allow-ffi", "analysis.ts"], { cwd: project, encoding: "utf8", timeout: 300_000 });
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.status).toBe(0);
  const [a, keys] = r.stdout.trim().split("\n");
  // psych: alpha(loy[, c("sat1", "sat2", "sat3", "sat4")])$total$raw_alpha (test/fixtures/loyalty_alpha.json)
  expect(a).toBe(alphaRef.toFixed(6));
  expect(keys).toBe("image/svg+xml,text/html,text/plain");
}, 300_000);
