// Crash safety of `lagebild analyze` as a real process: killed part-way (SIGKILL, no
// chance to clean up), it leaves the previous outputs byte for byte; a re-run on the
// half-filled cache gives exactly what a clean run gives; and two runs at once on the
// same cache folder both finish with identical outputs.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot, sharedPath } from "../src/analysis/project.js";

const OUTPUTS = ["documents.jsonl", "terms.csv", "corpus-terms.csv", "mentions.jsonl", "comentions.csv", "statements.jsonl", "stance.csv"];
let NEWS: string | null = null;
try {
  NEWS = sharedPath("corpora", "news-de", "articles.jsonl");
  if (!existsSync(NEWS)) NEWS = null;
} catch {
  NEWS = null;
}

const bin = join(projectRoot(), "bin", "lagebild.js");
const env = { ...process.env, LAGEBILD_ROOT: projectRoot(), DOTENV_CONFIG_QUIET: "true" };
let root: string;

/** `lagebild analyze <corpus> --out <out> [--cache <cache> | --no-cache]` with the corpus folder as cwd, so file paths match. */
function analyzeArgs(corpus: string, out: string, cache: string | null, extra: string[] = []): string[] {
  return [bin, "analyze", corpus, "--out", out, ...(cache ? ["--cache", cache] : ["--no-cache"]), ...extra];
}

function runSync(corpus: string, out: string, cache: string | null, extra: string[] = []) {
  const r = spawnSync(process.execPath, analyzeArgs(corpus, out, cache, extra), { cwd: root, env, encoding: "utf8", timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return r;
}

function runAsync(corpus: string, out: string, cache: string | null): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, analyzeArgs(corpus, out, cache), { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

const outputs = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f))]));

function expectSameOutputs(a: string, b: string): void {
  const x = outputs(a);
  const y = outputs(b);
  for (const f of OUTPUTS) expect(x[f].equals(y[f]), `${f}: ${a} vs ${b}`).toBe(true);
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1;
  return n;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  if (!NEWS) return;
  root = mkdtempSync(join(tmpdir(), "lagebild-crash-"));
  // The first 300 articles of news-de as .txt files; the first 40 are the "previous" corpus.
  const rows = readFileSync(NEWS, "utf8").split("\n").filter((l) => l.trim()).slice(0, 300).map((l) => JSON.parse(l) as { id: string; title?: string; text: string });
  mkdirSync(join(root, "corpus"));
  mkdirSync(join(root, "previous"));
  rows.forEach((r, i) => {
    const body = (r.title ? `${r.title}\n\n` : "") + r.text + "\n";
    writeFileSync(join(root, "corpus", `${r.id}.txt`), body);
    if (i < 40) writeFileSync(join(root, "previous", `${r.id}.txt`), body);
  });
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!NEWS)("lagebild analyze, killed and run twice at once", () => {
  it("keeps the previous outputs when killed part-way, and a re-run equals a clean run", async () => {
    const out = join(root, "out");
    runSync("previous", out, null);
    const previous = outputs(out);
    runSync("corpus", join(root, "clean"), null);

    const cache = join(root, "cache-killed");
    const { child, done } = runAsync("corpus", out, cache);
    // Kill once the run is well under way: some results cached (results are written in packs,
    // a pack at least every second), output files open.
    const started = Date.now();
    while (countFiles(cache) < 2 && Date.now() - started < 20_000) await sleep(20);
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal, `the run ended before it was killed: ${killed.stderr}`).toBe("SIGKILL");
    const after = outputs(out);
    for (const f of OUTPUTS) expect(after[f].equals(previous[f]), f).toBe(true);
    // What a killed run leaves is temporary files only, never a half-written output name.
    const stray = readdirSync(out).filter((f) => !OUTPUTS.includes(f) && !f.endsWith(".parquet"));
    for (const f of stray) expect(f).toMatch(/\.tmp$/);
    expect(stray.length, "the run was killed while writing").toBeGreaterThan(0);

    const rerun = runSync("corpus", out, cache);
    expect(rerun.stderr).toMatch(/300 documents/);
    // The killed run's temporary files are gone: its process is.
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(rerun.stderr).toMatch(/cache: [1-9]\d* of \d+ results reused/);
    expectSameOutputs(out, join(root, "clean"));
  }, 240_000);

  it("two runs at once on the same cache folder both finish with identical outputs", async () => {
    const cache = join(root, "cache-shared");
    const a = runAsync("corpus", join(root, "out-a"), cache);
    const b = runAsync("corpus", join(root, "out-b"), cache);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expectSameOutputs(join(root, "out-a"), join(root, "out-b"));
    expectSameOutputs(join(root, "out-a"), join(root, "clean"));
    // The cache they shared is complete and sound: a third run, told to ignore the
    // previous run's outputs, takes every per-document result from it.
    const warm = runSync("corpus", join(root, "out-c"), cache, ["--rebuild"]);
    expect(warm.stderr).toMatch(/cache: 900 of 900 results reused/);
    expectSameOutputs(join(root, "out-c"), join(root, "clean"));
  }, 240_000);
});
