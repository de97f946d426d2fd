// The lagebild command line: the same pipeline as the notebooks, without Jupyter.
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { projectRoot } from "./project.js";
// Each command loads the modules it needs when it runs: start-up stays short, and a
// re-run that has little to do is not dominated by loading what it does not use.

const USAGE = `Usage: lagebild <command> [options]

Commands:
  analyze <files or folders…> --out <dir>   load articles, run every analysis, write tidy tables
  report                                    run every notebook, gather charts into reports/index.html
  add <files…> [--date … --source …]        copy articles into data/articles/, refusing duplicates
  check [files or folders…]                 list every problem in corpus, manifests, registries, lexicons
  stance <in.jsonl> --out <out.jsonl>       polarity toward a target in GerNTSA-style lines
  server start|stop|status                  a resident process that runs analyze warm

Run "lagebild <command> --help" for a command's options.`;

const ANALYZE_USAGE = `Usage: lagebild analyze <files or folders…> [--out <dir>]

Reads .txt and .md articles (optional front matter), saved web pages (.html: the
article without the page around it), folders of them (with an optional
manifest.json), and bulk .jsonl/.csv files with one article a row.

Writes into <dir> (default: out/), each file complete or not at all:
  documents.jsonl    one document a line: id, title, date, source, url, file,
                     paragraph/sentence/token counts, removed boilerplate
  terms.csv          doc, term, lemma, count: every word form of every document
  corpus-terms.csv   lemma, count, doc_count, per_10k: lemmas over the corpus,
                     stopwords left out, per 10,000 word tokens
  mentions.jsonl     one actor mention a line: doc, actor, type, surface, via
                     (name, alias, short, demonym, metonym, role, abbreviation),
                     start, end (offsets in the clean text), sentence
  comentions.csv     actor_a, actor_b, window (sentence, paragraph, article),
                     count, docs, pmi, npmi, g2, jaccard, dice, type_a, type_b,
                     count_a, count_b (windows naming each actor)
  statements.jsonl   one statement a line: id, doc, speaker, kind (direct,
                     indirect, reported), cue, text, start, end (offsets in the
                     raw file text), stance [{target, polarity, cues}]
  stance.csv         speaker, target, polarity, count, docs, statements (ids)
  *.parquet          documents, terms, mentions, corpus-terms, comentions and
                     stance again as Parquet, for DuckDB, Polars, pandas or Spark

A re-run over the same inputs reads only articles added since the last run and
appends them (rows of earlier documents keep their place); anything else that
changed (an edited or removed article, a manifest, registry, lexicon, option or
the code) makes a full run, with per-document results from the cache.

Options:
  --out, -o <dir>    output folder (default out/)
  --min-count <n>    leave out actor pairs seen in fewer windows (default 1)
  --partitions <n>   split documents, terms, mentions and statements into n parts
                     by document id: terms/part-000.csv … (default 1: one file
                     each); an added article then rewrites one part, not all
  --no-parquet       write no .parquet files
  --threads <n>      worker threads for the per-document analysis (default: one
                     per core when there are 400 or more documents to read; 0: none)
  --cache <dir>      per-document results and the run record are kept here
                     (default .cache/analyze/); a changed registry or lexicon
                     recomputes only what depends on it
  --no-cache         compute everything, read and write no cache
  --rebuild          ignore the previous run: write every output anew
  --keep-duplicates  keep articles whose clean text repeats an earlier one
                     (default: skipped with a warning)
  --joint-statements keep what several sides say together ("Beide Seiten
                     betonten …") as statements, the phrase naming the sides as
                     speaker (default: left out, as no one speaker's words)
  --intentions       keep declared intentions ("Die EU will mit Gegenmaßnahmen
                     antworten") as statements (default: left out, as the
                     statement annotation does)
  --languages <l,…>  languages to keep (ISO codes, or "all"; default de): other
                     articles get a warning and are left out
  --max-file-mb <n>  larger article files are refused with a message (default 20)
  --timings          print how long each phase took (listing, run record,
                     analysis, writing), to see where the time goes
  --no-server        run in this process even when a resident server runs for
                     the project (see "lagebild server --help")

Problems with single inputs (unreadable, empty, binary, duplicate, broken front
matter) are printed to stderr, one line each, naming the file; the other
documents are still processed. Exit status: 0 when the outputs were written,
1 when nothing could be loaded or an output could not be written, 2 on bad usage.`;

