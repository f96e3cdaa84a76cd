/**
 * The analysis worker: fits the model, runs the bootstrap and the further analyses, writes the report, and
 * posts progress and plain-data results to the page. It keeps the last thesis result to write the report
 * again in another language.
 */
import type { Lang, ThesisResult } from "../../src/thesis.ts";
import { t } from "./i18n.ts";
import type { Reply, Request } from "./protocol.ts";
import { runModel } from "./runModel.ts";
import { reportPayload, runThesis, thesisConfig } from "./runThesis.ts";

declare const __SEMKIT_VERSION__: string;

const scope = self as unknown as { postMessage(m: Reply): void; addEventListener(type: "message", f: (e: MessageEvent<Request>) => void): void };
let last: { res: ThesisResult; dataFile: string } | null = null;

function fail(e: unknown): void {
  const err = e as Error & { line?: number; col?: number };
  scope.postMessage({ type: "error", name: err.name ?? "Error", message: err.message ?? String(e), line: err.line ?? null, col: err.col ?? null });
}

function run(req: Extract<Request, { type: "run" }>): void {
  const t0 = performance.now();
  const progress = (stage: "fit" | "bootstrap" | "analyses" | "report", done: number, total: number): void => scope.postMessage({ type: "progress", stage, done, total });
  const { result } = runModel(req.model, req.dataset, req.settings, req.analyses, req.lang, progress);
  const a = req.analyses;
  let doc = null, docError: string | null = null;
  last = null;
  if (a.reliability || a.efa || a.cfa || a.mediation || a.moderation !== null || a.invariance !== null) {
    progress("analyses", 0, 1);
    try {
      const config = thesisConfig(req.model, req.settings, a);
      const res = runThesis(req.dataset, config, a, { notSelected: t("notSelected", req.lang), noPaths: t("noPaths", req.lang) });
      last = { res, dataFile: req.dataFile };
      progress("report", 0, 1);
      doc = reportPayload(res, req.lang, req.dataFile, __SEMKIT_VERSION__);
    } catch (e) {
      docError = (e as Error).message;
    }
  }
  scope.postMessage({ type: "result", result: { ...result, doc, docError, ms: performance.now() - t0 } });
}

scope.addEventListener("message", (e) => {
  const req = e.data;
  try {
    if (req.type === "run") run(req);
    else scope.postMessage({ type: "document", doc: last === null ? null : reportPayload(last.res, req.lang as Lang, last.dataFile, __SEMKIT_VERSION__) });
  } catch (err) {
    fail(err);
  }
});
