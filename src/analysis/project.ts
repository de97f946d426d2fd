// Where the project's data files live. Notebooks run with their own folder as the
// working directory and tslab compiles to CommonJS (no import.meta), so the root is
// found by walking up from the working directory to lagebild's package.json.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type * as Arquero from "arquero";
import type * as Yaml from "yaml";

/** The lagebild project folder: `LAGEBILD_ROOT`, else the nearest ancestor of `from` holding lagebild's package.json. */
export function projectRoot(from: string = process.cwd()): string {
  if (process.env.LAGEBILD_ROOT) return resolve(process.env.LAGEBILD_ROOT);
  let dir = resolve(from);
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && isLagebildPackage(pkg)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`lagebild: no lagebild package.json above ${from}; set LAGEBILD_ROOT`);
    dir = parent;
  }
}

function isLagebildPackage(file: string): boolean {
  try {
    return JSON.parse(readFileSync(file, "utf8")).name === "lagebild";
  } catch {
    return false;
  }
}

/** A path inside the project's `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(projectRoot(), "data", ...parts);
}

/** A path inside the project's cache folder (`.cache/`, ignored by git). */
export function cachePath(...parts: string[]): string {
  return join(projectRoot(), ".cache", ...parts);
}

/** A file inside an installed package, resolved from the project (works under ESM and tslab's CommonJS alike). */
export function resolvePackageFile(id: string): string {
  return createRequire(join(projectRoot(), "package.json")).resolve(id);
}

/** An installed package loaded on demand (a native or heavy module only some calls need). */
export function requirePackage<T>(id: string): T {
  return createRequire(join(projectRoot(), "package.json"))(id) as T;
}

/**
 * A path inside the workplace's shared folder (gold data, corpora, scorers), which
 * sits beside the checkout: `LAGEBILD_SHARED`, else the first `shared/` found next
 * to the project or one level further up. Throws with a hint when there is none.
 */
export function sharedPath(...parts: string[]): string {
  const candidates = process.env.LAGEBILD_SHARED
    ? [resolve(process.env.LAGEBILD_SHARED)]
    : [join(projectRoot(), "..", "shared"), join(projectRoot(), "..", "..", "shared"), "/work/shared"];
  const dir = candidates.find((c) => existsSync(join(c, "corpora")) || existsSync(join(c, "gold")));
  if (!dir) throw new Error(`lagebild: the shared data folder was not found (looked in ${candidates.join(", ")}); set LAGEBILD_SHARED`);
  return join(dir, ...parts);
}

/**
 * arquero's `table()`, with arquero loaded on first use: loading it takes a fifth of a
 * second, and `lagebild analyze` builds no tables, so its start-up is spared that.
 */
export const table = ((...args: Parameters<typeof Arquero.table>) => requirePackage<typeof Arquero>("arquero").table(...args)) as typeof Arquero.table;

/**
 * The YAML library, loaded when a YAML text is first parsed: importing it takes 60–70 ms,
 * which a re-run whose registry and lexicons are all compiled (see compiledOnDisk) need not spend.
 */
export const yamlLibrary = (): typeof Yaml => requirePackage<typeof Yaml>("yaml");
