// Worker threads of `lagebild analyze`: a document that exhausts a worker's memory is
// reported alone; the documents queued behind it on that worker still get results.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { loadCorpus, parseDocument } from "../src/analysis/corpus.js";
import { stageFingerprints } from "../src/analysis/cache.js";
import { projectRoot } from "../src/analysis/project.js";
import { documentPool } from "../src/analysis/workers.js";
import { documentResults } from "../src/analysis/pipeline.js";
import type { TermRows } from "../src/analysis/terms.js";

/** Lemma counts without stopwords (what corpus-terms.csv adds up), lemmas in order of first row. */
function lemmaCounts({ lemma, count, stop }: TermRows): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (let r = 0; r < lemma.length; r++) if (!stop[r]) counts.set(lemma[r], (counts.get(lemma[r]) ?? 0) + count[r]);
  return [...counts];
}
import { documentCache } from "../src/analysis/cache.js";
import { defaultRegistry } from "../src/analysis/actors.js";
import { vocabulary } from "../src/analysis/rows.js";
import { analyzeCorpus } from "../src/analysis/analyze.js";

describe("documentPool", () => {
  it("fails only the document that runs a worker out of memory, and goes on with a fresh worker", async () => {
    const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
    const huge = parseDocument(Array.from({ length: 1500 }, () => documents[0].text).join("\n\n"), { id: "huge", file: "huge.txt" });
    const pool = documentPool({ threads: 1, cacheEnabled: false, fingerprints: stageFingerprints(), heapMb: 48 });
    try {
      const before = pool.run(documents[1]);
      const failing = pool.run(huge);
      const after = [pool.run(documents[2]), pool.run(documents[3])];
      expect((await before).summary.id).toBe(documents[1].id);
      await expect(failing).rejects.toThrow(/ran out of memory/);
      const results = await Promise.all(after);
      expect(results.map((r) => r.summary.id)).toEqual([documents[2].id, documents[3].id]);
      expect(results[0].statements.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("analyzeCorpus reports each failed document and goes on, also when failures come while others are still in flight", async () => {
    const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
    const dir = mkdtempSync(join(tmpdir(), "lagebild-fail-"));
    try {
      // Two articles too large for a small worker heap, between ordinary ones: their failures arrive
      // before the run takes their results in order.
      // A long article first keeps one worker busy while the other fails on too large ones.
      const copies = (d: number, n: number) => Array.from({ length: n }, (_, k) => `${documents[d].text} (${k})`).join("\n\n");
      const rows = [copies(2, 60), copies(0, 1500), 1, copies(1, 1500), 3, 4].map((d, i) => JSON.stringify({ id: `d${i}`, text: typeof d === "number" ? documents[d].text : d }));
      writeFileSync(join(dir, "articles.jsonl"), rows.join("\n") + "\n");
      const problems: string[] = [];
      const summary = await analyzeCorpus([join(dir, "articles.jsonl")], { out: join(dir, "out"), cache: false, threads: 2, workerHeapMb: 48, load: { maxFileSize: 200 * 1024 * 1024 }, onProblem: (p) => problems.push(p.message) });
      expect(problems.filter((m) => /analysis failed, document left out/.test(m))).toHaveLength(2);
      expect(summary.documents).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("sends words as numbers of the run's vocabulary, also across workers that start their vocabularies again", async () => {
    const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
    const vocab = vocabulary();
    // A tiny limit: each worker renews its vocabulary after nearly every document.
    const pool = documentPool({ threads: 2, cacheEnabled: false, fingerprints: stageFingerprints(), vocabulary: vocab, vocabularyMax: 40 });
    try {
      const outputs = await Promise.all([...documents, ...documents].map((d) => pool.run(d)));
      const cache = documentCache({ enabled: false });
      outputs.forEach((out, k) => {
        const expected = documentResults(documents[k % documents.length], { registry: defaultRegistry, cache });
        const [, term, lemma] = out.rows.terms.columns as Array<{ ids: Int32Array }>;
        expect([...term.ids].map((id, i) => [vocab.words[id], vocab.words[lemma.ids[i]]])).toEqual(expected.terms.term.map((t, i) => [t, expected.terms.lemma[i]]));
        expect([...out.lemmas.ids].map((id, i) => [vocab.words[id], out.lemmas.counts[i]])).toEqual(lemmaCounts(expected.terms));
      });
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe("a first run in a new project", () => {
  it("gives the worker threads of one process different temporary file names (they share the pid and often the millisecond)", async () => {
    const load = pathToFileURL(join(projectRoot(), "bin", "load.js")).href;
    const code = `const { parentPort } = require("node:worker_threads");
      import(${JSON.stringify(load)}).then(({ loadModule }) => loadModule("export")).then(({ tempPath }) => parentPort.postMessage([tempPath("/x/f.tsv"), tempPath("/x/f.tsv")]));`;
    const names = (await Promise.all([0, 1, 2].map(() => new Promise<string[]>((done, fail) => new Worker(code, { eval: true }).once("message", done).once("error", fail))))).flat();
    expect(new Set(names).size).toBe(6);
    // The form the sweep of stale temporary files reads: "<file>.<pid>.<digits>.tmp".
    for (const name of names) expect(name).toMatch(new RegExp(`^/x/f\\.tsv\\.${process.pid}\\.\\d+\\.tmp$`));
  }, 60_000);


  it("leaves no document out while its worker threads build the lexicon cache at the same time", () => {
    // A project without .cache/: each worker builds the lemma form map and writes it. They share
    // the process id, so a temporary name made of it alone had one thread rename another's file.
    const root = mkdtempSync(join(tmpdir(), "lagebild-fresh-"));
    try {
      // The project as a new clone has it: everything but the caches and outputs.
      copyFileSync(join(projectRoot(), "package.json"), join(root, "package.json"));
      for (const dir of ["bin", "data", "dist", "native", "node_modules", "src"]) if (existsSync(join(projectRoot(), dir))) symlinkSync(join(projectRoot(), dir), join(root, dir));
      const run = spawnSync(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), "analyze", join(projectRoot(), "seeds"), "--out", join(root, "out"), "--no-cache", "--no-server", "--threads", "2"], {
        env: { ...process.env, LAGEBILD_ROOT: root },
        encoding: "utf8",
      });
      expect(run.stderr).not.toMatch(/left out|error/);
      expect(run.stderr).toMatch(/^lagebild analyze: 5 documents → /m);
      expect(existsSync(join(root, ".cache"))).toBe(true);
      // Every temporary file was renamed into place or removed.
      expect(readdirSync(join(root, ".cache")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
