#!/usr/bin/env node
// The lagebild command line: compiled JavaScript when current, else the TypeScript sources through tsx (bin/load.js).
// `analyze` goes to the project's resident server when one runs (lagebild server start).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

process.env.DOTENV_CONFIG_QUIET ??= "true";
// The project is where this file lives, wherever the command is started from.
process.env.LAGEBILD_ROOT ??= fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const serverDir = process.env.LAGEBILD_SERVER_DIR ?? join(process.env.LAGEBILD_ROOT, ".cache", "server");
let exit = null;
if (argv[0] === "analyze" && !argv.includes("--no-server") && !argv.includes("--help") && process.env.LAGEBILD_SERVER !== "0" && existsSync(join(serverDir, "server.json"))) {
  const { runInServer } = await import("./client.js");
  exit = await runInServer(serverDir, argv, { out: (l) => console.log(l), err: (l) => console.error(l) });
}
if (exit === null) {
  const { loadModule } = await import("./load.js");
  const { main } = await loadModule("cli");
  exit = await main(argv);
}
process.exitCode = exit;
