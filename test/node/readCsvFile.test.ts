import { describe as suite, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCsvFile } from "../../src/node/readCsvFile.ts";
import { readCsvFile as fromIndex } from "../../src/node/index.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { thrown } from "../robustness/helpers.ts";

const dataDir = fileURLToPath(new URL("../../data", import.meta.url));

suite("readCsvFile", () => {
  it("reads the four shipped CSV files with their documented sizes", () => {
    // sizes from ../shared/reference/README.md (rows) and the header lines
    const cases: [string, number, number][] = [
      ["loyalty_survey.csv", 480, 29],
      ["HolzingerSwineford1939.csv", 301, 15],
      ["PoliticalDemocracy.csv", 75, 11],
      ["mobi.csv", 250, 24],
    ];
    for (const [file, n, p] of cases) {
      const ds = readCsvFile(join(dataDir, file));
      expect(ds.n, file).toBe(n);
      expect(ds.names.length, file).toBe(p);
    }
    expect(fromIndex).toBe(readCsvFile);
  });

  it("names the path when the file is missing", () => {
    const path = join(dataDir, "no_such_file.csv");
    expect(thrown(() => readCsvFile(path), DataError).message).toBe(message.dataFileUnreadable(path, "no such file"));
  });

  it("puts the path in front of parse errors and keeps the row", () => {
    const dir = mkdtempSync(join(tmpdir(), "semkit-"));
    const path = join(dir, "bad.csv");
    writeFileSync(path, "a,b\n1,2\n3\n");
    try {
      const err = thrown(() => readCsvFile(path), DataError);
      expect(err.row).toBe(2);
      expect(err.message).toBe(message.dataInFile(path, message.csvRaggedRow(2, 3, 2, 1)));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it("passes options through (semicolon file with a missing code)", () => {
    const dir = mkdtempSync(join(tmpdir(), "semkit-"));
    const path = join(dir, "eu.csv");
    writeFileSync(path, "\uFEFFx;y\r\n1,5;-99\r\n2,5;3\r\n");
    try {
      const ds = readCsvFile(path, { missing: ["-99"] });
      const x = ds.columns.get("x");
      const y = ds.columns.get("y");
      expect(x?.kind === "numeric" ? Array.from(x.values) : null).toEqual([1.5, 2.5]);
      expect(y?.kind === "numeric" ? Array.from(y.values) : null).toEqual([NaN, 3]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
