// The lagebild command line: the same pipeline as the notebooks, without Jupyter.
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { formatProblem, streamCorpus, type Document, type Problem } from "./corpus.js";
import { analyzeDocument } from "./text.js";
import { toJsonl, writeFileAtomic } from "./export.js";

const USAGE = `Usage: lagebild <command> [options]

Commands:
  analyze <files or folders…> --out <dir>   load articles, run the text layer, write tidy tables

Run "lagebild <command> --help" for a command's options.`;

const ANALYZE_USAGE = `Usage: lagebild analyze <files or folders…> [--out <dir>]

Reads .txt and .md articles (optional front matter), folders of them (with an
optional manifest.json), and bulk .jsonl/.csv files with one article a row.

Writes into <dir> (default: out/):
  documents.jsonl   one document a line: id, title, date, source, url, file,
                    paragraph/sentence/token counts, removed boilerplate

Problems with single inputs (unreadable, empty, binary, duplicate, broken front
matter) are printed to stderr, one line each, naming the file; the other
documents are still processed. Exit status: 0 when the outputs were written,
1 when nothing could be loaded or an output could not be written, 2 on bad usage.`;

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

export function summarizeDocument(doc: Document): DocumentSummary {
  const layer = analyzeDocument(doc);
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    source: doc.source,
    url: doc.url,
    file: doc.line === undefined ? doc.file : `${doc.file}:${doc.line}`,
    chars: doc.text.length,
    paragraphs: layer.paragraphs.length,
    sentences: layer.sentences.length,
    tokens: layer.tokens.filter((t) => t.kind !== "punct").length,
    removed: doc.removed.map((r) => ({ reason: r.reason, text: r.text })),
  };
}

async function analyze(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string", short: "o", default: "out" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(ANALYZE_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err("lagebild analyze: no input given (files or folders)");
    io.err(ANALYZE_USAGE);
    return 2;
  }
  const outDir = resolve(values.out ?? "out");
  const summaries: DocumentSummary[] = [];
  const problems: Problem[] = [];
  for await (const item of streamCorpus(positionals)) {
    if ("message" in item) {
      problems.push(item);
      io.err(formatProblem(item));
    } else {
      summaries.push(summarizeDocument(item));
    }
  }
  if (summaries.length === 0) {
    io.err(`lagebild analyze: no documents could be loaded from ${positionals.join(", ")}`);
    return 1;
  }
  try {
    writeFileAtomic(join(outDir, "documents.jsonl"), toJsonl(summaries));
  } catch (error) {
    io.err(`lagebild analyze: cannot write to ${outDir}: ${(error as Error).message}`);
    return 1;
  }
  const errors = problems.filter((p) => p.level === "error").length;
  io.err(`lagebild analyze: ${summaries.length} documents → ${outDir}` + (problems.length ? ` (${errors} skipped, ${problems.length - errors} warnings)` : ""));
  return 0;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Run a command; returns the exit status. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === "analyze") return await analyze(rest, io);
  } catch (error) {
    io.err(`lagebild ${command}: ${(error as Error).message}`);
    return 2;
  }
  io.err(`lagebild: unknown command "${command}"`);
  io.err(USAGE);
  return 2;
}
