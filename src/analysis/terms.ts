// Term frequencies over analysed documents: counts per document and for the
// corpus, tf-idf, n-grams, collocations, keyness of one group against another,
// KWIC concordances and frequencies over time. Every function returns a tidy
// arquero table built column-wise from plain loops (fast on large corpora).
import { table, type ColumnTable } from "arquero";
import type { Sentence, TextLayer, Token, TokenKind } from "./text.js";
import { chiSquareP1, keynessG2, logLikelihood2x2, logRatio, pmi } from "./stats.js";

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
// Rows for `lagebild analyze`

/** terms.csv: doc, term (surface form), lemma, count — stopwords included, as counted in the text. */
export function termRows(doc: TermDocument): Array<{ doc: string; term: string; lemma: string; count: number }> {
  const counts = new Map<string, { term: string; lemma: string; count: number }>();
  for (const t of doc.tokens) {
    if (!TERM_KINDS.has(t.kind)) continue;
    const key = `${t.text}\u0000${t.lemma}`;
    const row = counts.get(key);
    if (row) row.count++;
    else counts.set(key, { term: t.text, lemma: t.lemma, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || compare(a.term, b.term))
    .map((r) => ({ doc: doc.id, ...r }));
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
