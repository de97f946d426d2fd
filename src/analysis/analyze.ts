// `lagebild analyze` as a function: a corpus streams through the per-document
// pipeline (on worker threads when there is much to compute) into tidy tables.
//
// Per-document tables (documents, terms, mentions, statements) are written row by
// row in input order, split into `partitions` parts by a hash of the document id
// when asked (Spark/DuckDB style folders). Corpus tables (corpus-terms, comentions,
// stance) come from running totals, so no whole-corpus array of tokens, mentions or
// statements is ever held. Large tables get a Parquet twin.
//
// A run leaves a record (the run state) in the cache folder: which input files it
// read (size, mtime), the totals, and the outputs it wrote. The next run over the
// same inputs with the same options and code reads only files that are new, appends
// their rows to the parts they belong to and rewrites the corpus tables; a changed
// or removed input, a changed manifest, registry, lexicon or pipeline, or outputs
// touched since, make it a full run (per-document results still come from the cache).
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { corpusFingerprint, inputFiles, streamCorpus, type CorpusFingerprint, type Document, type LoadOptions, type Problem } from "./corpus.js";
import { defaultRegistry, type Registry } from "./actors.js";
import { addComentionWindows, comentionStats, comentionTotals, type ComentionTotals, type Window } from "./comentions.js";
import { addToStanceTally, stanceTally, stanceTallyRows, type StanceTally } from "./stance.js";
import { documentResults } from "./pipeline.js";
import { documentOutput, vocabulary, type DocumentOutput, type TableName, type TableRows, type Vocabulary } from "./rows.js";
import { documentCache, pruneCache, sha256, stageFingerprints } from "./cache.js";
import { atomicLineWriter, csvHeader, csvLine, csvLinesOfColumns, writeFileAtomic } from "./export.js";
import { parquetTableWriter, writeParquetFile, type ParquetColumn, type ParquetFileWriter, type ParquetLayout } from "./parquet.js";
import { documentPool } from "./workers.js";
import { cachePath } from "./project.js";

export interface AnalyzeOptions {
  /** Output folder. */
  out: string;
  /** Actor pairs seen in fewer windows are left out of comentions.csv. Default 1. */
  minCount?: number;
  /** Cache folder for per-document results and the run state. Default .cache/analyze. */
  cacheDir?: string;
  /** false: compute everything, read and write no cache and no run state. Default true. */
  cache?: boolean;
  /** Ignore the previous run and rewrite every output (per-document results still come from the cache). */
  rebuild?: boolean;
  load?: Pick<LoadOptions, "languages" | "maxFileSize" | "dedupe">;
  /** Parts per per-document table: 1 writes terms.csv, more write terms/part-000.csv … Default 1. */
  partitions?: number;
  /** Write .parquet next to the CSVs. Default true. */
  parquet?: boolean;
  /** Worker threads; default one per core when more than `WORKERS_FROM` documents are to be read, else none. */
  threads?: number;
  /** Heap limit of each worker thread in MB (default 512): a document that needs more fails alone, with a message. */
  workerHeapMb?: number;
  /** Keep what several sides say together as statements ("Beide Seiten betonten …"); default false, as the annotation leaves them out. */
  joint?: boolean;
  /** Keep declared intentions as statements (see `StatementOptions.intentions`). */
  intentions?: boolean;
  onProblem?: (p: Problem) => void;
  /** Called after each document with the number done and the number expected. */
  onProgress?: (done: number, total: number) => void;
  /** Called at the end of each phase with its name and duration in seconds (where the time goes). */
  onPhase?: (phase: string, seconds: number) => void;
  /**
   * Writes the corpus tables' Parquet files (default: on this thread). The resident server
   * passes its warm worker thread's, so the CSVs are written meanwhile.
   */
  writeParquet?: ParquetFileWriter;
  /**
   * Stops the run when aborted (Ctrl-C, a client that went away): it rejects with the
   * signal's reason, the outputs and the run record stay as they were, and the documents
   * analysed so far stay in the cache for the next run.
   */
  signal?: AbortSignal;
}

export interface AnalyzeSummary {
  /** Documents in the outputs. */
  documents: number;
  /** Documents read in this run (all of them in a full run, the new ones in an incremental one). */
  read: number;
  errors: number;
  warnings: number;
  /** Per-document stage results taken from the cache, of those needed. */
  reused: number;
  needed: number;
  mode: "full" | "incremental";
  outDir: string;
  /** Size and content hash of the corpus in the outputs, for the provenance of charts drawn from them. */
  fingerprint: CorpusFingerprint;
  /** Bytes of cached results of earlier code or data removed after a full run (see pruneCache). */
  pruned: number;
}

/** Fewer documents than this are analysed on the main thread: starting workers costs about a second. (`analyze --help` names the number.) */
export const WORKERS_FROM = 400;
const STATE_VERSION = 7;
const WINDOWS: Window[] = ["sentence", "paragraph", "article"];

