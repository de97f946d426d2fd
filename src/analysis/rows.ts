// One document's rows of the per-document tables (documents, terms, mentions,
// statements), as the lines of their CSV/JSONL files and the columns of their Parquet
// twins. Made where the document was analysed (a worker thread, mostly), so the thread
// that writes the files only appends: building lines and row arrays for every word of
// every document there made it the slowest thread of a run.
import { csvField } from "./export.js";
import type { DocumentResults } from "./pipeline.js";
import type { Mention } from "./actors.js";
import type { StanceTarget, StatementRow } from "./stance.js";
import type { ParquetColumnData } from "./parquet.js";

const utf8 = new TextEncoder();

export type TableName = "documents" | "terms" | "mentions" | "statements";

/**
 * A table's part of one document: its lines as UTF-8 (what is written to the file, and
 * moved, not copied, from a worker thread), and its Parquet columns (column-major; a
 * value in every row, such as the document id, given once as `{ constant }`; words as
 * numbers of the vocabulary, `{ ids }`).
 */
export interface TableRows {
  lines: Uint8Array;
  columns?: ParquetColumnData[];
}

export type DocumentRows = Record<TableName, TableRows>;

/**
 * Words numbered in order of first appearance. Words and lemmas cross from a worker to the
 * writing thread as numbers (each distinct word once, with the first document that has
 * it), so that thread neither copies nor hashes a string per row of the terms table.
 */
export interface Vocabulary {
  words: string[];
  index: Map<string, number>;
  /**
   * Each word as a CSV cell (see csvField) in UTF-8, made when a terms line first needs it:
   * bytes cellStart[id] … cellStart[id] + cellLength[id] of cellBytes (length -1: not yet).
   * Bytes, not strings: a document's terms lines are then copied together from them,
   * instead of being concatenated as strings and encoded.
   */
  cellBytes: Uint8Array;
  cellUsed: number;
  cellStart: number[];
  cellLength: number[];
  /** Zero between documents; a document's lemma counts are summed here by number (see numberedLemmaCounts). */
  scratch: Int32Array;
}

export const vocabulary = (): Vocabulary => ({ words: [], index: new Map(), cellBytes: new Uint8Array(1 << 16), cellUsed: 0, cellStart: [], cellLength: [], scratch: new Int32Array(1024) });

export function wordId(vocab: Vocabulary, word: string): number {
  let id = vocab.index.get(word);
  if (id === undefined) {
    vocab.index.set(word, (id = vocab.words.length));
    vocab.words.push(word);
    // Kept as long as `words`: an array written at scattered indexes past its end turns into a slow dictionary.
    vocab.cellStart.push(0);
    vocab.cellLength.push(-1);
  }
  return id;
}

/** Forgets the words numbered from `known` on (those of a document that failed). */
export function forgetWords(vocab: Vocabulary, known: number): void {
  for (const word of vocab.words.splice(known)) vocab.index.delete(word);
  vocab.cellStart.length = known;
  vocab.cellLength.length = known;
}

/** The length in bytes of a word's CSV cell, made (and kept) if need be. */
function cellLength(vocab: Vocabulary, id: number): number {
  let length = vocab.cellLength[id];
  if (length >= 0) return length;
  const cell = csvField(vocab.words[id]);
  // At most three bytes per UTF-16 unit.
  if (vocab.cellUsed + cell.length * 3 > vocab.cellBytes.length) {
    const grown = new Uint8Array(Math.max(vocab.cellBytes.length * 2, vocab.cellUsed + cell.length * 3));
    grown.set(vocab.cellBytes.subarray(0, vocab.cellUsed));
    vocab.cellBytes = grown;
  }
  length = utf8.encodeInto(cell, vocab.cellBytes.subarray(vocab.cellUsed)).written;
  vocab.cellStart[id] = vocab.cellUsed;
  vocab.cellLength[id] = length;
  vocab.cellUsed += length;
  return length;
}

