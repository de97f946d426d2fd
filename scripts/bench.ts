// Scale benchmark: corpora of 2k, 20k and 100k articles made by repeating news-de
// (new ids per copy), each run through `lagebild analyze` (tokens, lemmas, actors,
// co-mentions, statements, stance, term tables, Parquet) as a real process:
// cold (empty cache), warm (nothing changed), then with one article added; then the
// same with the resident server (`lagebild server start`): one run to load the run
// record, and another article added.
// Peak RSS is the whole process's, worker threads included (GNU time, else /proc); the
// server's is its own high-water mark.
// The term-counting ratio against R's tidytext is measured on the 20k corpus (fastest of three
// runs on each side), for our counter on one thread and on every core; the headline ratio is
// the faster of the two.
// Run: npm run -s bench   (BENCH_SIZES=2000,20000 for a subset; BENCH_KEEP=1 keeps the folders)
// Last line: {"sizes":[{"articles","cold_s","warm_s","mb_per_s","tokens_per_s","peak_rss_mb","add_one_s",
//                       "add_one_server_s","server_rss_mb"}…],
//             "ratio_vs_tidytext","ratio_vs_tidytext_one_thread","ratio_vs_tidytext_all_cores"}
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot, sharedPath } from "../src/analysis/project.js";
import { countCorpusTerms } from "../src/analysis/terms.js";
import { countTermsInParallel } from "../src/analysis/workers.js";
import { defaultStopwords } from "../src/analysis/text.js";
import { tidytextSeconds } from "./lib/tidytext.js";

const SOURCE = process.env.NEWS_DE ?? sharedPath("corpora", "news-de", "articles.jsonl");
const SIZES = (process.env.BENCH_SIZES ?? "2000,20000,100000").split(",").map(Number);
const TERMS_SIZE = 20000;

interface Run { seconds: number; peakRssMb: number; stderr: string }

/** A part per ~1,500 documents (at most 64): an added article rewrites one small part. */
const partitionsFor = (articles: number) => Math.max(1, Math.min(64, Math.round(articles / 1500)));

function analyze(corpus: string, out: string, cache: string, partitions: number, server: string | null = null): Promise<Run> {
  const args = [join(projectRoot(), "bin", "lagebild.js"), "analyze", corpus, "--out", out, "--cache", cache, "--partitions", String(partitions), "--keep-duplicates", "--timings"];
  if (!server) args.push("--no-server");
  const gnuTime = existsSync("/usr/bin/time");
  const rssFile = join(out, "..", `rss-${Date.now()}.txt`);
  const [cmd, argv] = gnuTime ? ["/usr/bin/time", ["-f", "%M", "-o", rssFile, process.execPath, ...args]] : [process.execPath, args];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv as string[], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LAGEBILD_SERVER_DIR: server ?? join(out, "..", "no-server") } });
    let stderr = "";
    let peakKb = 0;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Without GNU time: the kernel's high-water mark, read while the process runs.
    const poll = gnuTime ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* exited */ }
    }, 100);
    child.on("exit", (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`analyze failed (${code}): ${stderr.slice(-2000)}`));
      if (gnuTime) peakKb = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
      resolve({ seconds, peakRssMb: peakKb / 1024, stderr });
    });
  });
}

/** `lagebild server …` with the benchmark's own server folder. */
function serverCommand(dir: string, action: string): string {
  const r = spawnSync(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), "server", action], { encoding: "utf8", env: { ...process.env, LAGEBILD_SERVER_DIR: dir } });
  return r.stdout + r.stderr;
}

/** A process's peak resident memory in MB (its high-water mark). */
function peakRssOf(pid: number): number {
  const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

/** Rows of news-de repeated with new ids until there are `n`. */
function repeatedRows(base: Array<Record<string, unknown>>, n: number): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (let copy = 0; out.length < n; copy++) {
    for (const row of base) {
      if (out.length === n) break;
      out.push({ ...row, id: `${row.id}-${copy}` });
    }
  }
  return out;
}