// ---------------------------------------------------------------------------
// Tables

interface PerDocTable {
  name: TableName;
  ext: "csv" | "jsonl";
  header?: string[];
  parquet?: readonly ParquetColumn[];
}

const PER_DOC_TABLES: PerDocTable[] = [
  {
    name: "documents",
    ext: "jsonl",
    parquet: [["id", "STRING"], ["title", "STRING"], ["date", "STRING"], ["source", "STRING"], ["url", "STRING"], ["file", "STRING"], ["chars", "INT32"], ["paragraphs", "INT32"], ["sentences", "INT32"], ["tokens", "INT32"]],
  },
  {
    name: "terms",
    ext: "csv",
    header: ["doc", "term", "lemma", "count"],
    parquet: [["doc", "STRING"], ["term", "STRING"], ["lemma", "STRING"], ["count", "INT32"]],
  },
  {
    name: "mentions",
    ext: "jsonl",
    parquet: [["doc", "STRING"], ["actor", "STRING"], ["type", "STRING"], ["surface", "STRING"], ["via", "STRING"], ["start", "INT32"], ["end", "INT32"], ["sentence", "INT32"]],
  },
  { name: "statements", ext: "jsonl" },
];

const CORPUS_TERMS: readonly ParquetColumn[] = [["lemma", "STRING"], ["count", "INT32"], ["doc_count", "INT32"], ["per_10k", "DOUBLE"]];
const COMENTIONS: readonly ParquetColumn[] = [
  ["actor_a", "STRING"], ["actor_b", "STRING"], ["window", "STRING"], ["count", "INT32"], ["docs", "INT32"],
  ["pmi", "DOUBLE"], ["npmi", "DOUBLE"], ["g2", "DOUBLE"], ["jaccard", "DOUBLE"], ["dice", "DOUBLE"],
  // Last, so readers of the first ten columns are not disturbed: what the network and matrix charts need too.
  ["type_a", "STRING"], ["type_b", "STRING"], ["count_a", "INT32"], ["count_b", "INT32"],
];
const STANCE: readonly ParquetColumn[] = [["speaker", "STRING"], ["target", "STRING"], ["polarity", "STRING"], ["count", "INT32"], ["docs", "STRING"], ["statements", "STRING"]];

/** The file of a table's part, relative to the output folder. */
function partFile(table: PerDocTable, part: number, partitions: number, ext: string = table.ext): string {
  return partitions === 1 ? `${table.name}.${ext}` : join(table.name, `part-${String(part).padStart(3, "0")}.${ext}`);
}

/** The part a document's rows go to: stable for its id, whatever else is in the corpus. */
export function partOf(id: string, partitions: number): number {
  return partitions === 1 ? 0 : parseInt(sha256(id).slice(0, 8), 16) % partitions;
}

// ---------------------------------------------------------------------------
// Running totals and the run state

interface Totals {
  documents: number;
  words: number;
  lemmas: LemmaTotals;
  comentions: ComentionTotals[];
  stance: StanceTally;
}

/**
 * Lemma counts over the corpus as columns, one slot per lemma, with the slots in the order
 * of corpus-terms.csv (count descending, then lemma) kept from run to run. After a few
 * added documents only the lemmas they changed are sorted anew and merged back in.
 */
interface LemmaTotals {
  names: string[];
  counts: number[];
  docs: number[];
  /** Slots in corpus-terms order, as of the last sort. */
  order: number[];
  /** Slots changed since (new ones included); null when so many changed that a full sort is cheaper. */
  changed: Set<number> | null;
  /** Lemma → slot; built when first needed. */
  index: Map<string, number> | null;
  /** Each slot's corpus-terms CSV line ("" until made) and the numbers in it, kept in memory between runs (not in the record). */
  lines?: { line: string[]; numbers: Float64Array };
}

function lemmaIndex(lemmas: LemmaTotals): Map<string, number> {
  return (lemmas.index ??= new Map(lemmas.names.map((name, i) => [name, i])));
}

function emptyTotals(): Totals {
  return { documents: 0, words: 0, lemmas: { names: [], counts: [], docs: [], order: [], changed: new Set(), index: null }, comentions: WINDOWS.map((w) => comentionTotals(w)), stance: stanceTally() };
}

/**
 * The run's lemma numbers (in its vocabulary) → slots of the lemma totals (+1; 0: none yet),
 * filled as lemmas come. The numbers are dense, so an array indexed by them, not a Map.
 */
interface LemmaSlots { of: Int32Array }

