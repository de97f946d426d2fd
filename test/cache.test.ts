import { describe, expect, it } from "vitest";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../src/analysis/project.js";
import { documentCache, pruneCache, sha256, stageFingerprints } from "../src/analysis/cache.js";
import { partOf } from "../src/analysis/analyze.js";
import { readOutputTable } from "../src/analysis/outputs.js";
import { runAnalyze as analyze, seedCorpusCopy } from "./helpers/analyze.js";

const sortedLines = (file: string) => readFileSync(file, "utf8").replace(/^\ufeff/, "").split("\n").filter(Boolean).sort();
const outputs = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("incremental cache", () => {
  it("gives byte-identical outputs cold and warm, and computes only an added article", async () => {
    const { tmp, corpus } = seedCorpusCopy("lagebild-cache-");
    const cache = join(tmp, "cache");
    const cold = await analyze([corpus, "--out", join(tmp, "cold"), "--cache", cache]);
    expect(cold.status).toBe(0);
    expect(cold.summary).toContain("cache: 0 of 15 results reused");
    // Nothing changed: the previous run's outputs are taken over as they are.
    const warm = await analyze([corpus, "--out", join(tmp, "warm"), "--cache", cache]);
    expect(warm.summary).toContain("0 new, the rest from the previous run");
    expect(outputs(join(tmp, "warm"))).toEqual(outputs(join(tmp, "cold")));
    // Rebuilt from the per-document cache: every result reused, the same bytes.
    const rebuilt = await analyze([corpus, "--out", join(tmp, "rebuilt"), "--cache", cache, "--rebuild"]);
    expect(rebuilt.summary).toContain("cache: 15 of 15 results reused");
    expect(outputs(join(tmp, "rebuilt"))).toEqual(outputs(join(tmp, "cold")));
    const uncached = await analyze([corpus, "--out", join(tmp, "uncached"), "--no-cache"]);
    expect(uncached.status).toBe(0);
    expect(outputs(join(tmp, "uncached"))).toEqual(outputs(join(tmp, "cold")));

    // A new article: only it is read and computed.
    writeFileSync(
      join(corpus, "005_test.txt"),
      "Annalena Baerbock trifft Wang Yi in Peking\n\nDie deutsche Außenministerin Annalena Baerbock hat am Montag in Peking den chinesischen Außenminister Wang Yi getroffen. " +
        "„Wir wollen die Zusammenarbeit beim Klimaschutz vertiefen“, sagte Baerbock nach dem Treffen.\n",
    );
    const added = await analyze([corpus, "--out", join(tmp, "added"), "--cache", cache]);
    expect(added.summary).toContain("6 documents");
    expect(added.summary).toContain("1 new");
    expect(added.summary).toContain("cache: 0 of 3 results reused");
    // The new document, its actor, co-mention and statement are in the outputs.
    const read = (f: string) => readFileSync(join(tmp, "added", f), "utf8");
    expect(read("documents.jsonl")).toContain('"id":"005_test"');
    const mentions = read("mentions.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    expect(mentions.some((m) => m.doc === "005_test" && m.actor === "Annalena Baerbock")).toBe(true);
    expect(read("comentions.csv")).toMatch(/^Annalena Baerbock,Wang Yi,sentence,2,1,/m);
    const statements = read("statements.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    expect(statements.find((st) => st.doc === "005_test")).toMatchObject({ speaker: "Annalena Baerbock", kind: "direct", cue: "sagte" });

    // A later article repeating an earlier one is still a duplicate, named after the first.
    const seed = readdirSync(corpus).find((f) => f.startsWith("000_"))!;
    writeFileSync(join(corpus, "zz_copy.txt"), readFileSync(join(corpus, seed)));
    const { err } = await analyze([corpus, "--out", join(tmp, "dup"), "--cache", cache]);
    expect(err.join("\n")).toMatch(new RegExp(`zz_copy\\.txt: warning: duplicate of .*${seed.replace(".", "\\.")} \\(id 000_`));
    expect(err[err.length - 1]).toContain("6 documents");
    rmSync(join(corpus, "zz_copy.txt"));
    // So is a copy of an article further down the run record, and an article reusing an id is named after the first.
    await analyze([corpus, "--out", join(tmp, "dup2"), "--cache", cache]); // a full run: an input went
    writeFileSync(join(corpus, "zz_copy.txt"), readFileSync(join(corpus, "003_559d78c4b1b37f76.txt")));
    writeFileSync(join(corpus, "zz_same-id.jsonl"), JSON.stringify({ id: "002_2cbafb68f2645588", title: "Gleiche Kennung", text: "Lawrow reiste am Dienstag nach Minsk, wo er Gespräche über die Zusammenarbeit führte." }) + "\n");
    // The run record read from disk, as a new process reads it (this process keeps it while the file is unchanged).
    for (const f of readdirSync(join(cache, "runs"))) utimesSync(join(cache, "runs", f), new Date(), new Date(Date.now() + 5000));
    const later = (await analyze([corpus, "--out", join(tmp, "dup2"), "--cache", cache])).err.join("\n");
    expect(later).toContain("1 new, the rest from the previous run");
    expect(later).toMatch(/zz_copy\.txt: warning: duplicate of .*003_559d78c4b1b37f76\.txt \(id 003_559d78c4b1b37f76\)/);
    expect(later).toMatch(/zz_same-id\.jsonl:1: warning: id "002_2cbafb68f2645588" is also used by .*002_2cbafb68f2645588\.txt/);
    rmSync(join(corpus, "zz_copy.txt"));
    rmSync(join(corpus, "zz_same-id.jsonl"));

    // Appending gives the rows a full run gives (the new article's rows come last instead of in path order).
    await analyze([corpus, "--out", join(tmp, "full"), "--no-cache"]);
    for (const f of ["documents.jsonl", "terms.csv", "mentions.jsonl", "statements.jsonl"]) {
      expect(sortedLines(join(tmp, "added", f)), f).toEqual(sortedLines(join(tmp, "full", f)));
    }
    // Corpus tables from the running totals: the very same files, row order included.
    for (const f of ["corpus-terms.csv", "comentions.csv", "stance.csv"]) expect(read(f), f).toBe(readFileSync(join(tmp, "full", f), "utf8"));
    // The Parquet twin, extended by a row group, holds the same rows as the full run's.
    const parquetRows = async (dir: string) => (await readOutputTable(join(tmp, dir), "terms")).map((r) => JSON.stringify(r)).sort();
    const extended = await parquetRows("added");
    expect(extended).toHaveLength(sortedLines(join(tmp, "full", "terms.csv")).length - 1);
    expect(extended).toEqual(await parquetRows("full"));
  });

  it("writes the same rows split into parts, and an added article changes only its part", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-parts-"));
    const corpus = join(tmp, "corpus");
    cpSync(join(projectRoot(), "seeds"), corpus, { recursive: true });
    const cache = join(tmp, "cache");
    await analyze([corpus, "--out", join(tmp, "single"), "--no-cache"]);
    const parts = join(tmp, "parts");
    expect((await analyze([corpus, "--out", parts, "--cache", cache, "--partitions", "4"])).status).toBe(0);
    expect(existsSync(join(parts, "terms.csv"))).toBe(false);
    const partLines = (table: string, ext: string) => readdirSync(join(parts, table)).filter((f) => f.endsWith(ext)).sort().flatMap((f) => sortedLines(join(parts, table, f)));
    expect(readdirSync(join(parts, "terms")).filter((f) => f.endsWith(".csv"))).toHaveLength(4);
    expect(partLines("terms", ".csv").filter((l) => l !== "doc,term,lemma,count").sort()).toEqual(sortedLines(join(tmp, "single", "terms.csv")).filter((l) => l !== "doc,term,lemma,count"));
    expect(partLines("statements", ".jsonl").sort()).toEqual(sortedLines(join(tmp, "single", "statements.jsonl")));
    const before = Object.fromEntries(readdirSync(join(parts, "terms")).map((f) => [f, statSync(join(parts, "terms", f)).mtimeMs]));
    writeFileSync(join(corpus, "005_test.txt"), "Wang Yi in Berlin\n\nDer chinesische Außenminister Wang Yi ist am Montag in Berlin eingetroffen.\n");
    expect((await analyze([corpus, "--out", parts, "--cache", cache, "--partitions", "4"])).summary).toContain("1 new");
    const changed = readdirSync(join(parts, "terms")).filter((f) => statSync(join(parts, "terms", f)).mtimeMs !== before[f]);
    expect(changed.sort()).toEqual([`part-00${partOf("005_test", 4)}.csv`, `part-00${partOf("005_test", 4)}.parquet`]);
  });

  it("gives the same bytes with worker threads as on the main thread", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-threads-"));
    const corpus = join(projectRoot(), "seeds");
    await analyze([corpus, "--out", join(tmp, "main"), "--no-cache", "--threads", "0"]);
    const threaded = await analyze([corpus, "--out", join(tmp, "workers"), "--no-cache", "--threads", "2"]);
    expect(threaded.status).toBe(0);
    expect(outputs(join(tmp, "workers"))).toEqual(outputs(join(tmp, "main")));
  });

  it("invalidates exactly the stages whose data files changed", () => {
    const root = mkdtempSync(join(tmpdir(), "lagebild-fp-"));
    cpSync(join(projectRoot(), "src"), join(root, "src"), { recursive: true });
    cpSync(join(projectRoot(), "data"), join(root, "data"), { recursive: true });
    const before = stageFingerprints(root);
    appendFileSync(join(root, "data", "actors.yaml"), "\n# a comment is a change\n");
    const registryEdited = stageFingerprints(root);
    expect(registryEdited.text).toBe(before.text);
    expect(registryEdited.actors).not.toBe(before.actors);
    expect(registryEdited.statements).not.toBe(before.statements);
    appendFileSync(join(root, "data", "stance", "cues.tsv"), "\n");
    const stanceEdited = stageFingerprints(root);
    expect(stanceEdited.actors).toBe(registryEdited.actors);
    expect(stanceEdited.statements).not.toBe(registryEdited.statements);
    appendFileSync(join(root, "data", "stopwords.txt"), "\nbeispielwort\n");
    const textEdited = stageFingerprints(root);
    expect(textEdited.text).not.toBe(stanceEdited.text);
    expect(textEdited.actors).not.toBe(stanceEdited.actors);
  });

  it("keeps results in pack files: found by a later cache object, a damaged pack passed by", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-packs-"));
    const fingerprints = { text: sha256("t"), actors: sha256("a"), statements: sha256("s") };
    const hashes = Array.from({ length: 300 }, (_, i) => sha256(`doc ${i}`));
    const value = (i: number) => ({ doc: i, words: [`Wort ${i}`, "Außenminister", "„Zitat“"] });
    const first = documentCache({ dir, fingerprints });
    hashes.forEach((h, i) => first.set("text", h, value(i)));
    // Held in memory until flushed, and found there meanwhile.
    expect(first.get("text", hashes[7])).toEqual(value(7));
    expect(readdirSync(dir)).toEqual([]);
    first.flush();
    first.set("actors", hashes[0], []);
    first.flush();
    const packs = (stage: string) => readdirSync(join(dir, "packs")).filter((f) => f.startsWith(stage)).flatMap((f) => readdirSync(join(dir, "packs", f)).map((p) => join(dir, "packs", f, p)));
    expect(packs("text")).toHaveLength(1);

    const second = documentCache({ dir, fingerprints });
    hashes.forEach((h, i) => expect(second.get("text", h)).toEqual(value(i)));
    expect(second.get("actors", hashes[0])).toEqual([]);
    expect(second.get("actors", hashes[1])).toBeUndefined();
    expect(second.get("statements", hashes[0])).toBeUndefined();
    expect(second.stats()).toEqual({ hits: 301, misses: 2 });
    // Another fingerprint (changed code or data) sees none of them.
    expect(documentCache({ dir, fingerprints: { ...fingerprints, text: sha256("t2") } }).get("text", hashes[0])).toBeUndefined();

    // A damaged pack is passed by: its results are computed again, the others still found.
    const other = documentCache({ dir, fingerprints });
    other.set("text", sha256("another"), value(-1));
    other.flush();
    const largest = packs("text").sort((a, b) => statSync(b).size - statSync(a).size)[0];
    writeFileSync(largest, "not a pack");
    const third = documentCache({ dir, fingerprints });
    expect([...hashes, sha256("another")].filter((h) => third.get("text", h) !== undefined)).toEqual([sha256("another")]);
    // Read anew (as a new process would), the damaged file is passed by as well.
    expect(documentCache({ dir, fingerprints }).get("text", hashes[0])).toBeUndefined();
  });

  it("removes the results of earlier code or data after a full run, but the two most recent per stage", async () => {
    const { tmp, corpus } = seedCorpusCopy("lagebild-prune-");
    const cache = join(tmp, "cache");
    // Four earlier text fingerprints, written a day apart (the newest last), and the one-file-per-result layout of earlier versions.
    const stale = ["0000000000000001", "0000000000000002", "0000000000000003", "0000000000000004"].map((fp, i) => {
      const folder = join(cache, "packs", `text-${fp}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, "1.pack"), "x".repeat(1000));
      const day = Date.now() / 1000 - (4 - i) * 86400;
      utimesSync(folder, day, day);
      return folder;
    });
    mkdirSync(join(cache, "text", "ab"), { recursive: true });
    writeFileSync(join(cache, "text", "ab", "abcd.json"), "{}");
    const full = await analyze([corpus, "--out", join(tmp, "out"), "--cache", cache]);
    expect(full.status).toBe(0);
    expect(full.summary).toContain("; 3 kB of cached results of earlier code or data removed");
    expect(stale.map(existsSync)).toEqual([false, false, true, true]);
    expect(existsSync(join(cache, "text"))).toBe(false);
    // The current results stay and are used: a rebuilt run reuses every one.
    const current = stageFingerprints();
    expect(existsSync(join(cache, "packs", `text-${current.text.slice(0, 16)}`))).toBe(true);
    const rebuilt = await analyze([corpus, "--out", join(tmp, "again"), "--cache", cache, "--rebuild"]);
    expect(rebuilt.summary).toContain("cache: 15 of 15 results reused");
    expect(rebuilt.summary).not.toContain("removed");
    // Nothing else to remove: pruning again changes nothing.
    expect(pruneCache({ dir: cache, fingerprints: current })).toEqual({ removed: [], bytes: 0 });
    // With keep 0, the other fingerprints go too, and their bytes are counted.
    expect(pruneCache({ dir: cache, fingerprints: current, keep: 0 })).toEqual({ removed: [stale[3], stale[2]], bytes: 2000 });
    rmSync(tmp, { recursive: true, force: true });
  });
});