/** Word tokens in the outputs' documents tables (one file or parts). */
function tokensIn(out: string): number {
  const files = existsSync(join(out, "documents.jsonl")) ? [join(out, "documents.jsonl")] : readdirSync(join(out, "documents")).filter((f) => f.endsWith(".jsonl")).map((f) => join(out, "documents", f));
  let tokens = 0;
  for (const f of files) for (const line of readFileSync(f, "utf8").split("\n")) if (line) tokens += (JSON.parse(line) as { tokens: number }).tokens;
  return tokens;
}

const RUNS = 3;

/**
 * Our term counting (one thread, and every core) against tidytext on the same texts: each
 * timed RUNS times, the fastest run of each side counts (the runs of one side differ by
 * what else the machine does, not by the work).
 */
async function termRatio(dir: string, rows: Array<Record<string, unknown>>): Promise<{ single_s: number; parallel_s: number; tidytext_s: number } | null> {
  const file = join(dir, "texts.jsonl");
  writeFileSync(file, rows.map((r) => JSON.stringify({ id: r.id, text: r.text })).join("\n") + "\n");
  const tidyRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const tidy = tidytextSeconds(file);
    if (!tidy) return null;
    tidyRuns.push(tidy.once);
  }
  const texts = rows.map((r) => String(r.text));
  defaultStopwords();
  countCorpusTerms(texts.slice(0, 500), { by: "norm" }); // warms the JIT, as R's compiled tokenizer needs none
  const options = { by: "norm" as const, stopwords: true, minLength: 1 };
  const seconds = async (count: () => unknown) => {
    const t = process.hrtime.bigint();
    await count();
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  const single: number[] = [];
  const parallel: number[] = [];
  // The one-thread runs first, so that none of them shares the cores with the worker
  // threads of a parallel run still winding down.
  for (let i = 0; i < RUNS; i++) single.push(await seconds(() => countCorpusTerms(texts, options)));
  // Worker start-up (about a second: tsx and the modules) is part of the parallel time.
  for (let i = 0; i < RUNS; i++) parallel.push(await seconds(() => countTermsInParallel(texts, options)));
  return { single_s: Math.min(...single), parallel_s: Math.min(...parallel), tidytext_s: Math.min(...tidyRuns) };
}