function addToTotals(totals: Totals, r: DocumentOutput, vocab: Vocabulary, slots: LemmaSlots): void {
  totals.documents++;
  totals.words += r.words;
  const lemmas = totals.lemmas;
  const { ids, counts } = r.lemmas;
  if (vocab.words.length > slots.of.length) {
    const grown = new Int32Array(Math.max(vocab.words.length, slots.of.length * 2));
    grown.set(slots.of);
    slots.of = grown;
  }
  for (let k = 0; k < ids.length; k++) {
    let i = slots.of[ids[k]] - 1;
    if (i < 0) {
      const lemma = vocab.words[ids[k]];
      const index = lemmaIndex(lemmas);
      i = index.get(lemma) ?? -1;
      if (i < 0) {
        i = lemmas.names.length;
        index.set(lemma, i);
        lemmas.names.push(lemma);
        lemmas.counts.push(0);
        lemmas.docs.push(0);
        lemmas.order.push(i);
      }
      slots.of[ids[k]] = i + 1;
    }
    lemmas.counts[i] += counts[k];
    lemmas.docs[i]++;
    lemmas.changed?.add(i);
  }
  if (lemmas.changed && lemmas.changed.size > lemmas.names.length / 8) lemmas.changed = null;
  for (const t of totals.comentions) {
    const windows = t.window === "sentence" ? r.summary.sentences : t.window === "paragraph" ? r.summary.paragraphs : 1;
    addComentionWindows(t, windows, r.mentions);
  }
  addToStanceTally(totals.stance, r.statements);
}

type FileStat = [size: number, mtimeMs: number];

interface RunState {
  version: number;
  outDir: string;
  /** Output file (relative to outDir) → its size and mtime when written. */
  outputs: Record<string, FileStat>;
  /** Article files and manifests read (a missing manifest as [-1, 0]). */
  inputs: Record<string, FileStat>;
  /**
   * Layouts of the per-document Parquet parts, so the next run can extend them; each kept
   * serialized, as a run needs only those of the parts it touches.
   */
  parquet: Record<string, Uint8Array>;
  /** The documents in the outputs, for duplicate checks of later ones and the fingerprint. */
  known: KnownDocuments;
  totals: Totals;
}

function fileStat(path: string): FileStat {
  try {
    const st = statSync(path);
    return [st.size, st.mtimeMs];
  } catch {
    return [-1, 0];
  }
}

const sameStat = (a: FileStat | undefined, b: FileStat) => a !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * Where each document in the outputs came from, compactly: a location is "<file index>" or
 * "<file index>:<line>" into `files`, so a 100,000-row bulk file's path is kept once.
 */
interface KnownDocuments {
  files: string[];
  /** Clean-text hash → "<location>\u0001<id>". */
  byHash: PackedMap;
  /** Document id → location (of the first document with that id). */
  byId: PackedMap;
}

const emptyKnown = (): KnownDocuments => ({ files: [], byHash: packedMap(""), byId: packedMap("") });

function addKnown(known: KnownDocuments, fileIndex: Map<string, number>, doc: Pick<Document, "hash" | "id" | "file" | "line">): void {
  let f = fileIndex.get(doc.file);
  if (f === undefined) {
    fileIndex.set(doc.file, (f = known.files.length));
    known.files.push(doc.file);
  }
  const location = doc.line === undefined ? String(f) : `${f}:${doc.line}`;
  addIfAbsent(known.byHash, doc.hash, `${location}\u0001${doc.id}`);
  addIfAbsent(known.byId, doc.id, location);
}

/** The lookups streamCorpus asks: "file:line (id …)" of a clean-text hash, "file:line" of an id. */
function knownLookups(known: KnownDocuments): NonNullable<LoadOptions["known"]> {
  const where = (location: string) => {
    const colon = location.indexOf(":");
    return colon < 0 ? known.files[Number(location)] : `${known.files[Number(location.slice(0, colon))]}${location.slice(colon)}`;
  };
  return {
    byHash(hash) {
      const entry = lookUp(known.byHash, hash);
      if (entry === undefined) return undefined;
      const cut = entry.indexOf("\u0001");
      return `${where(entry.slice(0, cut))} (id ${entry.slice(cut + 1)})`;
    },
    byId: (id) => {
      const location = lookUp(known.byId, id);
      return location === undefined ? undefined : where(location);
    },
  };
}

/**
 * On disk each large map is one string (and the lemma counts two typed arrays): Maps of
 * 100,000 entries take far longer to (de)serialize, and a small re-run reads and writes
 * the whole record.
 */
type StoredState = Omit<RunState, "known" | "totals"> & {
  known: { files: string[]; byHash: string; byId: string };
  totals: Omit<Totals, "lemmas"> & { lemmas: { names: string; counts: Float64Array; docs: Int32Array; order: Int32Array } };
};

/**
 * A map of strings as the run record stores it, "key\u0002value" entries joined by
 * "\u0000", with the entries added since; made a Map only when a run asks it more than
 * a few keys. A run that adds one article to 100,000 asks two, and unpacking the map and
 * packing it again took longer than analysing the article.
 */
interface PackedMap {
  packed: string;
  added: Array<[string, string]>;
  map: Map<string, string> | null;
  asked: number;
}

