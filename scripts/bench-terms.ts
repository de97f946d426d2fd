// Term counting benchmark: our streaming counter over news-de (1× and 10×), and,
// when R with tidytext is installed, `unnest_tokens() %>% count()` on the very same
// texts in the same run; our counter on one thread and on every core (worker threads).
// Run: npm run -s bench:terms
// The ratio compares the same task: lower-cased word counts (tidytext's default).
// Lemma counting (our default term) is timed too and shown in the table. The scan is the
// native one when it is built (LAGEBILD_NATIVE=0: the JavaScript one); the JSON says which.
// Loading the lexicon and R's packages is set-up, outside the timings.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { defaultLexicon } from "../src/analysis/lemmas.js";
import { sharedPath } from "../src/analysis/project.js";
import { countCorpusTerms } from "../src/analysis/terms.js";
import { tidytextSeconds } from "./lib/tidytext.js";
import { countTermsInParallel } from "../src/analysis/workers.js";
import { availableParallelism } from "node:os";
import { defaultStopwords } from "../src/analysis/text.js";
import { termScan } from "../src/analysis/native.js";

const CORPUS = process.env.NEWS_DE ?? sharedPath("corpora", "news-de", "articles.jsonl");
const REPEAT = 10;

function time<T>(f: () => T): { seconds: number; value: T } {
  const t = process.hrtime.bigint();
  const value = f();
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, value };
}

async function main(): Promise<void> {
  const { documents } = await loadCorpus([CORPUS]);
  const texts = documents.map((d) => d.text);
  const repeated: string[] = [];
  for (let i = 0; i < REPEAT; i++) repeated.push(...texts);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  defaultLexicon();
  defaultStopwords();
  // One untimed pass warms the JIT, as R's compiled tokenizer needs no warming.
  countCorpusTerms(texts, { by: "norm" });

  const runs = [
    { label: `words 1×`, texts, by: "norm" as const },
    { label: `words ${REPEAT}×`, texts: repeated, by: "norm" as const },
    { label: `lemmas 1×`, texts, by: "lemma" as const },
    { label: `lemmas ${REPEAT}×`, texts: repeated, by: "lemma" as const },
  ].map((run) => {
    const { seconds, value } = time(() => countCorpusTerms(run.texts, { by: run.by, stopwords: true, minLength: 1 }));
    const tokens = Array.from(value.array("count") as ArrayLike<number>).reduce((a, b) => a + b, 0);
    const mb = (bytes * (run.texts === texts ? 1 : REPEAT)) / 1e6;
    return { ...run, seconds, tokens, mb };
  });

  // The same 10× count on every core: slices counted by worker threads, merged (start-up included).
  const started = process.hrtime.bigint();
  await countTermsInParallel(repeated, { by: "norm", stopwords: true, minLength: 1 });
  const parallel = { ...runs[1], label: `words ${REPEAT}× ${availableParallelism()} cores`, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  runs.splice(2, 0, parallel);

  const dir = mkdtempSync(join(tmpdir(), "lagebild-bench-"));
  let tidy: { once: number; repeated: number } | null = null;
  try {
    const file = join(dir, "texts.jsonl");
    writeFileSync(file, documents.map((d) => JSON.stringify({ id: d.id, text: d.text })).join("\n") + "\n");
    tidy = tidytextSeconds(file, REPEAT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const native = termScan() !== null;
  console.log(`news-de: ${documents.length} articles, ${(bytes / 1e6).toFixed(1)} MB of clean text; ${native ? "native" : "JavaScript"} scan\n`);
  console.log("run                    seconds   tokens/s     MB/s   tidytext s   ratio");
  for (const r of runs) {
    const tidyS = r.by === "norm" ? (r.texts === texts ? tidy?.once : tidy?.repeated) : undefined;
    const label = r.label.padEnd(22);
    console.log(
      `${label} ${r.seconds.toFixed(3).padStart(7)} ${String(Math.round(r.tokens / r.seconds)).padStart(11)} ${(r.mb / r.seconds).toFixed(1).padStart(8)}` +
        `   ${tidyS === undefined ? "—".padStart(10) : tidyS.toFixed(3).padStart(10)}   ${tidyS === undefined ? "—" : (tidyS / r.seconds).toFixed(1) + "×"}`,
    );
  }
  if (!tidy) console.log("\n(R with tidytext not found: apt-get install -y r-cran-tidytext r-cran-jsonlite)");
  console.log(`peak RSS ${peakRssMb.toFixed(0)} MB`);
  const main = runs[1];
  console.log(
    JSON.stringify({
      native_scanner: native,
      tokens_per_s: Math.round(main.tokens / main.seconds),
      mb_per_s: Number((main.mb / main.seconds).toFixed(2)),
      peak_rss_mb: Math.round(peakRssMb),
      ratio_vs_tidytext: tidy ? Number((tidy.repeated / Math.min(main.seconds, parallel.seconds)).toFixed(2)) : null,
      ratio_vs_tidytext_one_thread: tidy ? Number((tidy.repeated / main.seconds).toFixed(2)) : null,
      ratio_vs_tidytext_all_cores: tidy ? Number((tidy.repeated / parallel.seconds).toFixed(2)) : null,
    }),
  );
}

await main();
