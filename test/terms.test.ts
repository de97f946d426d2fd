import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { projectRoot } from "../src/analysis/project.js";
import { collocations, corpusTermCounts, countCorpusTerms, documentTermCounts, keyness, kwic, ngramCounts, termsOverTime, tfidf, type TermDocument } from "../src/analysis/terms.js";
import { chiSquareP1, keynessG2, logRatio } from "../src/analysis/stats.js";

let docs: TermDocument[];
beforeAll(async () => {
  const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
  docs = documents.map((d) => analyzeDocument(d));
});

const countOf = (t: ReturnType<typeof corpusTermCounts>, term: string) => (t.objects() as Array<{ term: string; count: number }>).find((r) => r.term === term)?.count;

describe("term counts on the seeds", () => {
  it("equal hand counts, inflected forms included", () => {
    const counts = corpusTermCounts(docs);
    // Hand count over the five seeds: "China" 18× + "Chinas" 7×, less the one inside "Ein-China-Prinzip" (a compound term).
    expect(countOf(counts, "China")).toBe(24);
    // "Russland" 19× + "Russlands" 2×.
    expect(countOf(counts, "Russland")).toBe(21);
    // strategische 8×, strategischen 3×, strategischer 2×, strategisch 1×.
    expect(countOf(counts, "strategisch")).toBe(14);
    expect(countOf(counts, "Zusammenarbeit")).toBe(9);
  });

  it("agree between the streaming counter and the analysed documents", () => {
    const fast = countCorpusTerms(docs.map((d) => d.text));
    for (const term of ["China", "Russland", "strategisch", "Zusammenarbeit", "Beziehung", "Putin"]) {
      expect(countOf(fast, term), term).toBe(countOf(corpusTermCounts(docs), term));
    }
    const rows = fast.objects() as Array<{ term: string; doc_count: number }>;
    expect(rows.find((r) => r.term === "China")!.doc_count).toBe(5);
    expect(countOf(fast, "und")).toBeUndefined();
  });

  it("count words with letters in any script and skip bare numbers", () => {
    const counts = countCorpusTerms(["Am 9. Mai 2025 sagte Ωmega-Chef Ümit, ١٢٣ und 2025 seien Zahlen; Москва, Москва."], { by: "norm", stopwords: true, minLength: 1 });
    const terms = (counts.objects() as Array<{ term: string; count: number }>).map((r) => `${r.term}:${r.count}`);
    expect(terms).toEqual(expect.arrayContaining(["москва:2", "ωmega-chef:1", "ümit:1", "am:1"]));
    expect(terms.some((t) => /^(9|2025|١٢٣):/.test(t))).toBe(false);
  });

  it("leave stopwords out by default and keep them on request", () => {
    expect(countOf(corpusTermCounts(docs), "der")).toBeUndefined();
    expect(countOf(corpusTermCounts(docs, { stopwords: true }), "der")).toBeGreaterThan(50);
    expect(countOf(corpusTermCounts(docs, { by: "norm" }), "chinas")).toBe(7);
  });

  it("give per-document counts, relative frequencies and tf-idf", () => {
    const perDoc = documentTermCounts(docs).objects() as any[];
    const row = perDoc.find((r) => r.doc === "002_2cbafb68f2645588" && r.term === "China");
    expect(row.count).toBe(6); // China 2× + Chinas 4×
    expect(row.per_10k).toBeCloseTo((6 * 10000) / row.doc_tokens, 6);
    const weights = tfidf(docs).objects() as any[];
    // A term in every document has idf 0.
    expect(weights.find((r) => r.term === "China").idf).toBe(0);
    const schoigu = weights.find((r) => r.doc === "001_32bcdc2161b30d8b" && r.term === "Schoigu");
    expect(schoigu.idf).toBeCloseTo(Math.log(5 / 2), 10);
  });
});

