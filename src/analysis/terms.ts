// Term frequencies over analysed documents: counts per document and for the
// corpus, tf-idf, n-grams, collocations, keyness of one group against another,
// KWIC concordances and frequencies over time. Every function returns a tidy
// arquero table built column-wise from plain loops (fast on large corpora).
import type { ColumnTable } from "arquero";
import { table } from "./project.js";
import type { Sentence, TextLayer, Token, TokenKind } from "./text.js";
import { chiSquareP1, keynessG2, logLikelihood2x2, logRatio, pmi } from "./stats.js";
import { defaultLexicon, lemmatize, type Lexicon } from "./lemmas.js";
import { defaultStopwords } from "./text.js";
import { termScan, type TermScan, type TermScanCounter } from "./native.js";

/** What term functions need of a document: its id, metadata and text layer. */
export interface TermDocument extends TextLayer {
  id: string;
  date: string | null;
  source: string | null;
  text: string;
}

export interface TermOptions {
  /** Count lemmas (default), lower-cased surface forms ("norm") or exact surface forms ("text"). */
  by?: "lemma" | "norm" | "text";
  /** Keep stopwords (default false). */
  stopwords?: boolean;
  /** Shortest term in characters (default 2). */
  minLength?: number;
}

/** Tokens that are words of running text; the denominator of relative frequencies. */
const WORD_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(["word", "abbreviation", "number", "ordinal"]);
const TERM_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(["word", "abbreviation"]);

export function isWordToken(t: Token): boolean {
  return WORD_KINDS.has(t.kind);
}

/** The term a token counts as, or null when the options leave it out. */
export function termOf(t: Token, options: TermOptions = {}): string | null {
  if (!TERM_KINDS.has(t.kind)) return null;
  if (t.stop && !options.stopwords) return null;
  const term = options.by === "norm" ? t.norm : options.by === "text" ? t.text : t.lemma;
  return term.length >= (options.minLength ?? 2) ? term : null;
}

/** Number of word tokens in a document (stopwords included). */
export function wordCount(doc: TextLayer): number {
  let n = 0;
  for (const t of doc.tokens) if (WORD_KINDS.has(t.kind)) n++;
  return n;
}

const per10k = (count: number, total: number) => (total > 0 ? (count * 10000) / total : 0);

