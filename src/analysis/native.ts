// The optional native term scanner (native/termscan.cc, a Node-API addon): the hot loop
// of `termCounter` in C++. Built by `npm run -s build:native` (setup does it); when it is
// not built, fails to load, or LAGEBILD_NATIVE=0, term counting runs in JavaScript with
// the very same results. Loaded with a CommonJS require from the project root, so this
// works under ESM, tslab's CommonJS and in worker threads alike (the addon is context-aware).
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

/** Where `npm run -s build:native` puts the addon. */
export function termScanPath(): string {
  return join(projectRoot(), "native", "build", "Release", "termscan.node");
}

/** The addon at `file`, or null when it is missing, does not load, or is of another interface version (a stale build). */
export function loadTermScan(file: string): TermScan | null {
  try {
    const scan = createRequire(file)(file) as Partial<TermScan>;
    return scan.api === TERMSCAN_API ? (scan as TermScan) : null;
  } catch {
    return null;
  }
}

let loaded: TermScan | null | undefined;

/** The native scanner for this thread, or null: LAGEBILD_NATIVE=0 (read on every call), or not built. */
export function termScan(): TermScan | null {
  if (process.env.LAGEBILD_NATIVE === "0") return null;
  if (loaded === undefined) {
    try {
      loaded = loadTermScan(termScanPath());
    } catch {
      loaded = null; // no project root: no addon either
    }
  }
  return loaded;
}