const packedMap = (packed: string): PackedMap => ({ packed, added: [], map: packed ? null : new Map(), asked: 0 });
/** Lookups in the packed string before it is unpacked: each scans it once. */
const PACKED_LOOKUPS = 16;

function unpacked(m: PackedMap): Map<string, string> {
  if (m.map) return m.map;
  const map = new Map<string, string>();
  if (m.packed) {
    for (const entry of m.packed.split("\u0000")) {
      const cut = entry.indexOf("\u0002");
      map.set(entry.slice(0, cut), entry.slice(cut + 1));
    }
  }
  for (const [key, value] of m.added) map.set(key, value);
  m.added = [];
  return (m.map = map);
}

function lookUp(m: PackedMap, key: string): string | undefined {
  if (m.map || ++m.asked > PACKED_LOOKUPS) return unpacked(m).get(key);
  for (const [k, value] of m.added) if (k === key) return value;
  const { packed } = m;
  const head = `${key}\u0002`;
  let start: number;
  if (packed.startsWith(head)) start = head.length;
  else {
    const separator = packed.indexOf(`\u0000${head}`);
    if (separator < 0) return undefined;
    start = separator + 1 + head.length;
  }
  const end = packed.indexOf("\u0000", start);
  return packed.slice(start, end < 0 ? packed.length : end);
}

function addIfAbsent(m: PackedMap, key: string, value: string): void {
  if (lookUp(m, key) !== undefined) return;
  if (m.map) m.map.set(key, value);
  else m.added.push([key, value]);
}

/** The map's keys in the order they were added. */
function packedKeys(m: PackedMap): string[] {
  if (m.map) return [...m.map.keys()];
  const keys = m.packed ? m.packed.split("\u0000").map((entry) => entry.slice(0, entry.indexOf("\u0002"))) : [];
  return keys.concat(m.added.map(([key]) => key));
}

/** The map as the record stores it: its entries in the order they were added. */
function packMap(m: PackedMap): string {
  if (m.map) return [...m.map].map(([k, v]) => `${k}\u0002${v}`).join("\u0000");
  const added = m.added.map(([k, v]) => `${k}\u0002${v}`).join("\u0000");
  return !added ? m.packed : !m.packed ? added : `${m.packed}\u0000${added}`;
}

function readState(file: string): RunState | null {
  try {
    const stored = deserialize(readFileSync(file)) as StoredState;
    if (stored.version !== STATE_VERSION) return null;
    const { names, counts, docs, order } = stored.totals.lemmas;
    const lemmas: LemmaTotals = { names: names ? names.split("\u0000") : [], counts: Array.from(counts), docs: Array.from(docs), order: Array.from(order), changed: new Set(), index: null };
    return {
      ...stored,
      known: { files: stored.known.files, byHash: packedMap(stored.known.byHash), byId: packedMap(stored.known.byId) },
      totals: { ...stored.totals, lemmas },
    };
  } catch {
    return null;
  }
}

/**
 * The run records this process wrote last, with the record file's size and mtime then:
 * a long-running process (the resident server, a notebook) takes a record from memory,
 * its lemma index built already, while the file is unchanged. Taken, not shared: a run
 * that fails midway leaves nothing behind, and the next one reads the file.
 */
const keptStates = new Map<string, { state: RunState; stat: FileStat }>();
const KEPT_STATES = 4;

function takeState(file: string): RunState | null {
  const kept = keptStates.get(file);
  keptStates.delete(file);
  return kept && sameStat(kept.stat, fileStat(file)) ? kept.state : readState(file);
}

/** Readies the kept run records for their next run (the lemma index), in a long-running process's idle time. */
export function prepareKeptStates(): void {
  for (const { state } of keptStates.values()) lemmaIndex(state.totals.lemmas);
}

function keepState(file: string, state: RunState): void {
  keptStates.delete(file);
  if (keptStates.size >= KEPT_STATES) keptStates.delete(keptStates.keys().next().value as string);
  keptStates.set(file, { state, stat: fileStat(file) });
}

function writeState(file: string, state: RunState): void {
  const { files, byHash, byId } = state.known;
  const { names, counts, docs, order } = sortLemmaTotals(state.totals.lemmas);
  const stored: StoredState = {
    ...state,
    known: { files, byHash: packMap(byHash), byId: packMap(byId) },
    totals: { ...state.totals, lemmas: { names: names.join("\u0000"), counts: Float64Array.from(counts), docs: Int32Array.from(docs), order: Int32Array.from(order) } },
  };
  writeFileAtomic(file, serialize(stored));
}

/** The files an incremental run has to read, or null when it must be a full run. */
function newInputs(state: RunState | null, current: Record<string, FileStat>, articles: string[], manifests: string[]): string[] | null {
  if (!state) return null;
  for (const [file, st] of Object.entries(state.outputs)) if (!sameStat(st, fileStat(join(state.outDir, file)))) return null;
  for (const [file, st] of Object.entries(state.inputs)) if (!(file in current) || !sameStat(st, current[file])) return null;
  for (const m of manifests) if (!(m in state.inputs)) return null;
  return articles.filter((f) => !(f in state.inputs));
}