/** What the corpus totals read of a mention (co-mentions) and of a statement (the stance tally). */
export type MentionKey = Pick<Mention, "actor" | "type" | "sentence" | "paragraph">;
export type StatementKey = Pick<StatementRow, "id" | "doc" | "speaker"> & { stance: Array<Pick<StanceTarget, "target" | "polarity">> };

/**
 * What the writing thread needs of an analysed document: its lines and columns in `rows`,
 * and of the rest what the corpus totals read (a statement's text and offsets, say, are in
 * its line only: copying them to the writing thread as objects was most of the copying).
 */
export type DocumentOutput = Omit<DocumentResults, "terms" | "lemmas" | "mentions" | "statements"> & {
  mentions: MentionKey[];
  statements: StatementKey[];
  rows: DocumentRows;
  /** Lemma counts without stopwords, lemmas as numbers of the vocabulary. */
  lemmas: { ids: Int32Array; counts: Int32Array };
  /** The words this document added to the vocabulary, in order. */
  fresh: string[];
};

/** A worker's vocabulary is renewed when it grows this large (`DocumentOutput.fresh` then starts at 0). */
export const VOCABULARY_MAX = 1_000_000;

export function documentOutput(results: DocumentResults, vocab: Vocabulary): DocumentOutput {
  const { terms: _, mentions, statements, ...rest } = results;
  const before = vocab.words.length;
  const numbered = numberTerms(results.terms, vocab);
  const rows = documentRows(results, vocab, numbered);
  return {
    ...rest,
    mentions: mentions.map(({ actor, type, sentence, paragraph }) => ({ actor, type, sentence, paragraph })),
    statements: statements.map(({ id, doc, speaker, stance }) => ({ id, doc, speaker, stance: stance.map(({ target, polarity }) => ({ target, polarity })) })),
    rows,
    lemmas: numberedLemmaCounts(results.terms, numbered.lemma, vocab),
    fresh: vocab.words.slice(before),
  };
}

/** The numbers of a document's terms and lemmas, row by row. */
interface NumberedTerms { term: Int32Array; lemma: Int32Array }

function numberTerms(terms: DocumentResults["terms"], vocab: Vocabulary): NumberedTerms {
  const n = terms.term.length;
  const term = new Int32Array(n);
  const lemma = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    term[i] = wordId(vocab, terms.term[i]);
    // Most words are their own lemma ("Gespräche" is not, "Peking" is): no second lookup then.
    lemma[i] = terms.lemma[i] === terms.term[i] ? term[i] : wordId(vocab, terms.lemma[i]);
  }
  return { term, lemma };
}

/**
 * A document's lemma counts without stopwords (what corpus-terms.csv adds up), lemmas as numbers
 * in order of first row: summed in the vocabulary's scratch counts, which are indexed by number
 * and left at zero again, so a document needs no map of its own.
 */
function numberedLemmaCounts(terms: DocumentResults["terms"], lemma: Int32Array, vocab: Vocabulary): DocumentOutput["lemmas"] {
  if (vocab.scratch.length < vocab.words.length) {
    const grown = new Int32Array(Math.max(vocab.words.length, vocab.scratch.length * 2));
    vocab.scratch = grown; // all zero: every document leaves it so
  }
  const { scratch } = vocab;
  const order: number[] = [];
  for (let r = 0; r < lemma.length; r++) {
    if (terms.stop[r]) continue;
    if (scratch[lemma[r]] === 0) order.push(lemma[r]);
    scratch[lemma[r]] += terms.count[r];
  }
  const ids = Int32Array.from(order);
  const counts = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    counts[k] = scratch[order[k]];
    scratch[order[k]] = 0;
  }
  return { ids, counts };
}

/**
 * An output numbered in a worker's vocabulary, renumbered in the writing thread's (in place):
 * `local` maps the worker's numbers to the writing thread's, and is extended by the output's
 * fresh words. Outputs of one worker must come here in the order it made them.
 */
