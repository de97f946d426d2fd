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
import { documentResults } from "./pipeline.js";
import { documentOutput, forgetWords, outputBuffers, renumberOutput, vocabulary, VOCABULARY_MAX, type DocumentOutput, type Vocabulary } from "./rows.js";
import { projectRoot } from "./project.js";
import { mergeTermCounts, termCounter, type StreamCountOptions, type TermCounts } from "./terms.js";
import { writeParquetFile, type ParquetColumn, type ParquetFileWriter } from "./parquet.js";
import type { ColumnTable } from "arquero";

export interface PoolOptions {
  /** Worker threads; default: one per core. */
  threads?: number;
  cacheDir?: string;
  cacheEnabled?: boolean;
  fingerprints: Record<Stage, string>;
  /** Old-generation heap limit of each worker in MB (default 512). */
  heapMb?: number;
  /** The run's vocabulary: results come back numbered in it (see rows.ts). */
  vocabulary?: Vocabulary;
  /** Size at which a worker starts its vocabulary again (default VOCABULARY_MAX). */
  vocabularyMax?: number;
  /** Keep what several sides say together (see `extractStatements`). */
  joint?: boolean;
  intentions?: boolean;
}

const WORKER_HEAP_MB = 512; // a 10 MB article still fits; a larger one fails alone, with a message

type Reply = { seq: number; results: DocumentOutput; renewed?: true } | { seq: number; error: string } | { flushed: true };

export interface DocumentPool {
  /** The document's results and table rows, or a rejection with the analysis error. */
  run(doc: Document): Promise<DocumentOutput>;
  /** Set when the workers cannot go on (one could not start, or died twice before answering). */
  failure(): Error | null;
  close(): Promise<void>;
}

/** A document as posted to a worker: the raw text, mostly the clean text itself (a bulk row without boilerplate), is sent once. */
type SlimDocument = Omit<Document, "raw"> & { raw: string | null };
const slim = (doc: Document): SlimDocument => (doc.raw === doc.text ? { ...doc, raw: null } : doc);