// ---------------------------------------------------------------------------
// The run

/** Analyses the corpus in `inputs` and writes the tables into `options.out`; throws when an output cannot be written. */
export async function analyzeCorpus(inputs: string[], options: AnalyzeOptions): Promise<AnalyzeSummary> {
  const outDir = resolve(options.out);
  const partitions = Math.max(1, Math.floor(options.partitions ?? 1));
  const parquet = options.parquet !== false;
  const useCache = options.cache !== false;
  const cacheDir = options.cacheDir ? resolve(options.cacheDir) : cachePath("analyze");
  const fingerprints = stageFingerprints();
  // Statements with joint words are other results: cached apart, and a switch makes a full run.
  if (options.joint) fingerprints.statements = sha256(fingerprints.statements, "joint");
  if (options.intentions) fingerprints.statements = sha256(fingerprints.statements, "intentions");
  const cache = documentCache({ dir: cacheDir, enabled: useCache, fingerprints });
  const resolvedInputs = inputs.map((i) => resolve(i));
  const load = options.load ?? {};
  const stateKey = sha256(JSON.stringify({ inputs: resolvedInputs, load, partitions, parquet, fingerprints }));
  const stateFile = join(cacheDir, "runs", `${stateKey.slice(0, 32)}.bin`);

  removeAbandonedTemps(outDir);
  let phaseStart = process.hrtime.bigint();
  const phase = (name: string) => {
    const now = process.hrtime.bigint();
    options.onPhase?.(name, Number(now - phaseStart) / 1e9);
    phaseStart = now;
  };
  // Stat before reading: a file changed while it is read looks changed to the next run.
  // Paths as given: file names in the outputs stay as the user wrote them.
  const listed = await inputFiles(inputs);
  const inputStats: Record<string, FileStat> = {};
  for (const f of [...listed.articles, ...listed.manifests]) inputStats[f] = fileStat(f);
  phase("list inputs");
  const previous = useCache && !options.rebuild ? takeState(stateFile) : null;
  phase("read run record");
  const added = newInputs(previous, inputStats, listed.articles, listed.manifests);
  const incremental = previous !== null && added !== null;
  const toRead = incremental ? added : inputs;
  const expected = await estimateDocuments(incremental ? added : listed.articles);

  const state: RunState = incremental
    ? { ...previous, outDir, inputs: inputStats, parquet: { ...previous.parquet } }
    : { version: STATE_VERSION, outDir, outputs: {}, inputs: inputStats, parquet: {}, known: emptyKnown(), totals: emptyTotals() };
  const fileIndex = new Map(state.known.files.map((f, i) => [f, i]));
  const summary: AnalyzeSummary = { documents: 0, read: 0, errors: 0, warnings: 0, reused: 0, needed: 0, mode: incremental ? "incremental" : "full", outDir, fingerprint: { documents: 0, hash: "" }, pruned: 0 };
  const report = (p: Problem) => {
    if (p.level === "error") summary.errors++;
    else summary.warnings++;
    options.onProblem?.(p);
  };

  // Per-document parts: a full run writes every part anew; an incremental one starts
  // the parts it touches from their previous content and copies or keeps the rest.
  // Words and lemmas of this run, numbered (see rows.ts), and the lemma totals' slot of each lemma number.
  const vocab = vocabulary();
  const lemmaSlots: LemmaSlots = { of: new Int32Array(1024) };
  const parts = new Map<string, PartWriter>();
  const partWriter = (table: PerDocTable, part: number): PartWriter => {
    const file = partFile(table, part, partitions);
    let w = parts.get(file);
    if (!w) {
      w = openPart(outDir, table, part, partitions, { parquet, words: vocab.words }, incremental ? previous : null);
      parts.set(file, w);
    }
    return w;
  };
  if (!incremental) for (const table of PER_DOC_TABLES) for (let p = 0; p < partitions; p++) partWriter(table, p);

  const threads = options.threads ?? (expected >= WORKERS_FROM ? availableParallelism() : 0);
  const pool = threads > 0 ? documentPool({ threads, cacheDir, cacheEnabled: useCache, fingerprints, vocabulary: vocab, heapMb: options.workerHeapMb, joint: options.joint, intentions: options.intentions }) : null;
  let registry: Registry | undefined;
  const getRegistry = () => (registry ??= defaultRegistry());
  const inFlight: Array<{ doc: Document; results: Promise<DocumentOutput> }> = [];
  // Workers that cannot run (not one document could be analysed) end the run with one message.
  const checkPool = () => {
    const broken = pool?.failure();
    if (broken) throw new Error(`worker threads failed (${broken.message}); --threads 0 analyses on the main thread`);
  };

  const take = async (job: { doc: Document; results: Promise<DocumentOutput> }) => {
    let results: DocumentOutput;
    try {
      results = await job.results;
    } catch (error) {
      if (pool?.failure()) return;
      // One document the analysis cannot handle is reported and left out; the run goes on.
      report({ file: job.doc.file, line: job.doc.line, level: "error", message: `analysis failed, document left out: ${(error as Error).message}` });
      return;
    }
    summary.read++;
    summary.reused += results.reused;
    summary.needed += 3;
    const part = partOf(results.summary.id, partitions);
    for (const table of PER_DOC_TABLES) partWriter(table, part).add(results.rows[table.name]);
    addToTotals(state.totals, results, vocab, lemmaSlots);
    addKnown(state.known, fileIndex, job.doc);
    options.onProgress?.(summary.read, expected);
  };

  try {
    const stream = streamCorpus(toRead, { ...load, known: incremental ? knownLookups(previous!.known) : undefined });
    const interrupted = () => options.signal?.throwIfAborted();
    for await (const item of stream) {
      interrupted();
      if ("message" in item) {
        report(item);
        continue;
      }
      checkPool();
      const results = pool
        ? pool.run(item)
        : new Promise<DocumentOutput>((ok) => ok(documentOutput(documentResults(item, { registry: getRegistry, cache, joint: options.joint, intentions: options.intentions }), vocab)));
      // A failure is reported when its turn comes (take); until then it must not count as unhandled.
      results.catch(() => undefined);
      inFlight.push({ doc: item, results });
      // Results are taken in input order; a few documents per thread are kept in flight.
      while (inFlight.length > (pool ? threads * 8 : 0)) await take(inFlight.shift()!);
    }
    while (inFlight.length > 0) {
      interrupted();
      await take(inFlight.shift()!);
    }
    checkPool();
    interrupted();
  } catch (error) {
    for (const w of parts.values()) w.abort();
    throw error;
  } finally {
    // Also when the run stops early: what was analysed is kept for the next run.
    await pool?.close();
    cache.flush();
  }
  phase("read and analyse");
  summary.documents = state.totals.documents;
  summary.fingerprint = corpusFingerprint(packedKeys(state.known.byHash).map((hash) => ({ hash })));
  if (summary.documents === 0) {
    for (const w of parts.values()) w.abort();
    return summary;
  }

  const written: string[] = [];
  try {
    for (const w of parts.values()) {
      const { files, layout } = w.commit();
      written.push(...files);
      if (layout) state.parquet[layout[0]] = serialize(layout[1]);
    }
    if (incremental) written.push(...carryOver(previous!, outDir, new Set(parts.keys()), parquet));
    else removeStaleParts(outDir, partitions);
    phase("write document tables");
    written.push(...(await writeCorpusTables(outDir, state.totals, { minCount: options.minCount ?? 1, writeParquet: parquet ? (options.writeParquet ?? writeParquetFile) : null })));
    phase("write corpus tables");
  } catch (error) {
    for (const w of parts.values()) w.abort();
    throw error;
  }
  if (useCache) {
    state.outputs = Object.fromEntries(written.map((f) => [f, fileStat(join(outDir, f))]));
    writeState(stateFile, state);
    keepState(stateFile, state);
    phase("write run record");
    // A full run is where a change of code or data shows: results of older fingerprints go then.
    if (!incremental) summary.pruned = pruneCache({ dir: cacheDir, fingerprints }).bytes;
  }
  return summary;
}