async function analyze(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o", default: "out" },
      "min-count": { type: "string", default: "1" },
      cache: { type: "string" },
      "no-cache": { type: "boolean" },
      rebuild: { type: "boolean" },
      partitions: { type: "string", default: "1" },
      "no-parquet": { type: "boolean" },
      threads: { type: "string" },
      "keep-duplicates": { type: "boolean" },
      "joint-statements": { type: "boolean" },
      intentions: { type: "boolean" },
      timings: { type: "boolean" },
      languages: { type: "string", default: "de" },
      "max-file-mb": { type: "string", default: "20" },
      "no-server": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
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
  const wholeNumber = (name: "min-count" | "partitions" | "threads", min: number): number | null => {
    const n = Number(values[name]);
    if (Number.isInteger(n) && n >= min) return n;
    io.err(`lagebild analyze: --${name} must be a whole number ≥ ${min}, not "${values[name]}"`);
    return null;
  };
  const minCount = wholeNumber("min-count", 1);
  const partitions = wholeNumber("partitions", 1);
  const threads = values.threads === undefined ? undefined : wholeNumber("threads", 0);
  if (minCount === null || partitions === null || threads === null) return 2;
  const maxMb = Number(values["max-file-mb"]);
  if (!(maxMb > 0)) {
    io.err(`lagebild analyze: --max-file-mb must be a positive number, not "${values["max-file-mb"]}"`);
    return 2;
  }
  const languages: string[] | "all" = values.languages === "all" ? "all" : (values.languages ?? "de").split(",").map((l) => l.trim()).filter(Boolean);
  const { analyzeCorpus } = await import("./analyze.js");
  const { formatProblem } = await import("./corpus.js");
  const progress = progressBar("analyze", io);
  // Ctrl-C stops the run cleanly (outputs as they were, what was analysed kept in the cache);
  // a second one ends the process at once. In the resident server the client going away stops it.
  const stop = new AbortController();
  let done = 0;
  const onSignal = (name: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(name === "SIGINT" ? 130 : 143);
    stop.abort();
    progress.clear();
    io.err(`lagebild analyze: stopping (${name}); press Ctrl-C again to quit at once`);
  };
  const ownSignals = io === consoleIo;
  if (ownSignals) for (const name of ["SIGINT", "SIGTERM"] as const) process.on(name, onSignal);
  const signal = io.signal ?? stop.signal;
  if (values.timings) {
    const startup = io.startup === undefined ? `start-up (Node.js, modules): ${process.uptime().toFixed(3)} s` : `start-up (client, to the resident server): ${io.startup.toFixed(3)} s`;
    io.err(`  ${startup}`);
  }
  let summary;
  try {
    summary = await analyzeCorpus(positionals, {
      out: values.out ?? "out",
      minCount,
      partitions,
      threads,
      parquet: !values["no-parquet"],
      cache: !values["no-cache"],
      cacheDir: values.cache,
      rebuild: values.rebuild,
      joint: values["joint-statements"],
      intentions: values.intentions,
      load: { languages, maxFileSize: maxMb * 1024 * 1024, dedupe: !values["keep-duplicates"] },
      onProblem: (p) => {
        progress.clear();
        io.err(formatProblem(p));
      },
      onProgress: (n, total) => progress.tick((done = n), total),
      onPhase: values.timings ? (name, seconds) => io.err(`  ${name}: ${seconds.toFixed(3)} s`) : undefined,
      writeParquet: io.writeParquet,
      signal,
    });
  } catch (error) {
    progress.clear();
    if (signal.aborted) {
      io.err(`lagebild analyze: interrupted after ${done} documents; the outputs are as they were (what was analysed is kept in the cache for the next run)`);
      return 130;
    }
    io.err(`lagebild analyze: ${(error as Error).message}`);
    return 1;
  } finally {
    if (ownSignals) for (const name of ["SIGINT", "SIGTERM"] as const) process.off(name, onSignal);
  }
  progress.clear();
  const { documents, read, errors, warnings, reused, needed, mode, outDir, pruned } = summary;
  if (documents === 0) {
    io.err(`lagebild analyze: no documents could be loaded from ${positionals.join(", ")}`);
    return 1;
  }
  io.err(
    `lagebild analyze: ${documents} documents → ${outDir}` +
      (mode === "incremental" ? ` (${read} new, the rest from the previous run)` : "") +
      (errors + warnings ? ` (${errors} skipped, ${warnings} warnings)` : "") +
      (needed ? `; cache: ${reused} of ${needed} results reused` : "") +
      (pruned ? `; ${pruned < 1e5 ? `${Math.ceil(pruned / 1e3)} kB` : `${(pruned / 1e6).toFixed(1)} MB`} of cached results of earlier code or data removed` : "") +
      (io.startup === undefined ? "" : "; in the resident server"),
  );
  return 0;
}

