// The per-document step of `lagebild analyze` on worker threads: every core runs
// documentResults (text, actors, statements, each from the cache where it is there)
// while the main thread reads the corpus and merges. Results come back in the order
// the documents went out.
import { Worker, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Document } from "./corpus.js";
import { defaultRegistry, type Registry } from "./actors.js";
import { documentCache, type Stage } from "./cache.js";
import { documentResults, type DocumentResults } from "./pipeline.js";
import { projectRoot } from "./project.js";

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
  const script = join(projectRoot(), "bin", "analyze-worker.js");
  const pending = new Map<number, { resolve: (r: DocumentResults) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(threads).fill(0);
  let seq = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: threads }, (_, i) => {
    // A worker holds the lexicons (~200 MB) and one document at a time: a heap limit makes
    // it collect garbage early instead of growing towards the machine's default limit.
    const w = new Worker(script, {
      workerData: { cacheDir: options.cacheDir, cacheEnabled: options.cacheEnabled, fingerprints: options.fingerprints },
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

/** The worker side: answers every document posted with its results. */
export function serveDocuments(): void {
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
