#!/usr/bin/env node
// The `engram` command: checks the Node version, then runs the TypeScript CLI through tsx.
import "./node-check.mjs";
import { register } from "tsx/esm/api";

register();
const { main } = await import("../core/server/cli.ts");
process.exitCode = await main(process.argv);
