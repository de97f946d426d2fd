// Worker threads of `lagebild analyze`: a document that exhausts a worker's memory is
// reported alone; the documents queued behind it on that worker still get results.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadCorpus, parseDocument } from "../src/analysis/corpus.js";
import { stageFingerprints } from "../src/analysis/cache.js";
import { projectRoot } from "../src/analysis/project.js";
import { documentPool } from "../src/analysis/workers.js";
import { documentResults } from "../src/analysis/pipeline.js";
import { documentCache } from "../src/analysis/cache.js";
import { defaultRegistry } from "../src/analysis/actors.js";
import { vocabulary } from "../src/analysis/rows.js";

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
  }, 120_000);

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
        expect([...out.lemmas.ids].map((id, i) => [vocab.words[id], out.lemmas.counts[i]])).toEqual(expected.lemmas);
      });
    } finally {
      await pool.close();
    }
  }, 120_000);
});