function countTerms(doc: TextLayer, options: TermOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of doc.tokens) {
    const term = termOf(t, options);
    if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** One row per document and term: doc, term, count, doc_tokens, per_10k. */
export function documentTermCounts(docs: readonly TermDocument[], options: TermOptions = {}): ColumnTable {
  const cols = { doc: [] as string[], term: [] as string[], count: [] as number[], doc_tokens: [] as number[], per_10k: [] as number[] };
  for (const doc of docs) {
    const total = wordCount(doc);
    for (const [term, count] of sortedEntries(countTerms(doc, options))) {
      cols.doc.push(doc.id);
      cols.term.push(term);
      cols.count.push(count);
      cols.doc_tokens.push(total);
      cols.per_10k.push(per10k(count, total));
    }
  }
  return table(cols);
}

/** One row per term over the corpus: term, count, doc_count, per_10k (of all word tokens), sorted by count. */
export function corpusTermCounts(docs: readonly TermDocument[], options: TermOptions = {}): ColumnTable {
  const counts = new Map<string, number>();
  const docCounts = new Map<string, number>();
  let total = 0;
  for (const doc of docs) {
    total += wordCount(doc);
    for (const [term, n] of countTerms(doc, options)) {
      counts.set(term, (counts.get(term) ?? 0) + n);
      docCounts.set(term, (docCounts.get(term) ?? 0) + 1);
    }
  }
  const rows = sortedEntries(counts);
  return table({
    term: rows.map(([t]) => t),
    count: rows.map(([, n]) => n),
    doc_count: rows.map(([t]) => docCounts.get(t) ?? 0),
    per_10k: rows.map(([, n]) => per10k(n, total)),
  });
}

/**
 * tf-idf per document and term: tf = count / word tokens of the document,
 * idf = ln(N / document frequency), tfidf = tf · idf. Sorted by document, then tf-idf.
 */
export function tfidf(docs: readonly TermDocument[], options: TermOptions = {}): ColumnTable {
  const perDoc = docs.map((d) => ({ id: d.id, total: wordCount(d), counts: countTerms(d, options) }));
  const df = new Map<string, number>();
  for (const d of perDoc) for (const term of d.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const cols = { doc: [] as string[], term: [] as string[], count: [] as number[], tf: [] as number[], idf: [] as number[], tfidf: [] as number[] };
  for (const d of perDoc) {
    const rows = [...d.counts].map(([term, count]) => {
      const tf = d.total > 0 ? count / d.total : 0;
      const idf = Math.log(n / (df.get(term) ?? 1));
      return { term, count, tf, idf, tfidf: tf * idf };
    });
    rows.sort((a, b) => b.tfidf - a.tfidf || b.count - a.count || compare(a.term, b.term));
    for (const r of rows) {
      cols.doc.push(d.id);
      cols.term.push(r.term);
      cols.count.push(r.count);
      cols.tf.push(r.tf);
      cols.idf.push(r.idf);
      cols.tfidf.push(r.tfidf);
    }
  }
  return table(cols);
}

// ---------------------------------------------------------------------------
// n-grams and collocations

export interface NgramOptions extends TermOptions {
  /** 2 (default) or 3. */
  n?: number;
}

/**
 * The n-grams of a document: runs of n consecutive terms inside one sentence.
 * Punctuation and left-out tokens (stopwords unless kept) break a run, so no
 * n-gram joins words that were not next to each other.
 */
function documentNgrams(doc: TextLayer, options: NgramOptions): string[][] {
  const n = options.n ?? 2;
  const out: string[][] = [];
  for (const s of doc.sentences) {
    let run: string[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const term = termOf(doc.tokens[k], options);
      if (term === null) {
        run = [];
        continue;
      }
      run.push(term);
      if (run.length > n) run.shift();
      if (run.length === n) out.push(run.slice());
    }
  }
  return out;
}

/** One row per n-gram over the corpus: ngram (terms joined by a space), count, doc_count. */
export function ngramCounts(docs: readonly TermDocument[], options: NgramOptions = {}): ColumnTable {
  const counts = new Map<string, number>();
  const docCounts = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const gram of documentNgrams(doc, options)) {
      const key = gram.join(" ");
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!seen.has(key)) docCounts.set(key, (docCounts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const rows = sortedEntries(counts);
  return table({ ngram: rows.map(([g]) => g), count: rows.map(([, c]) => c), doc_count: rows.map(([g]) => docCounts.get(g) ?? 0) });
}

export interface CollocationOptions extends TermOptions {
  /** Bigrams seen fewer times are left out (default 3): PMI overrates rare pairs. */
  minCount?: number;
}

/**
 * Bigram collocations with Dunning's G² and PMI. Over all N bigrams:
 * k11 = f(w1 w2), k12 = f(w1 ·) − k11, k21 = f(· w2) − k11, k22 = N − k11 − k12 − k21.
 */
export function collocations(docs: readonly TermDocument[], options: CollocationOptions = {}): ColumnTable {
  const pair = new Map<string, number>();
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    for (const [a, b] of documentNgrams(doc, { ...options, n: 2 })) {
      const key = `${a}\u0000${b}`;
      pair.set(key, (pair.get(key) ?? 0) + 1);
      first.set(a, (first.get(a) ?? 0) + 1);
      second.set(b, (second.get(b) ?? 0) + 1);
      n++;
    }
  }
  const minCount = options.minCount ?? 3;
  const rows: Array<{ w1: string; w2: string; count: number; g2: number; pmi: number }> = [];
  for (const [key, k11] of pair) {
    if (k11 < minCount) continue;
    const [w1, w2] = key.split("\u0000");
    const f1 = first.get(w1)!, f2 = second.get(w2)!;
    rows.push({ w1, w2, count: k11, g2: logLikelihood2x2(k11, f1 - k11, f2 - k11, n - f1 - f2 + k11), pmi: pmi(k11, f1, f2, n) });
  }
  rows.sort((a, b) => b.g2 - a.g2 || compare(a.w1 + a.w2, b.w1 + b.w2));
  return table({
    bigram: rows.map((r) => `${r.w1} ${r.w2}`),
    w1: rows.map((r) => r.w1),
    w2: rows.map((r) => r.w2),
    count: rows.map((r) => r.count),
    g2: rows.map((r) => r.g2),
    pmi: rows.map((r) => r.pmi),
  });
}

// ---------------------------------------------------------------------------
// Keyness

/** A group of documents: ids, a date range (ISO, inclusive), sources, or any predicate. */
export type DocumentGroup =
  | { ids?: readonly string[]; from?: string; to?: string; source?: string | readonly string[] }
  | ((doc: TermDocument) => boolean);

/** A predicate for a group description; every given condition must hold. */
export function inGroup(group: DocumentGroup): (doc: TermDocument) => boolean {
  if (typeof group === "function") return group;
  const ids = group.ids ? new Set(group.ids) : null;
  const sources = group.source === undefined ? null : new Set(typeof group.source === "string" ? [group.source] : group.source);
  return (doc) =>
    (ids === null || ids.has(doc.id)) &&
    (sources === null || (doc.source !== null && sources.has(doc.source))) &&
    (group.from === undefined || (doc.date !== null && doc.date >= group.from)) &&
    (group.to === undefined || (doc.date !== null && doc.date <= group.to));
}

export interface KeynessOptions extends TermOptions {
  /** Terms seen fewer times in both groups together are left out (default 3). */
  minCount?: number;
}

/**
 * Keyness of the target group against the reference group (default: all other
 * documents): per term the counts, relative frequencies per 10,000 words, G²
 * log-likelihood with its p-value (χ², 1 df), and the log ratio effect size.
 * Positive log ratio = more frequent in the target. Sorted by G², strongest first.
 */
export function keyness(docs: readonly TermDocument[], target: DocumentGroup, reference?: DocumentGroup, options: KeynessOptions = {}): ColumnTable {
  const isTarget = inGroup(target);
  const isReference = reference === undefined ? (d: TermDocument) => !isTarget(d) : inGroup(reference);
  const tally = (group: TermDocument[]) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const doc of group) {
      total += wordCount(doc);
      for (const [term, n] of countTerms(doc, options)) counts.set(term, (counts.get(term) ?? 0) + n);
    }
    return { counts, total };
  };
  const t = tally(docs.filter(isTarget));
  const r = tally(docs.filter(isReference));
  const minCount = options.minCount ?? 3;
  const rows: Array<Record<string, number | string>> = [];
  for (const term of new Set([...t.counts.keys(), ...r.counts.keys()])) {
    const a = t.counts.get(term) ?? 0;
    const b = r.counts.get(term) ?? 0;
    if (a + b < minCount) continue;
    const g2 = keynessG2(a, b, t.total, r.total);
    rows.push({
      term,
      target_count: a,
      reference_count: b,
      target_per_10k: per10k(a, t.total),
      reference_per_10k: per10k(b, r.total),
      g2,
      p: chiSquareP1(g2),
      log_ratio: logRatio(a, b, t.total, r.total),
    });
  }
  rows.sort((x, y) => (y.g2 as number) - (x.g2 as number) || compare(x.term as string, y.term as string));
  return rowsTable(rows, ["term", "target_count", "reference_count", "target_per_10k", "reference_per_10k", "g2", "p", "log_ratio"]);
}

