#!/usr/bin/env node
// Runs a TypeScript entry point through tsx, so scripts always use the current sources.
import { register } from "tsx/esm/api";
import { fileURLToPath, pathToFileURL } from "node:url";
import { resolve } from "node:path";

process.env.DOTENV_CONFIG_QUIET ??= "true";
// The project is where this file lives, wherever the command is started from.
process.env.LAGEBILD_ROOT ??= fileURLToPath(new URL("..", import.meta.url));
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run.js <file.ts> [args…]");
  process.exit(2);
}
register();
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