const ADD_USAGE = `Usage: lagebild add <files…> [--title <t>] [--date YYYY-MM-DD] [--source <s>] [--url <u>]

Copies .txt/.md articles, saved web pages (.html, .htm) or .jsonl/.csv bulk files
into data/articles/. Metadata given on the command line is written as front matter:
a .txt becomes a .md (fields the file's own front matter has win); a web page becomes
a .md of its article text, with the page's title, date, source and url (the command
line's win). An article whose text is already in the corpus (seeds/ or
data/articles/), or whose name is taken, is refused with a message. The input files
are never changed. Exit status 1 when any file was refused.`;

async function add(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { title: { type: "string" }, date: { type: "string" }, source: { type: "string" }, url: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(ADD_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.err("lagebild add: no files given");
    io.err(ADD_USAGE);
    return 2;
  }
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    io.err(`lagebild add: --date must be YYYY-MM-DD, not "${values.date}"`);
    return 2;
  }
  const { addArticles } = await import("./maintenance.js");
  const { formatProblem } = await import("./corpus.js");
  const { added, problems } = await addArticles(positionals.map((f) => resolve(f)), { title: values.title, date: values.date, source: values.source, url: values.url });
  for (const p of problems) io.err(formatProblem(p));
  for (const f of added) io.out(f);
  io.err(`lagebild add: ${added.length} added, ${problems.length} refused`);
  return problems.length > 0 ? 1 : 0;
}

const CHECK_USAGE = `Usage: lagebild check [files or folders…]

Loads the corpus (default: seeds/ and data/articles/) with its manifests, and the
boilerplate rules, stopwords, abbreviations, lemma files, actor registry,
reporting-verb and stance lexicons. Prints every problem, one line each, naming the
file. Exit status 0 when there are none (warnings allowed), 1 when there are errors.`;

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const root = projectRoot();
  const inputs = positionals.length > 0 ? positionals : [join(root, "seeds"), join(root, "data", "articles")];
  const { checkProject } = await import("./maintenance.js");
  const { formatProblem } = await import("./corpus.js");
  const problems = await checkProject(inputs);
  for (const p of problems) io.out(formatProblem(p));
  const errors = problems.filter((p) => p.level === "error").length;
  io.err(`lagebild check: ${errors} errors, ${problems.length - errors} warnings`);
  return errors > 0 ? 1 : 0;
}