describe("n-grams and collocations", () => {
  it("do not cross sentence boundaries or skipped words", () => {
    const grams = ngramCounts(docs).objects() as any[];
    expect(grams.find((g) => g.ngram === "Xi Jinping").count).toBeGreaterThanOrEqual(5);
    // "… sagte Wang. Herr Schoigu …": no bigram spans the sentence end.
    expect(grams.some((g) => g.ngram === "Wang Herr")).toBe(false);
    const trigrams = ngramCounts(docs, { n: 3 }).objects() as any[];
    expect(trigrams.every((g) => g.ngram.split(" ").length === 3)).toBe(true);
    const coll = collocations(docs, { minCount: 3 }).objects() as any[];
    expect(coll.find((c) => c.bigram === "Xi Jinping")).toBeDefined();
    expect(coll.every((c) => c.count >= 3)).toBe(true);
  });
});

describe("keyness", () => {
  it("reproduces a hand-computed 2×2 G²", () => {
    // 10 of 1,000 tokens in the target, 5 of 2,000 in the reference:
    // 2·(10 ln(10/5) + 990 ln(990/995) + 5 ln(5/10) + 1995 ln(1995/1990)) = 6.96919…
    expect(keynessG2(10, 5, 1000, 2000)).toBeCloseTo(6.969192, 5);
    expect(chiSquareP1(6.969192)).toBeCloseTo(0.0082917, 5);
    expect(logRatio(10, 5, 1000, 2000)).toBeCloseTo(2, 10);
  });
  it("compares 2024–2025 articles with the 2020 one", () => {
    const rows = keyness(docs, { from: "2024-01-01", to: "2025-12-31" }, { to: "2020-12-31" }, { minCount: 3 }).objects() as any[];
    expect(rows.length).toBeGreaterThan(5);
    // The 2020 article is about parties and the pandemic.
    const partei = rows.find((r) => r.term === "Partei");
    expect(partei.log_ratio).toBeLessThan(0);
    expect(partei.reference_count).toBe(4);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].g2).toBeGreaterThanOrEqual(rows[i].g2);
  });
});

describe("KWIC", () => {
  it("returns keywords that equal the text at their offsets", () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const query of ["Zusammenarbeit", "strategisch*", "China", "russisch*", "strategische Partnerschaft", "Wang Yi"]) {
      const hits = kwic(docs, query).objects() as any[];
      expect(hits.length, query).toBeGreaterThan(0);
      for (const h of hits) {
        expect(byId.get(h.doc)!.text.slice(h.start, h.end)).toBe(h.keyword);
        expect(h.sentence_text).toContain(h.keyword);
      }
    }
    expect(kwic(docs, "Zusammenarbeit").numRows()).toBe(9);
    expect(kwic(docs, "strategisch*").numRows()).toBe(14);
    // Parts of compounds: "russisch*" finds "chinesisch-russischen" at the part's offsets.
    expect((kwic(docs, "russisch*").objects() as any[]).some((h) => h.keyword === "russischen" && h.left.endsWith("chinesisch-"))).toBe(true);
  });
});

describe("over time", () => {
  it("counts terms per year with empty years filled", () => {
    const rows = termsOverTime(docs, ["China"], { interval: "year" }).objects() as any[];
    expect(rows.map((r) => r.period)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(rows.find((r) => r.period === "2021").count).toBe(0);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(24);
  });
});

describe("term counting on every core", () => {
  it("gives the table one counter gives, lemmas and word forms alike", async () => {
    const { countTermsInParallel } = await import("../src/analysis/workers.js");
    const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
    // Each seed three times over, so slices share terms and ties must keep first-appearance order.
    const texts = [...documents, ...documents, ...documents].map((d) => d.text);
    for (const by of ["lemma", "norm"] as const) {
      const single = countCorpusTerms(texts, { by });
      const parallel = await countTermsInParallel(texts, { by, threads: 3 });
      expect(parallel.objects()).toEqual(single.objects());
      expect(single.numRows()).toBeGreaterThan(300);
    }
  }, 60_000);
});