/** Documents the article files hold, cheaply: text files count one, bulk files their lines. */
async function estimateDocuments(articles: string[]): Promise<number> {
  let n = 0;
  for (const f of articles) {
    if (!/\.(jsonl|ndjson|csv|tsv)$/i.test(f)) {
      n++;
      continue;
    }
    // Read in chunks: a bulk file of hundreds of megabytes is not held to count its lines.
    let fd: number | undefined;
    try {
      fd = openSync(f, "r");
      const chunk = Buffer.alloc(1 << 20);
      for (let got = readSync(fd, chunk); got > 0; got = readSync(fd, chunk)) {
        for (let i = chunk.indexOf(10); i >= 0 && i < got; i = chunk.indexOf(10, i + 1)) n++;
      }
    } catch {
      // Unreadable: streaming reports it.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return n;
}

// ---------------------------------------------------------------------------
// Writing

interface PartWriter {
  add(rows: TableRows): void;
  /** Puts the part in place; returns the files written (relative to the output folder) and the Parquet file's layout. */
  commit(): { files: string[]; layout?: [string, ParquetLayout] };
  abort(): void;
}

/** One part of a per-document table; `from` is the previous run whose part it extends. */
function openPart(outDir: string, table: PerDocTable, part: number, partitions: number, options: { parquet: boolean; words: readonly string[] }, from: RunState | null): PartWriter {
  const { parquet, words } = options;
  const file = partFile(table, part, partitions);
  const pqFile = partFile(table, part, partitions, "parquet");
  const header = table.header ? csvHeader(table.header) : undefined;
  // Every table has `partitions` parts open at once: their buffers share a budget of
  // about 8 MB of lines and 3,200,000 Parquet rows per table (16 bytes a terms row). Small
  // row groups cost more than their rows: each has its dictionaries and its layout (about
  // a kilobyte, which the run record keeps and every later run reads and writes).
  const chunk = Math.min(1 << 20, Math.max(1 << 16, Math.floor((1 << 23) / partitions)));
  const lines = atomicLineWriter(join(outDir, file), from ? { extend: join(from.outDir, file) } : header, { chunk });
  const rowGroup = Math.min(50_000, Math.max(5_000, Math.floor(3_200_000 / partitions)));
  const stored = from?.parquet[pqFile];
  const layout = stored ? (deserialize(stored) as ParquetLayout) : undefined;
  if (from && parquet && table.parquet && !layout) throw new Error(`internal: no Parquet layout recorded for ${pqFile}`);
  const pq =
    parquet && table.parquet
      ? parquetTableWriter(join(outDir, pqFile), table.parquet, {
          rowGroup,
          extend: from && layout ? { file: join(from.outDir, pqFile), layout } : undefined,
          // One row per document: ids, titles and files do not repeat, a dictionary would only add to them.
          dictionary: table.name !== "documents",
          words,
        })
      : null;
  return {
    add(rows) {
      lines.write(rows.lines);
      if (pq && rows.columns) pq.appendColumns(rows.columns);
    },
    commit() {
      lines.commit();
      if (!pq) return { files: [file] };
      return { files: [file, pqFile], layout: [pqFile, pq.commit()] };
    },
    abort() {
      lines.abort();
      pq?.abort();
    },
  };
}

/** Parts of the previous outputs that got no new rows: kept where they are, or copied to a new output folder. */
function carryOver(previous: RunState, outDir: string, touched: Set<string>, parquet: boolean): string[] {
  const out: string[] = [];
  for (const file of Object.keys(previous.outputs)) {
    const table = PER_DOC_TABLES.find((t) => file === `${t.name}.${t.ext}` || file === `${t.name}.parquet` || file.startsWith(`${t.name}/`));
    if (!table) continue;
    const linesFile = file.replace(/\.parquet$/, `.${table.ext}`);
    if (touched.has(linesFile) || (file.endsWith(".parquet") && !parquet)) continue;
    // Into a new output folder: copied, atomically like every output.
    if (previous.outDir !== outDir) atomicLineWriter(join(outDir, file), { extend: join(previous.outDir, file) }).commit();
    out.push(file);
  }
  return out;
}

/**
 * Temporary files that a killed run left in the output folder (and its part folders): the
 * "<name>.<pid>.<time>.tmp" of writers whose process is gone. Those of a run still going
 * (another process) are left alone.
 */
function removeAbandonedTemps(outDir: string): void {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as { code?: string }).code === "EPERM";
    }
  };
  const sweep = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth > 0) sweep(join(dir, e.name), depth - 1);
      const m = /\.(\d+)\.\d+\.tmp$/.exec(e.name);
      if (e.isFile() && m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(join(dir, e.name), { force: true });
    }
  };
  sweep(outDir, 1);
}

