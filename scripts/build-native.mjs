// Builds the optional native term scanner (native/termscan.cc → native/build/Release/
// termscan.node) with node-gyp against the Node headers on this machine; never downloads
// them. Part of `npm run build` (and so of setup). Always exits 0: without the addon term
// counting runs in JavaScript with the same results, so a failed build is one line, not
// a failed install. Skipped when the addon is newer than its sources, or LAGEBILD_NATIVE=0.
//   node scripts/build-native.mjs [--force]
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, "native");
const addon = join(dir, "build", "Release", "termscan.node");
const sources = [join(dir, "termscan.cc"), join(dir, "binding.gyp")];

function say(line) {
  console.log(`native term scanner: ${line}`);
}

/** node-gyp: the one npm passes to scripts, else the one bundled with npm beside this node. */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
  ];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

/** Local Node headers: npm's nodedir setting, else the ones installed with this node. */
function nodeDir() {
  const candidates = [process.env.npm_config_nodedir, join(dirname(process.execPath), "..")];
  return candidates.find((c) => c && existsSync(join(c, "include", "node", "node_api.h"))) ?? null;
}

function current() {
  if (!existsSync(addon)) return false;
  const built = statSync(addon).mtimeMs;
  return sources.every((s) => statSync(s).mtimeMs <= built);
}

/** Whether the built addon loads here. */
function loads() {
  try {
    return typeof createRequire(addon)(addon).api === "number";
  } catch {
    return false;
  }
}

function main() {
  if (process.env.LAGEBILD_NATIVE === "0") return say("skipped (LAGEBILD_NATIVE=0); term counting uses JavaScript");
  if (!process.argv.includes("--force") && current()) return say("up to date");
  const gyp = nodeGyp();
  const headers = nodeDir();
  if (!gyp || !headers) {
    return say(`not built (${!gyp ? "node-gyp not found" : "no local Node headers: set npm's nodedir"}); term counting uses JavaScript`);
  }
  const run = spawnSync(process.execPath, [gyp, "rebuild", `--nodedir=${headers}`, "--directory", dir], {
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, npm_config_nodedir: headers }, // node-gyp reads it too
  });
  if (run.status !== 0) {
    const lines = `${run.stderr ?? ""}\n${run.error?.message ?? ""}`.split("\n").filter((l) => /error/i.test(l) && !/^gyp (info|ERR! (cwd|node|command|System|not ok))/.test(l));
    return say(`not built (node-gyp failed: ${lines[0]?.trim() ?? `exit ${run.status}`}); term counting uses JavaScript`);
  }
  say(loads() ? "built, native/build/Release/termscan.node" : "built but does not load; term counting uses JavaScript");
}

try {
  main();
} catch (error) {
  say(`not built (${error.message}); term counting uses JavaScript`);
}