/** Worker threads for documentResults; `threads` workers, jobs handed to the least busy one. */
export function documentPool(options: PoolOptions): DocumentPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const vocab = options.vocabulary ?? vocabulary();
  const script = join(projectRoot(), "bin", "worker.js");
  const pending = new Map<number, { doc: Document; resolve: (r: DocumentOutput) => void; reject: (e: Error) => void; worker: number }>();
  const load = new Array<number>(threads).fill(0);
  let seq = 0;
  let failure: Error | null = null;

  const spawn = (i: number, deathsBefore: number): Worker => {
    // A worker holds the lexicons and one document at a time: a heap limit makes it collect
    // garbage early instead of growing towards the machine's default limit.
    const w = new Worker(script, {
      workerData: { task: "documents", cacheDir: options.cacheDir, cacheEnabled: options.cacheEnabled, fingerprints: options.fingerprints, vocabularyMax: options.vocabularyMax ?? VOCABULARY_MAX, joint: options.joint, intentions: options.intentions },
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? WORKER_HEAP_MB },
    });
    let answered = false;
    w.once("exit", () => exited.add(w));
    // This worker's word numbers → the run's; a new worker (or a renewed vocabulary) starts again.
    let local: number[] = [];
    w.on("message", (reply: Reply) => {
      if ("flushed" in reply) return void w.emit("flushed");
      if ("results" in reply) {
        if (reply.renewed) local = [];
        renumberOutput(reply.results, local, vocab);
      }
      answered = true;
      const job = pending.get(reply.seq);
      if (!job) return;
      pending.delete(reply.seq);
      load[i]--;
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.results);
    });
    w.on("error", (error) => {
      const mine = [...pending].filter(([, job]) => job.worker === i).sort((a, b) => a[0] - b[0]);
      const outOfMemory = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      const deaths = answered ? 0 : deathsBefore + 1;
      // A worker that cannot even start ends the pool; one that runs out of memory on a document
      // fails that document, also several in a row (two long articles), up to three without an answer.
      if (!outOfMemory || deaths > 3 || mine.length === 0) {
        failure = error;
        for (const [s, job] of mine) {
          pending.delete(s);
          job.reject(error);
        }
        return;
      }
      // The oldest job was being analysed when memory ran out: it fails alone, with a
      // message; the others go to a fresh worker.
      const [[first, job], ...rest] = mine;
      pending.delete(first);
      job.reject(new Error(`the analysis ran out of memory (worker heap limit ${options.heapMb ?? WORKER_HEAP_MB} MB)`));
      load[i] = 0;
      workers[i] = spawn(i, deaths);
      for (const [s, other] of rest) {
        load[i]++;
        workers[i].postMessage({ seq: s, doc: slim(other.doc) });
      }
    });
    return w;
  };
  const exited = new Set<Worker>();
  const workers = Array.from({ length: threads }, (_, i) => spawn(i, 0));
  return {
    run(doc) {
      if (failure) return Promise.reject(failure);
      const worker = load.indexOf(Math.min(...load));
      load[worker]++;
      const s = seq++;
      return new Promise((resolve, reject) => {
        pending.set(s, { doc, resolve, reject, worker });
        workers[worker].postMessage({ seq: s, doc: slim(doc) });
      });
    },
    failure: () => failure,
    async close() {
      // Each worker first writes the cache results it still holds (see DocumentCache.flush).
      await Promise.all(
        workers.map(async (w) => {
          // A worker that died (memory, a failed start) has nothing to flush and no exit still to come.
          if (exited.has(w)) return;
          await new Promise<void>((done) => {
            w.once("flushed", done).once("exit", done);
            w.postMessage({ flush: true });
          });
          await w.terminate();
        }),
      );
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

/**
 * A worker thread that writes Parquet files while the calling thread goes on with the
 * CSVs: the resident server keeps one, warm, for the corpus tables (encoding 50,000
 * lemma rows takes a tenth of a second). Files are written as `writeParquetFile` writes them.
 */
export function parquetWorker(): { write: ParquetFileWriter; close(): Promise<void> } {
  type Thread = { worker: Worker; pending: Map<number, { resolve: () => void; reject: (e: Error) => void }> };
  let current: Thread | null = null;
  let seq = 0;
  const start = (): Thread => {
    const thread: Thread = { worker: new Worker(join(projectRoot(), "bin", "worker.js"), { workerData: { task: "parquet" } }), pending: new Map() };
    const { worker, pending } = thread;
    // Only a thread with files to write keeps the process alive.
    const settle = (s: number, error?: Error) => {
      const job = pending.get(s);
      pending.delete(s);
      if (pending.size === 0) worker.unref();
      if (error) job?.reject(error);
      else job?.resolve();
    };
    const failAll = (error: Error) => {
      for (const s of [...pending.keys()]) settle(s, error);
      if (current === thread) current = null; // the next write starts a new one
    };
    worker.on("message", (reply: { seq: number; error?: string }) => settle(reply.seq, reply.error === undefined ? undefined : new Error(reply.error)));
    worker.on("error", failAll);
    worker.on("exit", () => failAll(new Error("the Parquet worker stopped")));
    worker.unref();
    return thread;
  };
  return {
    write(file, columns, data) {
      const thread = (current ??= start());
      const s = seq++;
      const done = new Promise<void>((resolve, reject) => thread.pending.set(s, { resolve, reject }));
      thread.worker.ref();
      thread.worker.postMessage({ seq: s, file, columns, data });
      return done;
    },
    async close() {
      await current?.worker.terminate();
    },
  };
}

/** The worker side of every task. */
export function serveTask(): void {
  const task = (workerData as { task: string }).task;
  if (task === "terms") serveTermCounts();
  else if (task === "parquet") serveParquet();
  else serveDocuments();
}

function serveParquet(): void {
  const port = parentPort!;
  port.on("message", ({ seq, file, columns, data }: { seq: number; file: string; columns: ParquetColumn[]; data: unknown[][] }) => {
    writeParquetFile(file, columns, data).then(
      () => port.postMessage({ seq }),
      (error: Error) => port.postMessage({ seq, error: error.message }),
    );
  });
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
  const { cacheDir, cacheEnabled, fingerprints, vocabularyMax, joint, intentions } = workerData as { cacheDir?: string; cacheEnabled?: boolean; fingerprints: Record<Stage, string>; vocabularyMax: number; joint?: boolean; intentions?: boolean };
  const cache = documentCache({ dir: cacheDir, enabled: cacheEnabled, fingerprints });
  let registry: Registry | undefined;
  const getRegistry = () => (registry ??= defaultRegistry());
  let vocab = vocabulary();
  let renewed = false;
  port.on("message", ({ seq, doc: sent, flush }: { seq: number; doc: SlimDocument; flush?: true }) => {
    if (flush) {
      cache.flush();
      return port.postMessage({ flushed: true } satisfies Reply);
    }
    const doc: Document = { ...sent, raw: sent.raw ?? sent.text };
    // A vocabulary grown very large (a huge archive's every spelling) starts again; the next result says so.
    if (vocab.words.length >= vocabularyMax) {
      vocab = vocabulary();
      renewed = true;
    }
    const known = vocab.words.length;
    let reply: Reply;
    try {
      reply = { seq, results: documentOutput(documentResults(doc, { registry: getRegistry, cache, joint, intentions }), vocab), ...(renewed ? { renewed: true as const } : {}) };
      renewed = false;
    } catch (error) {
      // Words numbered for a document that then failed were never sent: forgotten again.
      forgetWords(vocab, known);
      reply = { seq, error: (error as Error).message };
    }
    port.postMessage(reply, "results" in reply ? outputBuffers(reply.results) : []);
  });
}
