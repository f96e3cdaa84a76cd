/**
 * The semkit browser app: data → preview → model → analyses → run in a Web Worker → results → downloads.
 * Everything runs in the page; the only files loaded are the app's own.
 */
import type { Lang } from "../../src/thesis.ts";
import { clearCharts } from "./charts.ts";
import { download, h } from "./dom.ts";
import { analysisScript } from "./analysisScript.ts";
import { reportHtml, reportMarkdown } from "./downloads.ts";
import { checkSyntax, problemText } from "./checkSyntax.ts";
import { constructBuilder } from "./constructBuilder.ts";
import { modelEditor } from "./modelEditor.ts";
import type { ModelEditor } from "./modelEditor.ts";
import { t } from "./i18n.ts";
import { dataPreview, likertScale } from "./preview.ts";
import type { LikertScale } from "./preview.ts";
import type { AnalysisChoice, DocPayload, FitSettings, Reply, Request, RunResult } from "./protocol.ts";
import { readData, UnsupportedFileError } from "./readData.ts";
import type { LoadedData } from "./readData.ts";
import { resultView } from "./results.ts";
import { analysesForm, readAnalyses, readSettings } from "./settingsForm.ts";

declare const __SEMKIT_WORKER__: string;
declare const __SEMKIT_VERSION__: string;

interface State {
  lang: Lang;
  data: LoadedData | null;
  scale: LikertScale;
  model: string;
  /** The model of the last run (what the script and model downloads hold, whatever was edited since). */
  ranModel: string;
  result: RunResult | null;
  doc: DocPayload | null;
  status: { key: "ready" | "running" | "done" | "cancelled" | null; text: string; error: boolean };
  settings: FitSettings | null;
  analyses: AnalysisChoice | null;
  /** A run is in the worker. */
  busy: boolean;
}

const state: State = {
  lang: /^zh/i.test(navigator.language) ? "zh-CN" : "en",
  data: null, scale: { min: 1, max: 5, items: [] }, model: "", ranModel: "", result: null, doc: null,
  status: { key: "ready", text: "", error: false }, settings: null, analyses: null, busy: false,
};

let worker: Worker | null = null;
const root = document.getElementById("app")!;
let ui: { editor: ModelEditor; status: HTMLElement; progress: HTMLProgressElement; run: HTMLButtonElement; cancel: HTMLButtonElement; results: HTMLElement; downloads: HTMLElement; preview: HTMLElement; builder: HTMLElement; form: HTMLElement };

/** The worker, created from its inlined code through a Blob URL (so it starts from file:// too). */
function getWorker(): Worker {
  if (worker !== null) return worker;
  const url = URL.createObjectURL(new Blob([__SEMKIT_WORKER__], { type: "text/javascript" }));
  worker = new Worker(url);
  URL.revokeObjectURL(url);
  worker.addEventListener("message", (e: MessageEvent<Reply>) => onReply(e.data));
  worker.addEventListener("error", (e) => {
    // an uncaught error leaves the worker in an unknown state: start a fresh one next time
    worker?.terminate();
    worker = null;
    setStatus(null, `${t("errorPrefix", state.lang)}: ${e.message}`, true);
    running(false);
  });
  return worker;
}

function setStatus(key: State["status"]["key"], text: string, error = false): void {
  state.status = { key, text, error };
  ui.status.textContent = key === null ? text : t(key, state.lang) + (text === "" ? "" : ` — ${text}`);
  ui.status.classList.toggle("bad", error);
}

function running(on: boolean): void {
  state.busy = on;
  ui.run.disabled = on;
  ui.cancel.disabled = !on;
  if (!on) ui.progress.value = ui.progress.max;
}

