#!/usr/bin/env node
// The lagebild command line: loads the TypeScript sources through tsx.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

process.env.DOTENV_CONFIG_QUIET ??= "true";
// The project is where this file lives, wherever the command is started from.
process.env.LAGEBILD_ROOT ??= fileURLToPath(new URL("..", import.meta.url));
register();
const { main } = await import("../src/analysis/cli.ts");
process.exitCode = await main(process.argv.slice(2));