// ---------------------------------------------------------------------------
// KWIC

export interface KwicOptions {
  /** Words of context on each side, within the sentence (default 8). */
  window?: number;
  /** Match a plain query against surface forms, lemmas, or both (default "both"). */
  match?: "form" | "lemma" | "both";
  /** Also look inside hyphenated compounds ("Zusammenarbeit" in "BRICS-Zusammenarbeit"; default true). */
  parts?: boolean;
}

/** A query piece: "strategisch*" is a prefix; anything else a whole word, case-insensitive. */
function pieceMatcher(piece: string, match: KwicOptions["match"]): (form: string, lemma: string) => boolean {
  const q = piece.toLowerCase();
  if (q.endsWith("*")) {
    const prefix = q.slice(0, -1);
    return (form, lemma) => (match !== "lemma" && form.startsWith(prefix)) || (match === "lemma" && lemma.startsWith(prefix));
  }
  return (form, lemma) => (match !== "lemma" && form === q) || (match !== "form" && lemma === q);
}

/**
 * Keyword in context for a word, lemma, prefix ("strategisch*") or phrase
 * ("strategische Partnerschaft"). One row per hit: doc, sentence (index),
 * sentence_text, left, keyword, right, start, end (offsets of the keyword in the
 * document's clean text: keyword === text.slice(start, end)).
 */
