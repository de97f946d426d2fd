// The optional native addons (Node-API, C++): the term scanner (native/termscan.cc, the hot
// loop of `termCounter`) and Snappy compression of Parquet pages (native/snappy.cc). Built by
// `npm run -s build:native` (setup does it); when one is not built, fails to load, or
// LAGEBILD_NATIVE=0, the same work runs in JavaScript with the very same results. Loaded with
// a CommonJS require from the project root, so this works under ESM, tslab's CommonJS and in
// worker threads alike (the addons are context-aware).
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "./project.js";

/** One native counter: the addon's type table and counts (opaque to JS). */
export type TermScanCounter = { readonly __termScanCounter: true };

/** The version of the addon's interface this code calls (kApi in native/termscan.cc). */
const TERMSCAN_API = 1;

/** The addon's functions (see native/termscan.cc). */
export interface TermScan {
  api: number;
  create(): TermScanCounter;
  /** Counts a document; or returns the [start, end) offsets of its new types, and the document waits for `commit`. */
  scan(counter: TermScanCounter, text: string): Int32Array | null;
  /**
   * The new types' terms, concatenated, and each one's length (-1: not a term); counts the
   * waiting document. Overwrites each length with the term's index: terms are numbered by
   * first sight, so a term is new when its index is the number of terms known before.
   */
  commit(counter: TermScanCounter, joined: string, lengths: Int32Array): void;
  /** Fills counts and document counts of the first `counts.length` terms; returns the word tokens seen. */
  read(counter: TermScanCounter, counts: Float64Array, docs: Int32Array): number;
  /** Distinct word types seen. */
  types(counter: TermScanCounter): number;
}

/** Where `npm run -s build:native` puts an addon. */
const addonPath = (name: string) => join(projectRoot(), "native", "build", "Release", `${name}.node`);

/** The addon at `file`, or null when it is missing, does not load, or is of another interface version (a stale build). */
function loadAddon<T extends { api: number }>(file: string, api: number): T | null {
  try {
    const addon = createRequire(file)(file) as Partial<T>;
    return addon.api === api ? (addon as T) : null;
  } catch {
    return null;
  }
}

/** An addon for this thread, loaded once, or null: LAGEBILD_NATIVE=0 (read on every call), or not built. */
function nativeAddon<T extends { api: number }>(name: string, api: number): () => T | null {
  let loaded: T | null | undefined;
  return () => {
    if (process.env.LAGEBILD_NATIVE === "0") return null;
    if (loaded === undefined) {
      try {
        loaded = loadAddon<T>(addonPath(name), api);
      } catch {
        loaded = null; // no project root: no addon either
      }
    }
    return loaded;
  };
}

export const termScanPath = (): string => addonPath("termscan");
export const loadTermScan = (file: string): TermScan | null => loadAddon<TermScan>(file, TERMSCAN_API);
/** The native scanner for this thread, or null (see nativeAddon). */
export const termScan = nativeAddon<TermScan>("termscan", TERMSCAN_API);

/** The version of the Snappy addon's interface this code calls (kApi in native/snappy.cc). */
const SNAPPY_API = 1;

/** The Snappy addon's functions (see native/snappy.cc). */
export interface SnappyAddon {
  api: number;
  /** The bytes hyparquet-writer's snappyCompress gives for `bytes`. */
  compress(bytes: Uint8Array): Uint8Array;
}

export const snappyPath = (): string => addonPath("snappy");
export const loadSnappy = (file: string): SnappyAddon | null => loadAddon<SnappyAddon>(file, SNAPPY_API);
/** The native Snappy compressor for this thread, or null (see nativeAddon). */
export const nativeSnappy = nativeAddon<SnappyAddon>("snappy", SNAPPY_API);
