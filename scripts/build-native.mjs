// Builds the optional native addons (native/termscan.cc, the term scanner, and
// native/snappy.cc, Parquet's page compression → native/build/Release/*.node) with node-gyp
// against the Node headers on this machine; never downloads them. Part of `npm run build`
// (and so of setup). Always exits 0: without the addons the same work runs in JavaScript
// with the same results, so a failed build is one line, not a failed install. Skipped when
// the addons are newer than their sources, or LAGEBILD_NATIVE=0.
//   node scripts/build-native.mjs [--force]
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, "native");
const addons = ["termscan", "snappy"].map((name) => join(dir, "build", "Release", `${name}.node`));
const sources = [join(dir, "termscan.cc"), join(dir, "snappy.cc"), join(dir, "binding.gyp")];
const FALLBACK = "term counting and Parquet compression use JavaScript";

function say(line) {
  console.log(`native addons: ${line}`);
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
  if (!addons.every((a) => existsSync(a))) return false;
  const built = Math.min(...addons.map((a) => statSync(a).mtimeMs));
  return sources.every((s) => statSync(s).mtimeMs <= built);
}

/** Whether the built addons load here. */
function loads() {
  try {
    return addons.every((addon) => typeof createRequire(addon)(addon).api === "number");
  } catch {
    return false;
  }
}

function main() {
  if (process.env.LAGEBILD_NATIVE === "0") return say(`skipped (LAGEBILD_NATIVE=0); ${FALLBACK}`);
  if (!process.argv.includes("--force") && current()) return say("up to date");
  const gyp = nodeGyp();
  const headers = nodeDir();
  if (!gyp || !headers) {
    return say(`not built (${!gyp ? "node-gyp not found" : "no local Node headers: set npm's nodedir"}); ${FALLBACK}`);
  }
  const run = spawnSync(process.execPath, [gyp, "rebuild", `--nodedir=${headers}`, "--directory", dir], {
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, npm_config_nodedir: headers }, // node-gyp reads it too
  });
  if (run.status !== 0) {
    const lines = `${run.stderr ?? ""}\n${run.error?.message ?? ""}`.split("\n").filter((l) => /error/i.test(l) && !/^gyp (info|ERR! (cwd|node|command|System|not ok))/.test(l));
    return say(`not built (node-gyp failed: ${lines[0]?.trim() ?? `exit ${run.status}`}); ${FALLBACK}`);
  }
  say(loads() ? "built, native/build/Release/termscan.node and snappy.node" : `built but does not load; ${FALLBACK}`);
}

try {
  main();
} catch (error) {
  say(`not built (${error.message}); ${FALLBACK}`);
}