async function main(): Promise<void> {
  const base = readFileSync(SOURCE, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  const root = mkdtempSync(join(tmpdir(), "lagebild-scale-"));
  const results = [];
  const phases: string[] = [];
  let terms: Awaited<ReturnType<typeof termRatio>> = null;
  console.log(`news-de: ${base.length} articles, repeated; ${availableParallelism()} cores\n`);
  console.log("articles   parts      MB   cold s   warm s   add one s     MB/s     tokens/s   peak RSS MB   add one, server s   server RSS MB");
  try {
    for (const n of SIZES) {
      const dir = join(root, String(n));
      const corpus = join(dir, "corpus");
      mkdirSync(corpus, { recursive: true });
      const rows = repeatedRows(base, n);
      writeFileSync(join(corpus, "articles.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
      const mb = rows.reduce((s, r) => s + Buffer.byteLength(String(r.text)), 0) / 1e6;
      const partitions = partitionsFor(n);
      const out = join(dir, "out");
      const cache = join(dir, "cache");
      const cold = await analyze(corpus, out, cache, partitions);
      const tokens = tokensIn(out);
      const warm = await analyze(corpus, out, cache, partitions);
      writeFileSync(
        join(corpus, "nachtrag.txt"),
        "Neue Gespräche in Peking\n\nDer chinesische Außenminister Wang Yi hat am Montag in Peking seinen russischen Amtskollegen Sergej Lawrow empfangen. " +
          "„Wir wollen die Zusammenarbeit weiter vertiefen“, sagte Wang nach dem Treffen. Lawrow erklärte, beide Seiten lehnten eine Einmischung von außen ab.\n",
      );
      const added = await analyze(corpus, out, cache, partitions);
      if (!/1 new/.test(added.stderr)) throw new Error(`the re-run after adding one article was not incremental: ${added.stderr}`);
      // The same with the resident server: a first run reads the run record, then one more article.
      const server = join(dir, "server");
      const pid = Number(/pid (\d+)/.exec(serverCommand(server, "start"))?.[1]);
      await analyze(corpus, out, cache, partitions, server);
      writeFileSync(join(corpus, "nachtrag-2.txt"), readFileSync(join(corpus, "nachtrag.txt"), "utf8").replace("am Montag", "am Dienstag").replace("weiter vertiefen", "noch weiter vertiefen"));
      const addedServed = await analyze(corpus, out, cache, partitions, server);
      if (!/1 new/.test(addedServed.stderr) || !/in the resident server/.test(addedServed.stderr)) throw new Error(`the re-run through the server was not incremental: ${addedServed.stderr}`);
      const serverRss = pid ? peakRssOf(pid) : 0;
      serverCommand(server, "stop");
      if (n === TERMS_SIZE) terms = await termRatio(dir, rows);
      const row = {
        articles: n,
        partitions,
        mb: round(mb),
        cold_s: round(cold.seconds),
        warm_s: round(warm.seconds),
        add_one_s: round(added.seconds),
        mb_per_s: round(mb / cold.seconds),
        tokens_per_s: Math.round(tokens / cold.seconds),
        peak_rss_mb: Math.round(Math.max(cold.peakRssMb, warm.peakRssMb, added.peakRssMb)),
        add_one_server_s: round(addedServed.seconds),
        server_rss_mb: Math.round(serverRss),
      };
      results.push(row);
      console.log(
        `${String(n).padStart(8)} ${String(partitions).padStart(7)} ${mb.toFixed(1).padStart(7)} ${cold.seconds.toFixed(1).padStart(8)} ${warm.seconds.toFixed(2).padStart(8)} ${added.seconds.toFixed(2).padStart(11)} ` +
          `${row.mb_per_s.toFixed(2).padStart(8)} ${String(row.tokens_per_s).padStart(12)} ${String(row.peak_rss_mb).padStart(13)} ${addedServed.seconds.toFixed(2).padStart(19)} ${String(row.server_rss_mb).padStart(15)}`,
      );
      // Where the time of the re-run after adding one article goes.
      const phasesOf = (run: Run) => run.stderr.split("\n").filter((l) => /^  .*: [\d.]+ s$/.test(l)).map((l) => l.trim()).join("; ");
      phases.push(`${n} articles, one added: ${phasesOf(added)}`, `${n} articles, one more added, through the server: ${phasesOf(addedServed)}`);
      if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(root, { recursive: true, force: true });
    else console.log(`\nkept: ${root}`);
  }
  console.log("");
  for (const p of phases) console.log(p);
  if (terms) {
    console.log(`\nterm counting on ${TERMS_SIZE} articles, fastest of ${RUNS} runs each: tidytext ${terms.tidytext_s.toFixed(2)} s; ours on one thread ${terms.single_s.toFixed(2)} s (${(terms.tidytext_s / terms.single_s).toFixed(1)}×),`);
    console.log(`on ${availableParallelism()} cores ${terms.parallel_s.toFixed(2)} s (${(terms.tidytext_s / terms.parallel_s).toFixed(1)}×)`);
  }
  else if (SIZES.includes(TERMS_SIZE)) console.log("\n(R with tidytext not found: no ratio; apt-get install -y r-cran-tidytext r-cran-jsonlite)");
  console.log(
    JSON.stringify({
      sizes: results,
      // Our faster way of the two: worker threads pay off only when the counting outweighs their start-up and the copy of the texts.
      ratio_vs_tidytext: terms ? round(terms.tidytext_s / Math.min(terms.single_s, terms.parallel_s)) : null,
      ratio_vs_tidytext_one_thread: terms ? round(terms.tidytext_s / terms.single_s) : null,
      ratio_vs_tidytext_all_cores: terms ? round(terms.tidytext_s / terms.parallel_s) : null,
    }),
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;
await main();
