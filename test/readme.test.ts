import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureBuilt } from "./helpers/build.ts";
import ts from "typescript";

// Every `npx semkit` command of README.md runs as written (against the built CLI in dist/) and every ```ts block
// type-checks against the sources and runs.
const root = resolve(".");
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = (lang: string): string[] => [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
const commands = blocks("sh").flatMap((b) => b.split("\n")).map((l) => l.trim()).filter((l) => l.startsWith("npx semkit"));

/** The words of a shell command line: blanks separate, single and double quotes group (no escapes or variables). */
function shellWords(line: string): string[] {
  const out: string[] = [];
  let cur = "", quote: string | null = null, has = false;
  for (const ch of line) {
    if (quote !== null) { if (ch === quote) quote = null; else cur += ch; continue; }
    if (ch === "'" || ch === '"') { quote = ch; has = true; continue; }
    if (/\s/.test(ch)) { if (has || cur !== "") out.push(cur); cur = ""; has = false; continue; }
    cur += ch;
  }
  if (has || cur !== "") out.push(cur);
  return out;
}


const cli = join(root, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "semkit-readme-"));

beforeAll(() => {
  // the commands run the built package, as `npx semkit` does: build it when dist/ is missing or older than src/
  ensureBuilt(root, cli);
  for (const d of ["data", "examples"]) symlinkSync(join(root, d), join(work, d));
}, 600_000);

describe("README: every CLI command runs as written", () => {
  it("lists the commands", () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    expect(commands.some((c) => c.includes("examples/model.lav"))).toBe(true);
  });
  it.each(commands)("%s", (line) => {
    const [, , ...args] = shellWords(line);
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: "utf8", timeout: 600_000 });
    expect(r.stderr.includes("Error") ? r.stderr : "", line).toBe("");
    expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    if (args.includes("--json")) expect(() => JSON.parse(r.stdout)).not.toThrow();
    for (const flag of ["--out", "--chart"]) {
      const at = args.indexOf(flag);
      if (at >= 0) expect(existsSync(join(work, args[at + 1]!)), args[at + 1]).toBe(true);
    }
  }, 600_000);
});

describe("README: the TypeScript blocks type-check and run", () => {
  const sources = blocks("ts").map((code) => code
    .replace(/from "semkit\/node"/g, `from ${JSON.stringify(join(root, "src", "node", "index.ts"))}`)
    .replace(/from "semkit"/g, `from ${JSON.stringify(join(root, "src", "index.ts"))}`));
  it("has blocks", () => expect(sources.length).toBeGreaterThan(0));
  it.each(sources.map((s, i) => [i + 1, s] as const))("block %i", async (i, source) => {
    const file = join(work, `readme_block_${i}.ts`);
    writeFileSync(file, source + "\nexport {};\n");
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, skipLibCheck: true,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: ["node"], typeRoots: [join(root, "node_modules", "@types")],
    });
    const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
    expect(diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    const log = console.log;
    const printed: string[] = [];
    console.log = (...a: unknown[]) => { printed.push(a.join(" ")); };
    try { await import(file); } finally { console.log = log; }
    // each block prints what it shows (the SEM block lavaan's summary, the PLS block its paths)
    expect(printed.join("\n")).toMatch(/Estimate|Expectation/);
  }, 600_000);
});