export function kwic(docs: readonly TermDocument[], query: string, options: KwicOptions = {}): ColumnTable {
  const pieces = query.trim().split(/\s+/).filter(Boolean).map((p) => pieceMatcher(p, options.match ?? "both"));
  if (pieces.length === 0) throw new Error("kwic: empty query");
  const window = options.window ?? 8;
  const cols = { doc: [] as string[], sentence: [] as number[], sentence_text: [] as string[], left: [] as string[], keyword: [] as string[], right: [] as string[], start: [] as number[], end: [] as number[] };
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const span = matchAt(doc.tokens, k, s, pieces, options.parts ?? true);
        if (!span) continue;
        const leftStart = doc.tokens[Math.max(s.tokenStart, k - window)].start;
        const lastIndex = k + pieces.length - 1;
        const rightEnd = doc.tokens[Math.min(s.tokenEnd - 1, lastIndex + window)].end;
        cols.doc.push(doc.id);
        cols.sentence.push(s.index);
        cols.sentence_text.push(s.text);
        cols.left.push(doc.text.slice(Math.min(leftStart, span.start), span.start).trim());
        cols.keyword.push(doc.text.slice(span.start, span.end));
        cols.right.push(doc.text.slice(span.end, Math.max(rightEnd, span.end)).trim());
        cols.start.push(span.start);
        cols.end.push(span.end);
      }
    }
  }
  return table(cols);
}

