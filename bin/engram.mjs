#!/usr/bin/env node
// The `engram` command: checks the Node version, then runs the TypeScript CLI through tsx.
import "./node-check.mjs";
import { register } from "tsx/esm/api";

// `engram search … | head` closes stdout early: that is not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

register();
const { main } = await import("../core/transports/cli/cli.ts");
const code = await main(process.argv);
// Every command has finished its work here (long-running ones return on Ctrl+C); idle worker
// threads or handles of libraries must not keep the process alive. Exit once stdout is flushed.
process.stdout.write("", () => process.exit(code));