export function renumberOutput(output: DocumentOutput, local: number[], vocab: Vocabulary): void {
  for (const word of output.fresh) local.push(wordId(vocab, word));
  const renumber = (ids: Int32Array) => {
    for (let i = 0; i < ids.length; i++) ids[i] = local[ids[i]];
  };
  renumber(output.lemmas.ids);
  for (const column of output.rows.terms.columns ?? []) if ("ids" in column) renumber(column.ids);
}

/** The buffers of a document's output to move to another thread instead of copying: lines, numbered words, counts. */
export function outputBuffers(output: DocumentOutput): ArrayBuffer[] {
  const buffers = [output.lemmas.ids.buffer, output.lemmas.counts.buffer];
  for (const r of Object.values(output.rows)) {
    buffers.push(r.lines.buffer);
    for (const column of r.columns ?? []) {
      if ("ids" in column) buffers.push(column.ids.buffer);
      else if (column instanceof Int32Array) buffers.push(column.buffer);
    }
  }
  return buffers as ArrayBuffer[];
}

/** One document's lines and Parquet columns for each per-document table (its words numbered in `vocab`). */
function documentRows(r: DocumentResults, vocab: Vocabulary, { term, lemma }: NumberedTerms): DocumentRows {
  const s = r.summary;
  const id = s.id;
  const count = Int32Array.from(r.terms.count);
  let mentions = "";
  const m7: unknown[][] = [[], [], [], [], [], [], []];
  for (const m of r.mentions) {
    mentions += JSON.stringify({ doc: m.doc, actor: m.actor, type: m.type, surface: m.surface, via: m.via, start: m.start, end: m.end, sentence: m.sentence }) + "\n";
    m7[0].push(m.actor);
    m7[1].push(m.type);
    m7[2].push(m.surface);
    m7[3].push(m.via);
    m7[4].push(m.start);
    m7[5].push(m.end);
    m7[6].push(m.sentence);
  }
  let statements = "";
  for (const st of r.statements) statements += JSON.stringify(st) + "\n";
  return {
    documents: {
      lines: utf8.encode(JSON.stringify(s) + "\n"),
      columns: [[id], [s.title], [s.date], [s.source], [s.url], [s.file], [s.chars], [s.paragraphs], [s.sentences], [s.tokens]],
    },
    terms: { lines: termLines(vocab, utf8.encode(csvField(id)), term, lemma, count), columns: [{ constant: id }, { ids: term }, { ids: lemma }, count] },
    mentions: { lines: utf8.encode(mentions), columns: [{ constant: id }, ...m7] },
    statements: { lines: utf8.encode(statements) },
  };
}

/** The terms lines "doc,term,lemma,count" as csvLine writes them, copied together from the vocabulary's cells. */
function termLines(vocab: Vocabulary, idCell: Uint8Array, term: Int32Array, lemma: Int32Array, count: Int32Array): Uint8Array {
  let size = 0;
  for (let i = 0; i < term.length; i++) size += idCell.length + cellLength(vocab, term[i]) + cellLength(vocab, lemma[i]) + decimalDigits(count[i]) + 4;
  const out = new Uint8Array(size);
  const { cellBytes, cellStart, cellLength: lengths } = vocab;
  let at = 0;
  const copyCell = (w: number) => {
    const from = cellStart[w];
    const to = from + lengths[w];
    for (let b = from; b < to; b++) out[at++] = cellBytes[b];
  };
  for (let i = 0; i < term.length; i++) {
    out.set(idCell, at);
    at += idCell.length;
    out[at++] = 44; // ","
    copyCell(term[i]);
    out[at++] = 44;
    copyCell(lemma[i]);
    out[at++] = 44;
    let c = count[i];
    const digits = decimalDigits(c);
    for (let d = digits - 1; d >= 0; d--, c = Math.floor(c / 10)) out[at + d] = 48 + (c % 10);
    at += digits;
    out[at++] = 10; // "\n"
  }
  return out;
}

/** Digits of a count (a positive integer) in decimal. */
function decimalDigits(n: number): number {
  let digits = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    digits++;
  }
  return digits;
}