/** Part files of an earlier layout (another partition count) that the tables no longer use. */
function removeStaleParts(outDir: string, partitions: number): void {
  // One file per table uses no part files; parts replace the one file.
  const partsInUse = partitions === 1 ? 0 : partitions;
  for (const table of PER_DOC_TABLES) {
    if (partitions > 1) for (const f of [`${table.name}.${table.ext}`, `${table.name}.parquet`]) rmSync(join(outDir, f), { force: true });
    const dir = join(outDir, table.name);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      const m = /^part-(\d+)\.(csv|jsonl|parquet)$/.exec(f);
      if (m && Number(m[1]) >= partsInUse) rmSync(join(dir, f));
    }
  }
}

const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : x);

/** Puts the lemma slots in corpus-terms order: count descending, then lemma (code units). */
function sortLemmaTotals(lemmas: LemmaTotals): LemmaTotals {
  const { names, counts, changed } = lemmas;
  const before = (i: number, j: number) => counts[j] - counts[i] || (names[i] < names[j] ? -1 : 1);
  if (changed === null) lemmas.order = Array.from(names.keys()).sort(before);
  else if (changed.size > 0) {
    // The unchanged slots keep their order: the changed ones, sorted, go in where a binary
    // search puts them (a few hundred searches instead of comparing every slot).
    const rest = lemmas.order.filter((i) => !changed.has(i));
    const moved = [...changed].sort(before);
    const order = new Array<number>(rest.length + moved.length);
    let k = 0;
    let a = 0;
    for (const m of moved) {
      let lo = a;
      let hi = rest.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(rest[mid], m) < 0) lo = mid + 1;
        else hi = mid;
      }
      while (a < lo) order[k++] = rest[a++];
      order[k++] = m;
    }
    while (a < rest.length) order[k++] = rest[a++];
    lemmas.order = order;
  }
  lemmas.changed = new Set();
  return lemmas;
}

