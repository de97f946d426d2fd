#!/usr/bin/env node
// Runs a TypeScript entry point through tsx, so scripts always use the current sources.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

process.env.DOTENV_CONFIG_QUIET ??= "true";
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run.js <file.ts> [args…]");
  process.exit(2);
}
register();
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
