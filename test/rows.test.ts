// A document's table rows as a worker makes them: the terms lines are copied together from
// the vocabulary's UTF-8 cells, and must be the lines csvLine writes for the same rows.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadCorpus, parseDocument } from "../src/analysis/corpus.js";
import { documentCache } from "../src/analysis/cache.js";
import { defaultRegistry } from "../src/analysis/actors.js";
import { documentResults } from "../src/analysis/pipeline.js";
import { documentOutput, forgetWords, vocabulary } from "../src/analysis/rows.js";
import { csvLine } from "../src/analysis/export.js";
import { projectRoot } from "../src/analysis/project.js";

const registry = defaultRegistry();
const cache = documentCache({ enabled: false, fingerprints: { text: "", actors: "", statements: "" } });
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("documentOutput", () => {
  it("writes each terms line as csvLine does: quoted and neutralised cells, UTF-8, counts of several digits", async () => {
    const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
    const tricky = parseDocument(
      "Der Außenminister, Herr Müller, sagte „ja“. =SUMME(A1) und +49 sind keine Formeln. " + "Peking ".repeat(12) + "Straße, Café, naïve, Ærø.",
      { id: 'doc,mit "Zeichen"', file: "t.txt" },
    );
    const vocab = vocabulary();
    for (const doc of [...documents, tricky, documents[0]]) {
      const results = documentResults(doc, { registry: () => registry, cache });
      const expected = results.terms.term.map((term, i) => csvLine([doc.id, term, results.terms.lemma[i], results.terms.count[i]])).join("");
      expect(decode(documentOutput(results, vocab).rows.terms.lines)).toBe(expected);
    }
    expect(vocab.words).toContain("Peking");
  });

  it("forgets the words of a failed document, cells included, and numbers them again afterwards", () => {
    const vocab = vocabulary();
    const first = parseDocument("Wang Yi traf Lawrow in Peking.", { id: "a", file: "a.txt" });
    const second = parseDocument("Lawrow reiste nach Moskau zurück.", { id: "b", file: "b.txt" });
    documentOutput(documentResults(first, { registry: () => registry, cache }), vocab);
    const known = vocab.words.length;
    documentOutput(documentResults(second, { registry: () => registry, cache }), vocab);
    expect(vocab.words.length).toBeGreaterThan(known);
    forgetWords(vocab, known);
    expect(vocab.words.length).toBe(known);
    expect(vocab.index.has("Moskau")).toBe(false);
    const again = documentOutput(documentResults(second, { registry: () => registry, cache }), vocab);
    expect(decode(again.rows.terms.lines)).toContain("b,Moskau,Moskau,1\n");
  });
});