/** corpus-terms, comentions and stance (CSV and Parquet) from the totals; returns the files written. */
async function writeCorpusTables(outDir: string, totals: Totals, options: { minCount: number; writeParquet: ParquetFileWriter | null }): Promise<string[]> {
  const parquet: Array<Promise<void>> = [];
  const written: string[] = [];
  const write = (name: string, columns: readonly ParquetColumn[], data: ArrayLike<unknown>[], lines: () => string) => {
    // Parquet first: on a worker thread it is written while this thread writes the CSV.
    if (options.writeParquet) {
      const done = options.writeParquet(join(outDir, `${name}.parquet`), columns, data);
      done.catch(() => {}); // awaited below (settled first when a CSV fails)
      parquet.push(done);
    }
    const csv = atomicLineWriter(join(outDir, `${name}.csv`), csvHeader(columns.map(([c]) => c)));
    csv.write(lines());
    csv.commit();
    written.push(`${name}.csv`, ...(options.writeParquet ? [`${name}.parquet`] : []));
  };
  try {
    const terms = corpusTermColumns(totals);
    write("corpus-terms", CORPUS_TERMS, terms.data, terms.lines);
    const pairs: unknown[][] = [];
    for (const t of totals.comentions) {
      for (const r of comentionStats(t, { minCount: options.minCount })) {
        pairs.push([r.actor_a, r.actor_b, r.window, r.count, r.docs, round(r.pmi), round(r.npmi), round(r.g2), round(r.jaccard), round(r.dice), r.type_a, r.type_b, r.count_a, r.count_b]);
      }
    }
    const comentions = transpose(pairs, COMENTIONS.length);
    write("comentions", COMENTIONS, comentions, () => csvLinesOfColumns(comentions));
    const stance = transpose(
      stanceTallyRows(totals.stance).map((r) => [r.speaker, r.target, r.polarity, r.count, r.docs, r.statements]),
      STANCE.length,
    );
    write("stance", STANCE, stance, () => csvLinesOfColumns(stance));
  } catch (error) {
    await Promise.allSettled(parquet); // no Parquet file lands after the command failed
    throw error;
  }
  await Promise.all(parquet);
  return written;
}

/**
 * corpus-terms as columns (numbers in typed arrays: filled in one pass, handed to a worker
 * thread without copying element by element) and its CSV lines. A lemma's line is kept
 * with the totals and formatted anew only when its numbers changed: after a few added
 * documents most lines stay as they were (per_10k is rounded to two decimals).
 */
function corpusTermColumns(totals: Totals): { data: ArrayLike<unknown>[]; lines: () => string } {
  const lemmas = sortLemmaTotals(totals.lemmas);
  const { names, counts, docs, order } = lemmas;
  const n = order.length;
  const lemma = new Array<string>(n);
  const count = new Int32Array(n);
  const docCount = new Int32Array(n);
  const per10k = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r];
    lemma[r] = names[i];
    count[r] = counts[i];
    docCount[r] = docs[i];
    per10k[r] = Math.round((counts[i] * 1e6) / totals.words) / 100;
  }
  const lines = () => {
    // Dense arrays, one entry per slot (filled out of order, a sparse array would turn into a slow dictionary).
    if (!lemmas.lines || lemmas.lines.line.length < names.length) {
      const size = Math.max(names.length, 2 * (lemmas.lines?.line.length ?? 0));
      const line = new Array<string>(size).fill("");
      const numbers = new Float64Array(3 * size);
      if (lemmas.lines) {
        lemmas.lines.line.forEach((l, i) => (line[i] = l));
        numbers.set(lemmas.lines.numbers);
      }
      lemmas.lines = { line, numbers };
    }
    const { line, numbers } = lemmas.lines;
    let text = "";
    for (let r = 0; r < n; r++) {
      const i = order[r];
      const at = 3 * i;
      if (line[i] === "" || numbers[at] !== count[r] || numbers[at + 1] !== docCount[r] || numbers[at + 2] !== per10k[r]) {
        line[i] = csvLine([lemma[r], count[r], docCount[r], per10k[r]]);
        numbers[at] = count[r];
        numbers[at + 1] = docCount[r];
        numbers[at + 2] = per10k[r];
      }
      text += line[i];
    }
    return text;
  };
  return { data: [lemma, count, docCount, per10k], lines };
}

function transpose(rows: readonly unknown[][], width: number): unknown[][] {
  const data = Array.from({ length: width }, () => new Array<unknown>(rows.length));
  rows.forEach((row, r) => row.forEach((v, c) => (data[c][r] = v)));
  return data;
}