/** Does the query match at token k? Returns the keyword's offsets. */
function matchAt(tokens: Token[], k: number, s: Sentence, pieces: Array<(f: string, l: string) => boolean>, parts: boolean): { start: number; end: number } | null {
  if (k + pieces.length > s.tokenEnd) return null;
  const lower = (t: Token) => t.lemma.toLowerCase();
  if (pieces.every((m, i) => m(tokens[k + i].norm, lower(tokens[k + i])))) return { start: tokens[k].start, end: tokens[k + pieces.length - 1].end };
  // A single-word query may hit one part of a compound.
  if (parts && pieces.length === 1 && tokens[k].parts) {
    for (const p of tokens[k].parts!) if (pieces[0](p.text.toLowerCase(), p.lemma.toLowerCase())) return { start: p.start, end: p.end };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Over time

export interface OverTimeOptions extends TermOptions {
  interval?: "month" | "year";
}

/** The period of an ISO date: "2024-01" (month) or "2024" (year). */
export function periodOf(date: string, interval: "month" | "year" = "month"): string {
  return interval === "year" ? date.slice(0, 4) : date.slice(0, 7);
}

/** Every period from first to last, so gaps show as zeros. */
export function periodRange(first: string, last: string, interval: "month" | "year"): string[] {
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), interval === "year" ? 1 : Number(first.slice(5, 7))];
  for (;;) {
    const key = interval === "year" ? String(y) : `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last || out.length > 10000) break;
    if (interval === "year") y++;
    else if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Counts of the given terms per period: period, term, count, tokens (all word
 * tokens of the period's documents), per_10k. Undated documents are left out.
 */
export function termsOverTime(docs: readonly TermDocument[], terms: readonly string[], options: OverTimeOptions = {}): ColumnTable {
  const interval = options.interval ?? "month";
  const wanted = new Set(terms);
  const tokens = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const doc of docs) {
    if (!doc.date) continue;
    const period = periodOf(doc.date, interval);
    tokens.set(period, (tokens.get(period) ?? 0) + wordCount(doc));
    for (const [term, n] of countTerms(doc, { ...options, stopwords: true })) {
      if (wanted.has(term)) counts.set(`${period}\u0000${term}`, (counts.get(`${period}\u0000${term}`) ?? 0) + n);
    }
  }
  const periods = [...tokens.keys()].sort();
  const cols = { period: [] as string[], term: [] as string[], count: [] as number[], tokens: [] as number[], per_10k: [] as number[] };
  if (periods.length === 0) return table(cols);
  for (const period of periodRange(periods[0], periods[periods.length - 1], interval)) {
    for (const term of terms) {
      const count = counts.get(`${period}\u0000${term}`) ?? 0;
      const total = tokens.get(period) ?? 0;
      cols.period.push(period);
      cols.term.push(term);
      cols.count.push(count);
      cols.tokens.push(total);
      cols.per_10k.push(per10k(count, total));
    }
  }
  return table(cols);
}

// ---------------------------------------------------------------------------
// Streaming corpus counts for large corpora

/** Word characters for the fast scanner: letters, digits, marks (Latin-1 and beyond). */
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const typographic = c >= 0x2000 && c < 0x3040; // dashes, quotes, spaces, symbols
  WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !typographic) ? 1 : 0;
}

export interface StreamCountOptions extends TermOptions {
  lexicon?: Lexicon;
  stopwordList?: ReadonlySet<string>;
}

/**
 * A term counter that never holds the corpus: feed it one text at a time, then
 * read the table. It scans words (letters, digits, inner hyphens and apostrophes,
 * as the text layer does) and counts distinct word types in an open-addressing
 * table keyed by two independent 32-bit hashes of the word (a 64-bit key: with
 * 10⁶ types a collision has odds below 10⁻⁷, and would merge two counts). Each type
 * is lemmatised once, on first sight, without sentence context; so on a few
 * sentence-initial words the lemmas can differ from `corpusTermCounts` on
 * analysed documents. The scan runs in the native addon when it is built (see
 * native.ts; LAGEBILD_NATIVE=0 turns it off), else in JavaScript: same table either way.
 */
export function termCounter(options: StreamCountOptions = {}) {
  const by = options.by ?? "lemma";
  const native = nativeCounter(termScan());
  // The native scan keeps its own type table: the JS one then stays tiny (fresh pages cost).
  const bits = native ? 4 : 16;
  const state: CounterState = {
    termOf: (type) => {
      if (!hasLetter(type)) return null;
      const norm = type.toLowerCase();
      if (!options.stopwords && stopwords.has(norm)) return null;
      const term = by === "norm" ? norm : by === "text" ? type : lemmatize(type, lexicon!).lemma;
      return term.length < minLength ? null : term;
    },
    mask: (1 << bits) - 1,
    slots: new Int32Array(1 << bits).fill(-1),
    hash1: new Int32Array(1 << (bits - 1)),
    hash2: new Int32Array(1 << (bits - 1)),
    typeTerm: new Int32Array(1 << (bits - 1)),
    types: [],
    terms: [],
    termIndex: new Map(),
    termCount: new Float64Array(1 << 12),
    termDocs: new Int32Array(1 << 12),
    termLast: new Int32Array(1 << 12),
    tokens: 0,
    documents: 0,
    native,
  };
  const lexicon = by === "lemma" ? (options.lexicon ?? defaultLexicon()) : null;
  const stopwords = options.stopwordList ?? defaultStopwords();
  const minLength = options.minLength ?? 2;
  return {
    /** Count one document's words. */
    add: (text: string) => (state.native ? scanNative(state, state.native, text) : scanWords(state, text)),
    /** term, count, doc_count, per_10k (of all word tokens), sorted by count, ties in order of first appearance. */
    result: () => counterTable(readNative(state)),
    /** The counts so far as plain data, to merge with other counters' (`mergeTermCounts`). */
    partial: (): TermCounts => counterCounts(readNative(state)),
    /** `native`: the scan runs in the native addon. */
    stats: () => {
      const { native, documents, tokens, types, terms } = readNative(state);
      return { documents, tokens, types: native ? native.scan.types(native.counter) : types.length, terms: terms.length, native: native !== null };
    },
  };
}

/** The tables of a term counter. The scanning functions are module-level, so every counter shares their optimised code. */
interface CounterState {
  termOf: (type: string) => string | null;
  mask: number;
  slots: Int32Array;
  hash1: Int32Array;
  hash2: Int32Array;
  /** Type → term index, -1 when the type is not a term. */
  typeTerm: Int32Array;
  types: string[];
  terms: string[];
  termIndex: Map<string, number>;
  termCount: Float64Array;
  termDocs: Int32Array;
  termLast: Int32Array;
  tokens: number;
  documents: number;
  /** The native scanner's counter, when the addon is there: it then holds the types and counts. */
  native: NativeCounter | null;
}

interface NativeCounter {
  scan: TermScan;
  counter: TermScanCounter;
}

function nativeCounter(scan: TermScan | null): NativeCounter | null {
  return scan ? { scan, counter: scan.create() } : null;
}

/**
 * Count one document's words natively. New types come back as offsets; their terms are
 * decided here (`termOf` stays in JS) and numbered by the addon in order of appearance,
 * as `termIndexOf` numbers them, so the order of first appearance is that of `scanWords`.
 * The addon keeps the term table: a JS Map of 10⁵ fresh strings cost half the first pass.
 */
function scanNative(st: CounterState, native: NativeCounter, text: string): void {
  st.documents++;
  const fresh = native.scan.scan(native.counter, text);
  if (fresh === null) return;
  const n = fresh.length >> 1;
  const terms = new Array<string | null>(n);
  const lengths = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const term = st.termOf(text.slice(fresh[2 * i], fresh[2 * i + 1]));
    terms[i] = term;
    lengths[i] = term === null ? -1 : term.length;
  }
  native.scan.commit(native.counter, terms.join(""), lengths); // join writes null as ""
  for (let i = 0; i < n; i++) if (lengths[i] === st.terms.length) st.terms.push(terms[i]!);
}

/** Copies the native counts into the state's arrays, so the tables read one layout. */
function readNative(st: CounterState): CounterState {
  if (st.native) {
    const n = st.terms.length;
    st.termCount = grow(st.termCount, n);
    st.termDocs = grow(st.termDocs, n);
    st.tokens = st.native.scan.read(st.native.counter, st.termCount.subarray(0, n), st.termDocs.subarray(0, n));
  }
  return st;
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  if (size < a.length) return a;
  const b = new (a.constructor as { new (n: number): T })(Math.max(size + 1, a.length * 2));
  b.set(a);
  return b;
}

function rehash(st: CounterState): void {
  st.mask = st.mask * 2 + 1;
  st.slots = new Int32Array(st.mask + 1).fill(-1);
  for (let t = 0; t < st.types.length; t++) {
    let j = st.hash1[t] & st.mask;
    while (st.slots[j] !== -1) j = (j + 1) & st.mask;
    st.slots[j] = t;
  }
}

function termIndexOf(st: CounterState, type: string): number {
  const term = st.termOf(type);
  if (term === null) return -1;
  let k = st.termIndex.get(term);
  if (k === undefined) {
    k = st.terms.length;
    st.terms.push(term);
    st.termIndex.set(term, k);
    st.termCount = grow(st.termCount, k);
    st.termDocs = grow(st.termDocs, k);
    st.termLast = grow(st.termLast, k);
    st.termLast[k] = -1;
  }
  return k;
}

/** A new word type: store it, decide its term, grow the tables. Returns its index. */
function addType(st: CounterState, text: string, start: number, end: number, slot: number, h1: number, h2: number): number {
  const t = st.types.length;
  st.types.push(text.slice(start, end));
  st.hash1 = grow(st.hash1, t);
  st.hash2 = grow(st.hash2, t);
  st.typeTerm = grow(st.typeTerm, t);
  st.hash1[t] = h1;
  st.hash2[t] = h2;
  st.slots[slot] = t;
  st.typeTerm[t] = termIndexOf(st, st.types[t]);
  if (st.types.length * 2 > st.mask) rehash(st);
  return t;
}

/** Count one document's words. The hot loop keeps the tables in locals; only a new type changes them. */
function scanWords(st: CounterState, text: string): void {
  const doc = st.documents++;
  const len = text.length;
  let { slots: s, mask: m, hash1: f1, hash2: f2, typeTerm: tt, termCount: counts, termDocs: docsOf, termLast: lastDoc } = st;
  let tokens = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h1 = -2128831035; // FNV-1a offset basis
    let h2 = 7;
    for (;;) {
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = (Math.imul(h2, 31) + c) | 0;
      i++;
      while (i < len && WORD_CHAR[(c = text.charCodeAt(i))] === 1) {
        h1 = Math.imul(h1 ^ c, 16777619);
        h2 = (Math.imul(h2, 31) + c) | 0;
        i++;
      }
      // Inner hyphens and apostrophes join ("COVID-19-Pandemie", "geht's"); ’ counts as '.
      if (i + 1 < len && (c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011) && WORD_CHAR[text.charCodeAt(i + 1)] === 1) {
        if (c === 0x2019) c = 39;
        continue;
      }
      break;
    }
    tokens++;
    let j = h1 & m;
    let t = s[j];
    while (t !== -1 && (f1[t] !== h1 || f2[t] !== h2)) {
      j = (j + 1) & m;
      t = s[j];
    }
    if (t === -1) {
      t = addType(st, text, start, i, j, h1, h2);
      ({ slots: s, mask: m, hash1: f1, hash2: f2, typeTerm: tt, termCount: counts, termDocs: docsOf, termLast: lastDoc } = st);
    }
    const k = tt[t];
    if (k < 0) continue;
    counts[k]++;
    if (lastDoc[k] !== doc) {
      docsOf[k]++;
      lastDoc[k] = doc;
    }
  }
  st.tokens += tokens;
}

/** A letter among a word type's characters; most answer at the first character, without a regular expression. */
function hasLetter(type: string): boolean {
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff && c !== 0xf7)) return true;
    if (c > 0xff) break;
  }
  return /\p{L}/u.test(type);
}

/** A counter's table. Its terms are distinct already: no merging, only the sort. */
function counterTable(st: CounterState): ColumnTable {
  return countsTable(st.terms, st.termCount, st.termDocs, st.terms.length, st.tokens);
}

/** A counter's counts as plain data: terms seen, in order of first appearance (every term was counted on creation). */
function counterCounts(st: CounterState): TermCounts {
  const n = st.terms.length;
  return {
    terms: st.terms.slice(),
    counts: plainArray(st.termCount, n),
    docs: plainArray(st.termDocs, n),
    tokens: st.tokens,
    documents: st.documents,
  };
}

/** The first `n` numbers of a typed array as a plain array; a loop, as Array.from iterates several times slower. */
function plainArray(a: Float64Array | Int32Array, n: number): number[] {
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = a[k];
  return out;
}

/** term, count, doc_count, per_10k for the first `n` distinct terms, by count, ties in given order. */
function countsTable(terms: readonly string[], counts: ArrayLike<number>, docs: ArrayLike<number>, n: number, tokens: number): ColumnTable {
  const order = countOrder(counts, n);
  const term = new Array<string>(n);
  const count = new Array<number>(n);
  const docCount = new Array<number>(n);
  const per = new Array<number>(n);
  for (let r = 0; r < n; r++) {
    const k = order[r];
    term[r] = terms[k];
    count[r] = counts[k];
    docCount[r] = docs[k];
    per[r] = per10k(counts[k], tokens);
  }
  return table({ term, count, doc_count: docCount, per_10k: per });
}

/** Counts below this are ordered by a counting sort; the few larger ones by comparison. */
const BUCKETED_COUNTS = 4096;

/**
 * The indices 0…n-1 by count, descending, ties in index order. Most terms are rare, so a
 * stable counting sort places them in one pass; sorting 10⁵ indices with a comparator
 * took as long as a tenth of a corpus scan.
 */
function countOrder(counts: ArrayLike<number>, n: number): Int32Array {
  const bucketed = (c: number) => c >= 0 && c < BUCKETED_COUNTS && c === Math.floor(c);
  const large: number[] = [];
  const start = new Int32Array(BUCKETED_COUNTS);
  for (let k = 0; k < n; k++) {
    if (bucketed(counts[k])) start[counts[k]]++;
    else large.push(k);
  }
  large.sort((a, b) => counts[b] - counts[a] || a - b);
  const order = new Int32Array(n);
  order.set(large);
  let at = large.length;
  for (let c = BUCKETED_COUNTS - 1; c >= 0; c--) {
    const size = start[c];
    start[c] = at;
    at += size;
  }
  for (let k = 0; k < n; k++) if (bucketed(counts[k])) order[start[counts[k]]++] = k;
  return order;
}

/** A counter's terms in order of first appearance, with counts and document counts. */
export interface TermCounts {
  terms: string[];
  counts: number[];
  docs: number[];
  tokens: number;
  documents: number;
}

/**
 * The table of counters that each saw a slice of the texts, given in the order of the
 * slices: the same table one counter would give over all texts (ties stay in order of
 * first appearance).
 */
export function mergeTermCounts(parts: readonly TermCounts[]): ColumnTable {
  const index = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const docs: number[] = [];
  let tokens = 0;
  for (const part of parts) {
    tokens += part.tokens;
    for (let i = 0; i < part.terms.length; i++) {
      const k = index.get(part.terms[i]);
      if (k === undefined) {
        index.set(part.terms[i], terms.length);
        terms.push(part.terms[i]);
        counts.push(part.counts[i]);
        docs.push(part.docs[i]);
      } else {
        counts[k] += part.counts[i];
        docs[k] += part.docs[i];
      }
    }
  }
  return countsTable(terms, counts, docs, terms.length, tokens);
}

/** Corpus term counts straight from texts, streaming (see `termCounter`). */
export function countCorpusTerms(texts: Iterable<string>, options: StreamCountOptions = {}): ColumnTable {
  const counter = termCounter(options);
  for (const text of texts) counter.add(text);
  return counter.result();
}

// ---------------------------------------------------------------------------
// Rows for `lagebild analyze`

/**
 * A document's rows of terms.csv (without its doc column), column by column: every word
 * form as counted in the text, with its lemma; `stop` marks stopwords and non-words (numbers).
 * Ordered by count (descending), then term. Columns, not an object per row: a corpus has
 * hundreds of rows per document, and these go to the cache and the output as they are.
 */
export interface TermRows {
  term: string[];
  lemma: string[];
  count: number[];
  stop: boolean[];
}

export function termRows(doc: TermDocument): TermRows {
  // Keyed by the form alone (no key string per token); a form with two lemmas in one text
  // chains a second row: `next[r]` is the row after r with the same form, -1 at the end.
  const byForm = new Map<string, number>();
  const rows: TermRows = { term: [], lemma: [], count: [], stop: [] };
  const next: number[] = [];
  for (const t of doc.tokens) {
    if (!isWordKind(t.kind)) continue;
    let r = byForm.get(t.text);
    if (r !== undefined) {
      while (rows.lemma[r] !== t.lemma && next[r] >= 0) r = next[r];
      if (rows.lemma[r] === t.lemma) {
        rows.count[r]++;
        continue;
      }
      next[r] = rows.term.length;
    } else byForm.set(t.text, rows.term.length);
    rows.term.push(t.text);
    rows.lemma.push(t.lemma);
    rows.count.push(1);
    rows.stop.push(t.stop || !(t.kind === "word" || t.kind === "abbreviation"));
    next.push(-1);
  }
  return byCountThenTerm(rows);
}

/** WORD_KINDS without a set lookup: this runs for every token. */
function isWordKind(kind: TokenKind): boolean {
  return kind === "word" || kind === "abbreviation" || kind === "number" || kind === "ordinal";
}

/**
 * Rows by count (descending), then term, ties in given order. Most comparisons are
 * settled by the count or by a number made of the term's first three UTF-16 code units
 * (the order of `compare` where they differ); only the rest compare whole strings.
 */
function byCountThenTerm(rows: TermRows): TermRows {
  const { term, count } = rows;
  const n = term.length;
  const prefix = new Float64Array(n);
  for (let r = 0; r < n; r++) prefix[r] = codePrefix(term[r]);
  const order = new Array<number>(n);
  for (let r = 0; r < n; r++) order[r] = r;
  order.sort((a, b) => count[b] - count[a] || prefix[a] - prefix[b] || compare(term[a], term[b]) || a - b);
  const permuted = <T>(column: T[]): T[] => {
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = column[order[i]];
    return out;
  };
  return { term: permuted(term), lemma: permuted(rows.lemma), count: permuted(count), stop: permuted(rows.stop) };
}

/**
 * The first three code units as one number, a missing one as 0: orders as the strings do
 * wherever the numbers differ (a string that ends early has a 0 where the other has a
 * code unit of 0 or more, so ties go to the full comparison).
 */
function codePrefix(s: string): number {
  const c0 = s.length > 0 ? s.charCodeAt(0) : 0;
  const c1 = s.length > 1 ? s.charCodeAt(1) : 0;
  const c2 = s.length > 2 ? s.charCodeAt(2) : 0;
  return c0 * 0x100000000 + c1 * 0x10000 + c2;
}

// ---------------------------------------------------------------------------

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Map entries sorted by count (descending), then term, so output order is stable. */
function sortedEntries(counts: Map<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
}

function rowsTable(rows: Array<Record<string, unknown>>, columns: string[]): ColumnTable {
  const cols: Record<string, unknown[]> = {};
  for (const c of columns) cols[c] = rows.map((r) => r[c]);
  return table(cols);
}
