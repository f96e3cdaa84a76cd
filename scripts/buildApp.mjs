// Builds the browser app (app/) into app/dist/: index.html, app.css, app.js (classic IIFE bundle with the
// worker's code inlined as a string, started from a Blob URL so it also runs from file://) and worker.js (the
// same worker code as a file, for reading), plus exceljs' browser build and sav.js (sav-reader with browser
// stand-ins for stream and Buffer), each loaded only when an .xlsx or .sav file is opened.
// Usage: node scripts/buildApp.mjs [--dev]   (--dev: no minification)
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "app", "dist");
const minify = !process.argv.includes("--dev");
const common = { bundle: true, format: "iife", platform: "browser", target: "es2022", minify, write: false, logLevel: "warning", legalComments: "none" };

/** esbuild plugin: any node: import reaching the bundle fails the build (the app must stay browser-only). */
const noNode = {
  name: "no-node",
  setup(b) {
    b.onResolve({ filter: /^node:|^(fs|path|stream|os|worker_threads)$/ }, (args) => ({ errors: [{ text: `Node module "${args.path}" imported by ${args.importer}` }] }));
  },
};

/** esbuild plugin for the .sav chunk: sav-reader's `stream` and `fs` imports get browser stand-ins. */
const savShims = {
  name: "sav-shims",
  setup(b) {
    b.onResolve({ filter: /^stream$/ }, () => ({ path: join(root, "app/src/shims/stream.ts") }));
    b.onResolve({ filter: /^fs$/ }, () => ({ path: join(root, "app/src/shims/empty.ts") }));
    // the package exports "." for require() only; the chunk imports it, so point at its CommonJS entry
    b.onResolve({ filter: /^sav-reader$/ }, () => ({ path: join(root, "node_modules/sav-reader/dist/index.js") }));
  },
};

export async function buildApp() {
  const t0 = Date.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const version = JSON.stringify(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  const worker = await build({ ...common, entryPoints: [join(root, "app/src/worker.ts")], plugins: [noNode], define: { __SEMKIT_VERSION__: version } });
  const workerJs = worker.outputFiles[0].text;
  const main = await build({
    ...common, entryPoints: [join(root, "app/src/main.ts")], plugins: [noNode],
    define: { __SEMKIT_WORKER__: JSON.stringify(workerJs), __SEMKIT_VERSION__: version },
  });
  const sav = await build({ ...common, entryPoints: [join(root, "app/src/savChunk.ts")], plugins: [savShims, noNode], inject: [join(root, "app/src/shims/buffer.ts")] });
  writeFileSync(join(out, "sav.js"), sav.outputFiles[0].text);
  writeFileSync(join(out, "worker.js"), workerJs);
  writeFileSync(join(out, "app.js"), main.outputFiles[0].text);
  copyFileSync(join(root, "app/index.html"), join(out, "index.html"));
  copyFileSync(join(root, "app/styles.css"), join(out, "app.css"));
  copyFileSync(join(root, "node_modules/exceljs/dist/exceljs.min.js"), join(out, "exceljs.min.js"));
  return { dir: out, ms: Date.now() - t0, appBytes: main.outputFiles[0].text.length, workerBytes: workerJs.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await buildApp();
  console.log(`app built in ${r.ms} ms: ${r.dir} (app.js ${(r.appBytes / 1e6).toFixed(2)} MB, worker ${(r.workerBytes / 1e6).toFixed(2)} MB)`);
}