const SERVER_USAGE = `Usage: lagebild server start|stop|status|run [--idle <minutes>]

A resident process for this project that keeps the modules loaded, the lexicons
read and the compiler warm. While it runs, "lagebild analyze" hands its command to
it: a re-run after adding a few articles then takes a fraction of a second instead
of the start-up of a new process. Outputs are the same either way. The server runs
one command at a time; when a source, data file (registry, lexicon, stopwords) or
the build changes, it steps down and a new one starts on the current files; with
other LAGEBILD_* settings, or with --no-server, analyze runs in its own process.

  start    start it in the background (socket, server.json and server.log in
           .cache/server/, or LAGEBILD_SERVER_DIR)
  stop     stop it
  status   whether it runs, since when, how many commands it served
  run      run it in the foreground (what start runs)

Options:
  --idle <minutes>   stop after this long without a command (default 30)`;

async function server(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { idle: { type: "string", default: "30" }, help: { type: "boolean", short: "h" } } });
  const action = positionals[0];
  if (values.help || !action || !["start", "stop", "status", "run"].includes(action)) {
    (values.help ? io.out : io.err)(SERVER_USAGE);
    return values.help ? 0 : 2;
  }
  const idleMinutes = Number(values.idle);
  if (!(idleMinutes > 0)) {
    io.err(`lagebild server: --idle must be a positive number of minutes, not "${values.idle}"`);
    return 2;
  }
  const { askServer, serve, serverDir, startServer } = await import("./server.js");
  if (action === "run") {
    await serve({ idleMinutes });
    return 0;
  }
  let status: import("./server.js").ServerStatus | null = null;
  const running = await askServer({ command: "status" }, (reply) => {
    if ("status" in reply) status = reply.status;
  });
  const current = status as import("./server.js").ServerStatus | null;
  if (action === "status") {
    io.out(current ? `running: pid ${current.pid}, since ${current.started}, ${current.served} commands served, stops after ${current.idleMinutes} min idle` : "not running");
    return 0;
  }
  if (action === "stop") {
    if (running) await askServer({ command: "stop" }, () => {});
    io.err(running ? `lagebild server: stopped (pid ${current?.pid})` : "lagebild server: not running");
    return 0;
  }
  if (running && current) {
    io.err(`lagebild server: already running (pid ${current.pid})`);
    return 0;
  }
  const info = await startServer({ idleMinutes });
  io.err(`lagebild server: running (pid ${info.pid}, ${serverDir()}), stops after ${idleMinutes} min idle`);
  return 0;
}

const REPORT_USAGE = `Usage: lagebild report [--out <dir>] [--skip-notebooks]

Executes every notebook in notebooks/ headlessly through Jupyter (executed copies
and HTML in out/notebooks/); the notebooks write their charts (SVG, PNG, CSV and a
.json with title and caption) into reports/. Then writes reports/index.html: every
chart with its title, caption and links to its files, the tables, the notebooks,
and the documents (seeds/ and data/articles/) with the corpus fingerprint.
Exit status 1 when a notebook failed (the index is still written).

Options:
  --out <dir>         reports folder (default reports/)
  --skip-notebooks    only rebuild index.html from what is in the folder`;

async function report(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: "string" }, "skip-notebooks": { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.out(REPORT_USAGE);
    return 0;
  }
  const root = projectRoot();
  const reportsDir = resolve(values.out ?? join(root, "reports"));
  const notebooksDir = join(root, "out", "notebooks");
  let failed = 0;
  if (!values["skip-notebooks"]) {
    const { runNotebooks } = await import("./notebooks.js");
    const run = runNotebooks([], notebooksDir, io);
    if (run.problem) {
      io.err(`lagebild report: ${run.problem}`);
      return 1;
    }
    failed = run.failed;
  }
  const { corpusFingerprint, formatProblem, loadCorpus } = await import("./corpus.js");
  const { generatedAt, writeFileAtomic } = await import("./export.js");
  const { notebookLinks, otherReportFiles, readExports, reportHTML } = await import("./report.js");
  const { documents, problems } = await loadCorpus([join(root, "seeds"), join(root, "data", "articles")]);
  for (const p of problems) io.err(formatProblem(p));
  const exports = readExports(reportsDir);
  const html = reportHTML(exports, {
    corpus: corpusFingerprint(documents),
    documents: documents.map((d) => ({ id: d.id, date: d.date, source: d.source, title: d.title })),
    notebooks: notebookLinks(reportsDir, notebooksDir),
    otherFiles: otherReportFiles(reportsDir, exports),
    generated: generatedAt(),
  });
  writeFileAtomic(join(reportsDir, "index.html"), html);
  io.err(`lagebild report: ${join(reportsDir, "index.html")}` + (failed ? ` (${failed} notebook${failed === 1 ? "" : "s"} failed)` : ""));
  return failed ? 1 : 0;
}