function onReply(m: Reply): void {
  const lang = state.lang;
  if (m.type === "progress") {
    const label = { fit: t("progFit", lang), bootstrap: t("progBootstrap", lang), analyses: t("progAnalyses", lang), report: t("progReport", lang) }[m.stage];
    const base = { fit: 0, bootstrap: 10, analyses: 80, report: 95 }[m.stage], span = { fit: 10, bootstrap: 70, analyses: 15, report: 5 }[m.stage];
    ui.progress.value = base + (m.total > 0 ? (span * m.done) / m.total : 0);
    setStatus("running", m.stage === "bootstrap" ? `${label} ${m.done}/${m.total}` : label);
  } else if (m.type === "result") {
    state.result = m.result;
    state.doc = m.result.doc;
    running(false);
    drawResults();
    setStatus("done", "");
    // the language was switched during the run: ask for the report in the language now shown
    if (m.result.doc !== null && m.result.doc.lang !== lang) getWorker().postMessage({ type: "document", lang } satisfies Request);
  } else if (m.type === "document") {
    state.doc = m.doc;
    drawResults();
  } else {
    running(false);
    const p = { message: m.message, line: m.line, col: m.col };
    if (m.line !== null) ui.editor.show(p);
    setStatus(null, problemText(p, lang), true);
  }
}

function run(): void {
  const lang = state.lang;
  if (state.data === null) { setStatus(null, `${t("errorPrefix", lang)}: ${t("needData", lang)}`, true); return; }
  const model = ui.editor.textarea.value;
  state.model = model;
  if (model.trim() === "") { setStatus(null, `${t("errorPrefix", lang)}: ${t("needModel", lang)}`, true); return; }
  const problem = checkSyntax(model);
  ui.editor.show(problem);
  if (problem !== null) { setStatus(null, problemText(problem, lang), true); return; }
  state.ranModel = model;
  state.settings = readSettings(ui.form, state.scale);
  state.analyses = readAnalyses(ui.form);
  state.result = null;
  state.doc = null;
  ui.results.replaceChildren();
  ui.downloads.replaceChildren();
  running(true);
  ui.progress.value = 0;
  setStatus("running", t("progFit", lang));
  const req: Request = { type: "run", dataset: state.data.dataset, dataFile: state.data.name, model, settings: state.settings, analyses: state.analyses, lang };
  getWorker().postMessage(req);
}

function cancel(): void {
  worker?.terminate();
  worker = null;
  running(false);
  ui.progress.value = 0;
  setStatus("cancelled", "");
}

async function onFile(file: File | undefined): Promise<void> {
  if (file === undefined) return;
  try {
    state.data = await readData(file);
    state.scale = likertScale(state.data.dataset);
    state.result = null;
    state.doc = null;
    drawData();
    ui.results.replaceChildren();
    ui.downloads.replaceChildren();
    setStatus("ready", "");
  } catch (e) {
    const msg = e instanceof UnsupportedFileError ? `${e.fileName}: ${t(e.key, state.lang)}` : `${file.name}: ${(e as Error).message}`;
    setStatus(null, `${t("errorPrefix", state.lang)}: ${msg}`, true);
  }
}

function drawData(): void {
  clearCharts();
  const d = state.data;
  ui.preview.replaceChildren(d === null ? h("p", {}, t("noData", state.lang)) : dataPreview(d.dataset, { name: d.name, source: d.source }, state.scale, state.lang));
  ui.builder.replaceChildren(d === null ? "" : constructBuilder(state.scale.items, state.lang, (line, rev) => {
    const ta = ui.editor.textarea;
    ta.value = (ta.value.trim() === "" ? "" : ta.value.replace(/\s*$/, "\n")) + line + "\n";
    ta.dispatchEvent(new Event("input"));
    const rv = ui.form.querySelector<HTMLInputElement>("[data-testid=reverse]")!;
    const all = [...rv.value.split(/[,\s]+/).filter((s) => s !== ""), ...rev];
    rv.value = [...new Set(all)].join(", ");
  }));
  const old = ui.form;
  ui.form = analysesForm(d?.dataset ?? null, state.scale, state.lang, old);
  old.replaceWith(ui.form);
}

