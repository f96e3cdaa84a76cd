#!/usr/bin/env node
import { runCli } from "./runCli.ts";

const line = (stream: NodeJS.WriteStream) => (t: string): void => { stream.write(t.endsWith("\n") ? t : t + "\n"); };

runCli(process.argv.slice(2), { out: line(process.stdout), err: line(process.stderr) }).then((code) => { process.exitCode = code; });