const STANCE_USAGE = `Usage: lagebild stance <in.jsonl> --out <out.jsonl>

Reads lines {"id", "opinion_snippet", "target", "target_anchor": {"from", "to"}}
(the GerNTSA format) and writes {"id", "polarity"} lines, polarity positive,
neutral or negative toward the target, decided by the stance lexicons in
data/stance/. Unreadable lines are reported on stderr and left out.`;

async function stance(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.out(STANCE_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    io.err("lagebild stance: give one input file and --out <file>");
    io.err(STANCE_USAGE);
    return 2;
  }
  const { stanceFile } = await import("./stance.js");
  const { written, problems } = stanceFile(resolve(positionals[0]), resolve(values.out));
  for (const p of problems) io.err(p);
  io.err(`lagebild stance: ${written} lines → ${values.out}`);
  return written > 0 || problems.length === 0 ? 0 : 1;
}

/**
 * A progress bar with ETA on stderr, for runs longer than about 2 s and only on a
 * terminal (logs and pipes get the final summary line only). Through the resident server
 * the line goes to the client (`io.progress`), which shows it when its own stderr is one.
 */
export function progressBar(label: string, io: Io, options: { stream?: NodeJS.WriteStream; delayMs?: number; now?: () => number } = {}) {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 2000;
  const started = now();
  let shown = false;
  let last = 0;
  const toTerminal = stream.isTTY === true && io.err === consoleIo.err ? (line: string | null) => stream.write(line === null ? "\r\x1b[K" : `\r${line}`) : null;
  const show = io.progress ?? toTerminal;
  return {
    tick(done: number, total: number): void {
      const t = now();
      if (!show || t - started < delay || t - last < 200) return;
      last = t;
      shown = true;
      show(progressLine(label, done, total, (t - started) / 1000));
    },
    clear(): void {
      if (shown) show?.(null);
      shown = false;
    },
  };
}

/** "analyze ▕████░░…▏ 120/1878 · 3 s · noch 40 s" */
function progressLine(label: string, done: number, total: number, elapsed: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const width = 24;
  const filled = Math.round(fraction * width);
  const eta = fraction > 0 ? elapsed / fraction - elapsed : 0;
  return `${label} ▕${"█".repeat(filled)}${"░".repeat(width - filled)}▏ ${done}/${total || "?"} · ${elapsed.toFixed(0)} s · noch ${eta.toFixed(0)} s `;
}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Seconds a resident server's client took to start (else the process's own start-up counts). */
  startup?: number;
  /** The resident server's Parquet writer on its warm worker thread, for analyze's corpus tables. */
  writeParquet?: import("./parquet.js").ParquetFileWriter;
  /** Shows a progress line in place, or clears it (null): the resident server sends it to its client. */
  progress?: (line: string | null) => void;
  /** Aborted when the command should stop (the resident server: its client went away). */
  signal?: AbortSignal;
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
    if (command === "stance") return await stance(rest, io);
    if (command === "report") return await report(rest, io);
    if (command === "add") return await add(rest, io);
    if (command === "check") return await check(rest, io);
    if (command === "server") return await server(rest, io);
  } catch (error) {
    io.err(`lagebild ${command}: ${(error as Error).message}`);
    return 2;
  }
  io.err(`lagebild: unknown command "${command}"`);
  io.err(USAGE);
  return 2;
}
