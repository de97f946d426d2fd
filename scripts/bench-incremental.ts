// Incremental re-analysis benchmark: writes news-de as one .txt file per article, runs
// `lagebild analyze` cold (empty cache, its own process), starts the resident server
// (`lagebild server start`), runs again unchanged through it into a second folder
// (outputs must be byte-identical to the cold run's), then adds one article and runs
// again through the server into that folder: the daily "add a few articles, re-run"
// into out/ with the server running. For comparison a second article is added and
// analysed without the server (a new process that loads everything anew).
// Run: npm run -s bench:incremental
// Last line: {"cold_s", "add_one_s", "ratio", "identical", "add_one_no_server_s", "ratio_no_server"}
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { projectRoot, sharedPath } from "../src/analysis/project.js";

const CORPUS = process.env.NEWS_DE ?? sharedPath("corpora", "news-de", "articles.jsonl");

function lagebild(args: string[], env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), ...args], { stdio: ["ignore", "ignore", "pipe"], env });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const outputs = (dir: string) => readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")].join("\n")).join("\n");

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "lagebild-incr-"));
  // The benchmark's own server, whatever else runs for the project.
  const env = { ...process.env, LAGEBILD_SERVER_DIR: join(tmp, "server") };
  try {
    const { documents } = await loadCorpus([CORPUS]);
    const corpus = join(tmp, "corpus");
    mkdirSync(corpus);
    for (const d of documents.slice(2)) writeFileSync(join(corpus, `${d.id}.txt`), d.text);
    const cache = join(tmp, "cache");
    const analyze = (out: string, ...flags: string[]) => lagebild(["analyze", corpus, "--out", join(tmp, out), "--cache", cache, ...flags], env);
    const cold = analyze("cold", "--no-server");
    const serverStart = lagebild(["server", "start"], env);
    const warm = analyze("warm");
    const identical = outputs(join(tmp, "cold")) === outputs(join(tmp, "warm"));
    writeFileSync(join(corpus, `${documents[0].id}.txt`), documents[0].text);
    const addOne = analyze("warm");
    writeFileSync(join(corpus, `${documents[1].id}.txt`), documents[1].text);
    const addOneNoServer = analyze("warm", "--no-server");
    lagebild(["server", "stop"], env);
    console.log(`news-de as ${documents.length - 2} files, then one added, then another`);
    console.log(`cold, own process          ${cold.toFixed(2)} s`);
    console.log(`server start               ${serverStart.toFixed(2)} s`);
    console.log(`unchanged, through server  ${warm.toFixed(2)} s (outputs ${identical ? "identical" : "DIFFERENT"})`);
    console.log(`one added, through server  ${addOne.toFixed(2)} s (${((addOne / cold) * 100).toFixed(1)} % of cold)`);
    console.log(`one more, own process      ${addOneNoServer.toFixed(2)} s (${((addOneNoServer / cold) * 100).toFixed(1)} % of cold)`);
    console.log(
      JSON.stringify({
        cold_s: round(cold),
        add_one_s: round(addOne),
        ratio: round(addOne / cold),
        identical,
        add_one_no_server_s: round(addOneNoServer),
        ratio_no_server: round(addOneNoServer / cold),
      }),
    );
  } finally {
    try {
      lagebild(["server", "stop"], env);
    } catch {
      // already stopped
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
await main();
