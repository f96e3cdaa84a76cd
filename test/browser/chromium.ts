import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env["SEMKIT_CHROMIUM"] ?? "/usr/bin/chromium";

/** Flags for a quiet, offline, headless run in CI containers (no sandbox: CI runs as root). */
export const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run",
];

/**
 * Launch headless Chromium for a test file.
 * @returns the browser; close it in afterAll
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** Console errors and uncaught page errors of one page, collected from the moment it is opened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  page.on("requestfailed", (req) => errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? "?"})`));
  return errors;
}
