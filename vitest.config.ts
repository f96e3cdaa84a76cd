import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The JSON report lets .ci/run print one plain "N passed, M failed" line at the very end of CI.
    reporters: ["default", ["json", { outputFile: "out/test-results.json" }]],
  },
});
