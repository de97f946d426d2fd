// The optional native term scanner (native/termscan.cc) against the JavaScript scan:
// the same tables, to the order of ties, on real news text and on random strings of the
// characters where word boundaries are decided; and the fallback when the addon is off,
// missing or broken.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/analysis/corpus.js";
import { loadTermScan, termScan, termScanPath } from "../src/analysis/native.js";
import { projectRoot, sharedPath } from "../src/analysis/project.js";
import { termCounter, type StreamCountOptions } from "../src/analysis/terms.js";

const built = existsSync(termScanPath()) && loadTermScan(termScanPath()) !== null;
const NEWS = sharedPath("corpora", "news-de", "articles.jsonl");
/** A test's name, with why it is skipped when it is. */
const unless = (skip: boolean, reason: string, name: string) => (skip ? `${name} (skipped: ${reason})` : name);

const ODD_SCRIPTS = "Am 9. Mai 2025 sagte Ωmega-Chef Ümit, ١٢٣ und 2025 seien Zahlen; Москва, Москва.";
// Joiners at every position: inner, doubled, leading, trailing, at the very end; ’ and ' as one type.
const JOINERS = "geht’s geht's ’s s’ COVID-19-Pandemie a--b -x x- a‐b a‑b Rock’n’Roll l'homme ‐ ’ ' - x-";

const saved = process.env.LAGEBILD_NATIVE;
afterEach(() => {
  if (saved === undefined) delete process.env.LAGEBILD_NATIVE;
  else process.env.LAGEBILD_NATIVE = saved;
});

/** The counter's rows and stats, with the native scan on or off. */
function count(texts: readonly string[], options: StreamCountOptions, native: boolean) {
  process.env.LAGEBILD_NATIVE = native ? "1" : "0";
  const counter = termCounter(options);
  for (const text of texts) counter.add(text);
  const { native: used, ...stats } = counter.stats();
  return { rows: counter.result().objects(), partial: counter.partial(), stats, used };
}

function expectSame(texts: readonly string[], options: StreamCountOptions): void {
  const js = count(texts, options, false);
  const native = count(texts, options, true);
  expect(js.used).toBe(false);
  expect(native.used).toBe(true);
  expect(native.stats).toEqual(js.stats);
  expect(native.partial).toEqual(js.partial); // terms in order of first appearance
  expect(native.rows).toEqual(js.rows);
}

