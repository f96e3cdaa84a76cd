import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { message } from "../../src/messages.ts";

/** The text of every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") && name !== "messages.ts" ? [readFileSync(path, "utf8")] : [];
  });
}

describe("src/messages.ts", () => {
  test("every message is used by the library or the app (a key nobody uses is dead text that drifts)", () => {
    const code = [...sources(fileURLToPath(new URL("../../src", import.meta.url))), ...sources(fileURLToPath(new URL("../../app/src", import.meta.url)))].join("\n");
    const unused = Object.keys(message).filter((k) => !new RegExp(`message\\.${k}\\b`).test(code));
    expect(unused).toEqual([]);
    expect(Object.keys(message).length).toBeGreaterThan(300);
  });
});
