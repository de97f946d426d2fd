// Work on every core. The per-document step of `lagebild analyze`: each worker runs
// documentResults (text, actors, statements, each from the cache where it is there)
// while the main thread reads the corpus and merges; results come back in the order
// the documents went out. And term counting: each worker counts a slice of the texts,
// the counts merge in slice order.
import { Worker, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Document } from "./corpus.js";
import { defaultRegistry, type Registry } from "./actors.js";
import { documentCache, type Stage } from "./cache.js";
import { documentResults, type DocumentResults } from "./pipeline.js";
import { projectRoot } from "./project.js";
import { mergeTermCounts, termCounter, type StreamCountOptions, type TermCounts } from "./terms.js";
import type { ColumnTable } from "arquero";

export interface PoolOptions {
  /** Worker threads; default: one per core. */
  threads?: number;
  cacheDir?: string;
  cacheEnabled?: boolean;
  fingerprints: Record<Stage, string>;
}

const WORKER_HEAP_MB = 1024;

type Reply = { seq: number; results: DocumentResults } | { seq: number; error: string };

export interface DocumentPool {
  /** The document's results, or a rejection with the analysis error. */
  run(doc: Document): Promise<DocumentResults>;
  close(): Promise<void>;
}

/** Worker threads for documentResults; `threads` workers, jobs handed to the least busy one. */
export function documentPool(options: PoolOptions): DocumentPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const script = join(projectRoot(), "bin", "worker.js");
  const pending = new Map<number, { resolve: (r: DocumentResults) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(threads).fill(0);
  let seq = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: threads }, (_, i) => {
    // A worker holds the lexicons (~200 MB) and one document at a time: a heap limit makes
    // it collect garbage early instead of growing towards the machine's default limit.
    const w = new Worker(script, {
      workerData: { task: "documents", cacheDir: options.cacheDir, cacheEnabled: options.cacheEnabled, fingerprints: options.fingerprints },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    w.on("message", (reply: Reply) => {
      const job = pending.get(reply.seq);
      if (!job) return;
      pending.delete(reply.seq);
      load[i]--;
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.results);
    });
    // A worker that dies takes its jobs with it: they fail, and so does every later one.
    w.on("error", (error) => {
      failure = error;
      for (const [s, job] of pending) if (job.worker === i) { pending.delete(s); job.reject(error); }
    });
    return w;
  });
  return {
    run(doc) {
      if (failure) return Promise.reject(failure);
      const worker = load.indexOf(Math.min(...load));
      load[worker]++;
      const s = seq++;
      return new Promise((resolve, reject) => {
        pending.set(s, { resolve, reject, worker });
        workers[worker].postMessage({ seq: s, doc });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The options of a term count that can cross to a worker (a lexicon object cannot). */
export type ParallelCountOptions = Pick<StreamCountOptions, "by" | "stopwords" | "minLength"> & { threads?: number };

/**
 * `countCorpusTerms` on every core: the texts are cut into one slice per thread (by
 * length), each counted by a worker, and the counts merged in slice order, so the
 * table is the one a single counter gives.
 */
export async function countTermsInParallel(texts: readonly string[], options: ParallelCountOptions = {}): Promise<ColumnTable> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), texts.length));
  const { threads: _, ...countOptions } = options;
  const total = texts.reduce((n, t) => n + t.length, 0);
  const slices: string[][] = [];
  let slice: string[] = [];
  let size = 0;
  for (const text of texts) {
    slice.push(text);
    size += text.length;
    if (size >= (total / threads) * (slices.length + 1) && slices.length < threads - 1) {
      slices.push(slice);
      slice = [];
    }
  }
  slices.push(slice);
  const script = join(projectRoot(), "bin", "worker.js");
  const parts = await Promise.all(
    slices.map(
      (part) =>
        new Promise<TermCounts>((resolve, reject) => {
          const w = new Worker(script, { workerData: { task: "terms", texts: part, options: countOptions } });
          w.once("message", (counts: TermCounts) => {
            resolve(counts);
            void w.terminate();
          });
          w.once("error", reject);
        }),
    ),
  );
  return mergeTermCounts(parts);
}

/** The worker side of every task. */
export function serveTask(): void {
  if ((workerData as { task: string }).task === "terms") serveTermCounts();
  else serveDocuments();
}

function serveTermCounts(): void {
  const { texts, options } = workerData as { texts: string[]; options: StreamCountOptions };
  const counter = termCounter(options);
  for (const text of texts) counter.add(text);
  parentPort!.postMessage(counter.partial());
}

/** The worker side of documentPool: answers every document posted with its results. */
function serveDocuments(): void {
  const port = parentPort;
  if (!port) throw new Error("serveDocuments runs in a worker thread");
  const { cacheDir, cacheEnabled, fingerprints } = workerData as { cacheDir?: string; cacheEnabled?: boolean; fingerprints: Record<Stage, string> };
  const cache = documentCache({ dir: cacheDir, enabled: cacheEnabled, fingerprints });
  let registry: Registry | undefined;
  const getRegistry = () => (registry ??= defaultRegistry());
  port.on("message", ({ seq, doc }: { seq: number; doc: Document }) => {
    let reply: Reply;
    try {
      reply = { seq, results: documentResults(doc, { registry: getRegistry, cache }) };
    } catch (error) {
      reply = { seq, error: (error as Error).message };
    }
    port.postMessage(reply);
  });
}
