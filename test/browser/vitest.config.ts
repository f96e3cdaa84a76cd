import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * Browser tests (`npm run test:browser`): they drive Debian's /usr/bin/chromium through playwright-core, so
 * they live apart from `npm test`. Files are named *.browser.ts so the main config (test/**\/*.test.ts) never
 * picks them up.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/browser/**/*.browser.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
