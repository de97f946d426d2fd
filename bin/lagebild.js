#!/usr/bin/env node
// The lagebild command line: compiled JavaScript when current, else the TypeScript sources through tsx (bin/load.js).
import { fileURLToPath } from "node:url";

process.env.DOTENV_CONFIG_QUIET ??= "true";
// The project is where this file lives, wherever the command is started from.
process.env.LAGEBILD_ROOT ??= fileURLToPath(new URL("..", import.meta.url));
const { loadModule } = await import("./load.js");
const { main } = await loadModule("cli");
process.exitCode = await main(process.argv.slice(2));
