// Test-only Node module hooks: load semkit's .ts sources in worker threads (vitest transforms the main
// thread only). Type annotations are stripped with TypeScript's transpileModule.
import { readFile } from "node:fs/promises";
import ts from "typescript";

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  const source = await readFile(new URL(url), "utf8");
  const out = ts.transpileModule(source, {
    fileName: new URL(url).pathname,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true, sourceMap: false },
  });
  return { format: "module", source: out.outputText, shortCircuit: true };
}
