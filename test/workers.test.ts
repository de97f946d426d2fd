// Worker threads of `lagebild analyze`: a document that exhausts a worker's memory is
// reported alone; the documents queued behind it on that worker still get results.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadCorpus, parseDocument } from "../src/analysis/corpus.js";
import { stageFingerprints } from "../src/analysis/cache.js";
import { projectRoot } from "../src/analysis/project.js";
import { documentPool } from "../src/analysis/workers.js";

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
});
