import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Run `npm run build` when a built file is missing or older than some file under src/. */
export function ensureBuilt(root: string, built: string): void {
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, "src"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
}
