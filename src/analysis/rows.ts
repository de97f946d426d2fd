// One document's rows of the per-document tables (documents, terms, mentions,
// statements), as the lines of their CSV/JSONL files and the columns of their Parquet
// twins. Made where the document was analysed (a worker thread, mostly), so the thread
// that writes the files only appends: building lines and row arrays for every word of
// every document there made it the slowest thread of a run.
import { csvLine } from "./export.js";
import type { DocumentResults } from "./pipeline.js";
import type { ParquetColumnData } from "./parquet.js";

export type TableName = "documents" | "terms" | "mentions" | "statements";

/**
 * A table's part of one document: its lines as UTF-8 (what is written to the file, and
 * moved, not copied, from a worker thread), and its Parquet columns (column-major; a
 * value in every row, such as the document id, given once as `{ constant }`).
 */
export interface TableRows {
  lines: Uint8Array;
  columns?: ParquetColumnData[];
}

export type DocumentRows = Record<TableName, TableRows>;

/** What the writing thread needs of an analysed document: the results but the term rows, which are in `rows`. */
export type DocumentOutput = Omit<DocumentResults, "terms"> & { rows: DocumentRows };

export function documentOutput(results: DocumentResults): DocumentOutput {
  const { terms: _, ...rest } = results;
  return { ...rest, rows: documentRows(results) };
}

const utf8 = new TextEncoder();

/** The buffers of a document's lines, to move them to another thread instead of copying. */
export function rowBuffers(rows: DocumentRows): ArrayBuffer[] {
  return Object.values(rows).map((r) => r.lines.buffer as ArrayBuffer);
}

/** One document's lines and Parquet columns for each per-document table. */
export function documentRows(r: DocumentResults): DocumentRows {
  const s = r.summary;
  const id = s.id;
  let terms = "";
  const term: string[] = [];
  const lemma: string[] = [];
  const count: number[] = [];
  for (const [t, l, c] of r.terms) {
    terms += csvLine([id, t, l, c]);
    term.push(t);
    lemma.push(l);
    count.push(c);
  }
  let mentions = "";
  const m7: unknown[][] = [[], [], [], [], [], [], []];
  for (const m of r.mentions) {
    mentions += JSON.stringify({ doc: m.doc, actor: m.actor, type: m.type, surface: m.surface, via: m.via, start: m.start, end: m.end, sentence: m.sentence }) + "\n";
    [m.actor, m.type, m.surface, m.via, m.start, m.end, m.sentence].forEach((v, i) => m7[i].push(v));
  }
  let statements = "";
  for (const st of r.statements) statements += JSON.stringify(st) + "\n";
  return {
    documents: {
      lines: utf8.encode(JSON.stringify(s) + "\n"),
      columns: [[id], [s.title], [s.date], [s.source], [s.url], [s.file], [s.chars], [s.paragraphs], [s.sentences], [s.tokens]],
    },
    terms: { lines: utf8.encode(terms), columns: [{ constant: id }, term, lemma, count] },
    mentions: { lines: utf8.encode(mentions), columns: [{ constant: id }, ...m7] },
    statements: { lines: utf8.encode(statements) },
  };
}
