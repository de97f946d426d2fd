// Incremental re-analysis benchmark: writes news-de as one .txt file per article,
// runs `lagebild analyze` cold (empty cache), again unchanged (outputs must be
// byte-identical), then adds one article and runs again.
// Run: npm run -s bench:incremental   Last line: {"cold_s", "add_one_s", "ratio", "identical"}
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { projectRoot, sharedPath } from "../src/analysis/project.js";

const CORPUS = process.env.NEWS_DE ?? sharedPath("corpora", "news-de", "articles.jsonl");

function analyze(corpus: string, out: string, cache: string): number {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), "analyze", corpus, "--out", out, "--cache", cache], { stdio: ["ignore", "ignore", "pipe"] });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const outputs = (dir: string) => readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")].join("\n")).join("\n");

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "lagebild-incr-"));
  try {
    const { documents } = await loadCorpus([CORPUS]);
    const corpus = join(tmp, "corpus");
    mkdirSync(corpus);
    for (const d of documents.slice(1)) writeFileSync(join(corpus, `${d.id}.txt`), d.text);
    const cache = join(tmp, "cache");
    const cold = analyze(corpus, join(tmp, "cold"), cache);
    const warm = analyze(corpus, join(tmp, "warm"), cache);
    const identical = outputs(join(tmp, "cold")) === outputs(join(tmp, "warm"));
    const added = documents[0];
    writeFileSync(join(corpus, `${added.id}.txt`), added.text);
    const addOne = analyze(corpus, join(tmp, "added"), cache);
    console.log(`news-de as ${documents.length - 1} files, then one added`);
    console.log(`cold            ${cold.toFixed(2)} s`);
    console.log(`warm, unchanged ${warm.toFixed(2)} s (outputs ${identical ? "identical" : "DIFFERENT"})`);
    console.log(`one added       ${addOne.toFixed(2)} s (${((addOne / cold) * 100).toFixed(1)} % of cold)`);
    console.log(JSON.stringify({ cold_s: round(cold), add_one_s: round(addOne), ratio: round(addOne / cold), identical }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
await main();