function drawResults(): void {
  const r = state.result;
  if (r === null) return;
  ui.results.replaceChildren(...resultView({ ...r, doc: state.doc }, state.lang));
  const lang = state.lang;
  const buttons: HTMLElement[] = [];
  const doc = state.doc;
  if (doc !== null) {
    buttons.push(h("button", { type: "button", "data-testid": "download-html", on: { click: () => void reportHtml(doc).then((html) => download("report.html", html, "text/html;charset=utf-8")) } }, t("reportHtml", lang)),
      h("button", { type: "button", "data-testid": "download-md", on: { click: () => void reportMarkdown(doc).then((md) => download("report.md", md, "text/markdown;charset=utf-8")) } }, t("reportMd", lang)));
  }
  const input = { dataFile: state.data?.name ?? "data.csv", model: state.ranModel, settings: state.settings!, analyses: state.analyses!, lang, version: __SEMKIT_VERSION__ };
  buttons.push(h("button", { type: "button", "data-testid": "download-script", on: { click: () => download("analysis.mjs", analysisScript(input), "text/javascript") } }, t("script", lang)),
    h("button", { type: "button", "data-testid": "download-model", on: { click: () => download("model.lav", state.ranModel) } }, t("modelFile", lang)));
  ui.downloads.replaceChildren(...buttons);
}

function switchLang(): void {
  state.lang = state.lang === "en" ? "zh-CN" : "en";
  state.model = ui.editor.textarea.value;
  draw();
  if (state.result !== null) {
    if (state.result.doc !== null) getWorker().postMessage({ type: "document", lang: state.lang } satisfies Request);
    drawResults();
  }
}

/** Draw the whole page in the current language, keeping the data, model, settings and results. */
function draw(): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = t("title", lang);
  const fileInput = h("input", { type: "file", "data-testid": "data-file", accept: ".csv,.tsv,.txt,.xlsx,.sav", on: { change: (e) => void onFile((e.target as HTMLInputElement).files?.[0]) } });
  const drop = h("div", { class: "drop", "data-testid": "drop-zone" }, h("p", {}, t("dropHint", lang)), fileInput);
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); void onFile(e.dataTransfer?.files[0]); });
  const editor = modelEditor(state.model, lang, (s) => { state.model = s; });
  const progress = h("progress", { max: 100, value: 0, "data-testid": "progress" });
  const status = h("span", { class: "status", "data-testid": "status", role: "status" });
  const runBtn = h("button", { type: "button", class: "primary", "data-testid": "run", on: { click: run } }, t("run", lang));
  const cancelBtn = h("button", { type: "button", "data-testid": "cancel", disabled: true, on: { click: cancel } }, t("cancel", lang));
  const form = ui?.form ?? h("div");
  ui = {
    editor, status, progress, run: runBtn, cancel: cancelBtn, form,
    results: h("div", { "data-testid": "results" }), downloads: h("div", { class: "downloads", "data-testid": "downloads" }),
    preview: h("div"), builder: h("div"),
  };
  root.replaceChildren(
    h("header", {}, h("h1", {}, t("title", lang)), h("button", { type: "button", class: "lang", "data-testid": "lang", on: { click: switchLang } }, t("language", lang)), h("p", {}, t("tagline", lang))),
    h("section", {}, h("h2", {}, t("stepData", lang)), drop, ui.preview),
    h("section", {}, h("h2", {}, t("stepModel", lang)), ui.builder, editor.element),
    h("section", {}, h("h2", {}, t("stepAnalyses", lang)), form,
      h("div", { class: "runbar" }, runBtn, cancelBtn, progress, status)),
    h("section", {}, h("h2", {}, t("stepResults", lang)), ui.results),
    h("section", {}, h("h2", {}, t("stepDownloads", lang)), ui.downloads),
  );
  drawData();
  const s = state.status;
  setStatus(s.key, s.text, s.error);
  if (state.busy) running(true);
}

draw();
