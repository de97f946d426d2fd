// Loads a module of src/analysis for the command line and its worker threads: the
// JavaScript that `npm run build` compiled into dist/ when it is newer than every
// source file (start-up in a fraction of the time), else the TypeScript source
// through tsx, so an edited source is never run stale.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", ".built");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : entry.name.endsWith(".ts") ? statSync(path).mtimeMs : 0);
  }
  return newest;
}

/** Whether dist/ holds a build of the current sources. */
export function compiledIsCurrent() {
  if (process.env.LAGEBILD_TSX === "1" || !existsSync(stamp)) return false;
  return statSync(stamp).mtimeMs >= newestSource(join(root, "src", "analysis"));
}

let tsxRegistered = false;

/** `name` is a module of src/analysis without extension ("cli", "workers"). */
export async function loadModule(name) {
  if (compiledIsCurrent()) return import(pathToFileURL(join(root, "dist", "analysis", `${name}.js`)).href);
  if (!tsxRegistered) {
    const { register } = await import("tsx/esm/api");
    register();
    tsxRegistered = true;
  }
  return import(pathToFileURL(join(root, "src", "analysis", `${name}.ts`)).href);
}
