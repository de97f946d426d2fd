// One document through every analysis, as `lagebild analyze` writes it: summary,
// word counts, actor mentions, statements with stance. Each stage's result is
// cached per document (see cache.ts); the text layer is computed only when a
// stage is missing from the cache.
import type { Document } from "./corpus.js";
import { analyzeDocument, type TextLayer } from "./text.js";
import { termRows, type TermRows } from "./terms.js";
import { matchActors, type Mention, type Registry } from "./actors.js";
import { documentStance, toRow, type StatementRow } from "./stance.js";
import { toActorMentions } from "./statements.js";
import { sha256, type DocumentCache } from "./cache.js";

/** One row of documents.jsonl. */
export interface DocumentSummary {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  file: string;
  chars: number;
  paragraphs: number;
  sentences: number;
  tokens: number;
  removed: Array<{ reason: string; text: string }>;
}

export function summarizeDocument(doc: Document & TextLayer): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    source: doc.source,
    url: doc.url,
    file: doc.line === undefined ? doc.file : `${doc.file}:${doc.line}`,
    chars: doc.text.length,
    paragraphs: doc.paragraphs.length,
    sentences: doc.sentences.length,
    tokens: doc.tokens.filter((t) => t.kind !== "punct").length,
    removed: doc.removed.map((r) => ({ reason: r.reason, text: r.text })),
  };
}

export interface TextResult {
  summary: DocumentSummary;
  /** The document's rows of terms.csv without the doc column, column by column, with each row's stopword flag (see TermRows). */
  terms: TermRows;
  /** Word tokens (stopwords included): the denominator of relative frequencies. */
  words: number;
}

function textResult(summary: DocumentSummary, terms: TermRows): TextResult {
  let words = 0;
  for (let r = 0; r < terms.count.length; r++) words += terms.count[r];
  return { summary, terms, words };
}

/**
 * The text stage as cached: the term rows, a lemma that is its term as 0 and the stopword
 * flags as a string of 0s and 1s (the word count is summed again when read). The text
 * stage was most of what a first run wrote to the cache, serialised and kept until written.
 */
interface CachedText {
  summary: DocumentSummary;
  term: string[];
  lemma: Array<string | 0>;
  count: number[];
  stop: string;
}

function cachedText(summary: DocumentSummary, rows: TermRows): CachedText {
  return {
    summary,
    term: rows.term,
    lemma: rows.lemma.map((l, r) => (l === rows.term[r] ? 0 : l)),
    count: rows.count,
    stop: rows.stop.map((s) => (s ? "1" : "0")).join(""),
  };
}

function fromCachedText(c: CachedText): TextResult {
  const rows: TermRows = { term: c.term, lemma: c.lemma.map((l, r) => (l === 0 ? c.term[r] : l)), count: c.count, stop: Array.from(c.stop, (s) => s === "1") };
  return textResult(c.summary, rows);
}

export interface DocumentResults extends TextResult {
  mentions: Mention[];
  statements: StatementRow[];
  /** How many of the three stages came from the cache. */
  reused: number;
}

/** Every per-document result, from the cache where it is there; the registry is loaded only when needed. */
export function documentResults(doc: Document, options: { registry: () => Registry; cache: DocumentCache; joint?: boolean; intentions?: boolean }): DocumentResults {
  const { cache, registry } = options;
  // Keyed by id and raw text: the raw text decides the clean text and the raw offsets
  // of statements, and the id is written into every row.
  const key = sha256(doc.id, doc.raw);
  let layer: (Document & TextLayer) | undefined;
  const analyzed = () => (layer ??= analyzeDocument(doc));
  let reused = 0;
  const cached = cache.get<CachedText>("text", key);
  let text: TextResult;
  if (cached) {
    text = fromCachedText(cached);
    reused++;
  } else {
    const summary = summarizeDocument(analyzed());
    const rows = termRows(analyzed());
    text = textResult(summary, rows);
    cache.set("text", key, cachedText(summary, rows));
  }
  // Metadata and file come from where the document was found now (a manifest may have changed), not from the cache.
  const summary = { ...text.summary, title: doc.title, date: doc.date, source: doc.source, url: doc.url, file: doc.line === undefined ? doc.file : `${doc.file}:${doc.line}` };
  let mentions = cache.get<Mention[]>("actors", key);
  if (mentions) reused++;
  else {
    mentions = matchActors(analyzed(), registry());
    cache.set("actors", key, mentions);
  }
  let statements = cache.get<StatementRow[]>("statements", key);
  if (statements) reused++;
  else {
    // The actor mentions found above are reused: matching them again would double the cost.
    statements = documentStance(analyzed(), { layer: analyzed(), mentions: toActorMentions(mentions, registry(), doc.date), joint: options.joint, intentions: options.intentions }).map(toRow);
    cache.set("statements", key, statements);
  }
  return { ...text, summary, mentions, statements, reused };
}