describe.skipIf(!built)(unless(!built, "not built or not loadable: npm run -s build:native says why", "native term scanner"), () => {
  const noNews = !existsSync(NEWS);
  it.skipIf(noNews)(unless(noNews, `${NEWS} missing`, "counts news-de as the JavaScript scan does, by norm, lemma and text, with and without stopwords"), async () => {
    const { documents } = await loadCorpus([NEWS]);
    const texts = [...documents.map((d) => d.text), ODD_SCRIPTS, JOINERS];
    for (const by of ["norm", "lemma", "text"] as const) {
      for (const stopwords of [false, true]) expectSame(texts, { by, stopwords });
    }
  }, 180_000);

  it("counts words in any script, joiners and numbers as the JavaScript scan does", () => {
    for (const options of [{ by: "norm" as const, stopwords: true, minLength: 1 }, { by: "lemma" as const }, { by: "text" as const, minLength: 3 }]) {
      expectSame([ODD_SCRIPTS, JOINERS, "", "   ", ODD_SCRIPTS], options);
    }
  });

  it("agrees with the JavaScript scan on random text of boundary characters", () => {
    // Letters and digits of several scripts, every joiner, the edges of the word-character
    // ranges (× ÷ ¿ À, U+1FFF/U+2000, U+303F/U+3040), surrogates, spaces and punctuation.
    const chars = [..."aZß9Ωж١", "-", "'", "\u2019", "\u2010", "\u2011", "\u00d7", "\u00f7", "\u00bf", "\u00c0", "\u1fff", "\u2000", "\u303f", "\u3040", "\ud83d", "\ude00", " ", " ", ".", ",", "\n"];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.constantFrom("norm" as const, "text" as const), (texts, by) => {
        expectSame(texts, { by, stopwords: true, minLength: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps counting after a document whose terms were never committed", () => {
    const scan = termScan()!;
    const counter = scan.create();
    expect(scan.scan(counter, "eins zwei")).toEqual(new Int32Array([0, 4, 5, 9]));
    // No commit: the next scan gives the two types up as no term and goes on.
    expect(scan.scan(counter, "eins drei")).toEqual(new Int32Array([5, 9]));
    scan.commit(counter, "drei", new Int32Array([4]));
    const counts = new Float64Array(1);
    const docs = new Int32Array(1);
    expect(scan.read(counter, counts, docs)).toBe(4);
    expect([counts[0], docs[0], scan.types(counter)]).toEqual([1, 1, 3]);
    expect(() => scan.commit(counter, "x", new Int32Array([1]))).toThrow(/no document waits/);
  });

  it("loads in worker threads too", async () => {
    const file = termScanPath();
    const code = `const { parentPort } = require("node:worker_threads");
      const scan = require(${JSON.stringify(file)});
      const c = scan.create();
      const fresh = scan.scan(c, "Wort Wort");
      scan.commit(c, "wort", new Int32Array([4]));
      const counts = new Float64Array(1), docs = new Int32Array(1);
      parentPort.postMessage({ fresh: Array.from(fresh), tokens: scan.read(c, counts, docs), count: counts[0] });`;
    const replies = await Promise.all(
      [0, 1].map(
        () =>
          new Promise((resolve, reject) => {
            const w = new Worker(code, { eval: true });
            w.once("message", (m) => void w.terminate().then(() => resolve(m)));
            w.once("error", reject);
          }),
      ),
    );
    for (const reply of replies) expect(reply).toEqual({ fresh: [0, 4], tokens: 2, count: 2 });
  });
});

describe("without the native term scanner", () => {
  it("counts in JavaScript when LAGEBILD_NATIVE=0", () => {
    process.env.LAGEBILD_NATIVE = "0";
    expect(termScan()).toBeNull();
    const counter = termCounter({ by: "norm", stopwords: true, minLength: 1 });
    counter.add(ODD_SCRIPTS);
    expect(counter.stats().native).toBe(false);
    const terms = (counter.result().objects() as Array<{ term: string; count: number }>).map((r) => `${r.term}:${r.count}`);
    expect(terms).toEqual(expect.arrayContaining(["москва:2", "ωmega-chef:1", "ümit:1"]));
  });

  it("finds no addon in a missing, broken or foreign file", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-native-"));
    try {
      const broken = join(dir, "termscan.node");
      writeFileSync(broken, "not a shared object");
      const foreign = join(dir, "foreign.js");
      writeFileSync(foreign, "module.exports = { api: 0, create() {} };");
      expect(loadTermScan(join(dir, "missing.node"))).toBeNull();
      expect(loadTermScan(broken)).toBeNull();
      expect(loadTermScan(foreign)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("counts in JavaScript, silently, in a project without the built addon", () => {
    // Another project root (no native/build): the counter falls back and says so in stats() only.
    const dir = mkdtempSync(join(tmpdir(), "lagebild-nonative-"));
    try {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "lagebild", type: "module" }));
      symlinkSync(join(projectRoot(), "node_modules"), join(dir, "node_modules"));
      const script = join(dir, "count.mts");
      const terms = pathToFileURL(join(projectRoot(), "src", "analysis", "terms.ts")).href;
      writeFileSync(
        script,
        `import { termCounter } from ${JSON.stringify(terms)};
        const c = termCounter({ by: "norm", stopwords: true, minLength: 1, stopwordList: new Set() });
        c.add(${JSON.stringify(ODD_SCRIPTS)});
        console.log(JSON.stringify({ stats: c.stats(), rows: c.result().objects() }));`,
      );
      const env: NodeJS.ProcessEnv = { ...process.env, LAGEBILD_ROOT: dir };
      delete env.LAGEBILD_NATIVE;
      const run = spawnSync(process.execPath, [join(projectRoot(), "bin", "run.js"), script], { encoding: "utf8", env, timeout: 60_000 });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as { stats: { native: boolean }; rows: unknown[] };
      expect(out.stats.native).toBe(false);
      expect(out.rows).toEqual(count([ODD_SCRIPTS], { by: "norm", stopwords: true, minLength: 1, stopwordList: new Set() }, false).rows);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
