import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { projectRoot } from "../src/analysis/project.js";
import type { ActorDocument, ActorType, Mention } from "../src/analysis/actors.js";
import { comentionRows, comentions, dice, jaccard, pairEvidence, pairG2, pairOverTime } from "../src/analysis/comentions.js";

let seeds: ActorDocument[];
beforeAll(async () => {
  const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
  seeds = documents.map((d) => analyzeDocument(d));
});

type Row = { actor_a: string; actor_b: string; count: number; docs: number; count_a: number; count_b: number; windows: number; pmi: number; npmi: number; g2: number; jaccard: number; dice: number };
const rowsOf = (t: ReturnType<typeof comentions>) => t.objects() as Row[];
const pairIn = (rows: Row[], a: string, b: string) => rows.find((r) => (r.actor_a === a && r.actor_b === b) || (r.actor_a === b && r.actor_b === a));

describe("co-mentions in the seeds", () => {
  it("pair actors named in one sentence", () => {
    const inDoc = (prefix: string) => rowsOf(comentions(seeds.filter((d) => d.id.startsWith(prefix)), { minCount: 1 }));
    expect(pairIn(inDoc("000"), "Wang Yi", "Sergej Lawrow")).toBeDefined();
    expect(pairIn(inDoc("004"), "Xi Jinping", "Sergej Schoigu")).toBeDefined();
    expect(pairIn(inDoc("004"), "Sergej Lawrow", "Marco Rubio")).toBeDefined();
  });

  it("give the evidence sentences of a pair with offsets", () => {
    const evidence = pairEvidence(seeds, "Wang Yi", "Sergej Lawrow").objects() as Array<{ doc: string; sentence: number; start: number; end: number; text: string; names: string }>;
    expect(evidence).toHaveLength(1);
    const doc = seeds.find((d) => d.id === evidence[0].doc)!;
    expect(evidence[0].doc).toBe("000_2609a3f4d5f1518f");
    expect(doc.text.slice(evidence[0].start, evidence[0].end)).toBe(evidence[0].text);
    expect(evidence[0].text).toMatch(/^Dies sagte der chinesische Außenminister Wang Yi .* Sergei Lawrow\.$/);
    expect(evidence[0].names).toBe("both");
    // A paragraph window lists each sentence that names one of the two.
    const wide = pairEvidence(seeds, "Xi Jinping", "Sergej Schoigu", { window: "article" }).objects() as Array<{ names: string }>;
    expect(wide.length).toBeGreaterThan(2);
    expect(new Set(wide.map((r) => r.names))).toEqual(new Set(["both", "Xi Jinping", "Sergej Schoigu"]));
  });

  it("count windows, not mentions, and grow with the window", () => {
    const sentence = pairIn(rowsOf(comentions(seeds, { minCount: 1 })), "China", "Russland")!;
    const paragraph = pairIn(rowsOf(comentions(seeds, { minCount: 1, window: "paragraph" })), "China", "Russland")!;
    const article = pairIn(rowsOf(comentions(seeds, { minCount: 1, window: "article" })), "China", "Russland")!;
    expect(article).toMatchObject({ count: 5, docs: 5, windows: 5 });
    expect(sentence.windows).toBe(seeds.reduce((n, d) => n + d.sentences.length, 0));
    expect(paragraph.windows).toBe(seeds.reduce((n, d) => n + d.paragraphs.length, 0));
    // A paragraph that names both in three sentences is one paragraph window but three sentence windows.
    expect(paragraph.count).toBeLessThanOrEqual(paragraph.windows);
    expect(sentence.docs).toBe(5);
    expect(paragraph.docs).toBe(5);
  });

  it("filter by actor type, date range, actors and minimum count", () => {
    const persons = rowsOf(comentions(seeds, { types: ["person"], minCount: 1 }));
    expect(persons.length).toBeGreaterThan(0);
    expect(persons.every((r) => !/^(China|Russland|USA)$/.test(r.actor_a + r.actor_b))).toBe(true);
    const t = comentions(seeds, { types: ["person"], minCount: 1 }).objects() as Array<{ type_a: ActorType; type_b: ActorType }>;
    expect(t.every((r) => r.type_a === "person" && r.type_b === "person")).toBe(true);
    // Only the 2025 article: Trump appears there alone.
    const in2025 = rowsOf(comentions(seeds, { from: "2025-01-01", minCount: 1 }));
    expect(pairIn(in2025, "Donald Trump", "Wladimir Putin")).toBeDefined();
    expect(pairIn(in2025, "Song Tang", "Xi Jinping")).toBeUndefined();
    expect(in2025[0].windows).toBe(seeds.find((d) => d.id.startsWith("004"))!.sentences.length);
    const before2021 = rowsOf(comentions(seeds, { to: "2020-12-31", minCount: 1 }));
    expect(pairIn(before2021, "Song Tang", "Xi Jinping")).toBeDefined();
    expect(rowsOf(comentions(seeds, { actors: ["Marco Rubio"], minCount: 1 })).every((r) => r.actor_a === "Marco Rubio" || r.actor_b === "Marco Rubio")).toBe(true);
    const all = rowsOf(comentions(seeds, { minCount: 1 }));
    const guarded = rowsOf(comentions(seeds));
    expect(guarded.length).toBeLessThan(all.length);
    expect(guarded.every((r) => r.count >= 2)).toBe(true);
  });

  it("follow a pair over time, gaps included", () => {
    const years = pairOverTime(seeds, "China", "Russland", { interval: "year" }).objects() as Array<{ period: string; count: number; docs: number; windows: number }>;
    expect(years.map((r) => r.period)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(years.find((r) => r.period === "2021")).toMatchObject({ count: 0, docs: 0, windows: 0 });
    expect(years.find((r) => r.period === "2024")!.docs).toBe(3);
    const months = pairOverTime(seeds, "China", "Russland").objects() as Array<{ period: string }>;
    expect(months[0].period).toBe("2020-07");
    expect(months[months.length - 1].period).toBe("2025-02");
    expect(months).toHaveLength(56);
  });

  it("give comentions.csv rows", () => {
    const rows = comentionRows(seeds, { minCount: 1 });
    expect(Object.keys(rows[0])).toEqual(["actor_a", "actor_b", "window", "count", "docs", "pmi", "npmi", "g2", "jaccard", "dice"]);
    expect(rows[0]).toMatchObject({ actor_a: "China", actor_b: "Russland", window: "sentence" });
  });
});

describe("association measures", () => {
  // Ten one-sentence windows in two documents: A is named in windows 0-3, B in 1-5,
  // so f(a) = 4, f(b) = 5, f(ab) = 3 (windows 1, 2, 3), N = 10.
  const numbers = ["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"];
  const text = numbers.map((n) => `Das ist Satz ${n}.`);
  const docs: ActorDocument[] = [
    analyzeDocument({ id: "d1", date: "2024-01-15", text: text.slice(0, 6).join(" ") }),
    analyzeDocument({ id: "d2", date: "2024-03-02", text: text.slice(6).join(" ") }),
  ];
  const mention = (doc: string, sentence: number, actor: string, type: ActorType = "country"): Mention => ({ doc, actor, type, via: "name", surface: actor, start: 0, end: 1, sentence, paragraph: 0 });
  const mentions: Mention[] = [
    ...[0, 1, 2, 3].map((s) => mention("d1", s, "A")),
    ...[1, 2, 3, 4, 5].map((s) => mention("d1", s, "B")),
    mention("d1", 1, "B"), // a second mention in the same window counts once
    mention("d2", 0, "C", "person"),
  ];

  it("equal the hand-computed values", () => {
    expect(docs[0].sentences).toHaveLength(6);
    expect(docs[1].sentences).toHaveLength(4);
    const row = pairIn(rowsOf(comentions(docs, { mentions, minCount: 1 })), "A", "B")!;
    expect(row).toMatchObject({ count: 3, docs: 1, count_a: 4, count_b: 5, windows: 10 });
    // PMI = log2(3·10 / (4·5)) = log2 1.5
    expect(row.pmi).toBeCloseTo(0.5849625, 6);
    // NPMI = log2 1.5 / −log2 0.3 = 0.5849625 / 1.7369656
    expect(row.npmi).toBeCloseTo(0.3367726, 6);
    // G² over [[3, 1], [2, 4]], expected [[2, 2], [3, 3]]:
    // 2·(3 ln 1.5 + 1 ln 0.5 + 2 ln(2/3) + 4 ln(4/3)) = 2·(1.2163953 − 0.6931472 − 0.8109302 + 1.1507283)
    expect(row.g2).toBeCloseTo(1.7260924, 6);
    // Jaccard = 3 / (4 + 5 − 3), Dice = 2·3 / (4 + 5)
    expect(row.jaccard).toBeCloseTo(0.5, 10);
    expect(row.dice).toBeCloseTo(2 / 3, 10);
    expect(jaccard(3, 4, 5)).toBe(0.5);
    expect(dice(3, 4, 5)).toBeCloseTo(2 / 3, 12);
    expect(pairG2(3, 4, 5, 10)).toBeCloseTo(1.7260924, 6);
  });

  it("treat a pair that never shares a window as absent, and an actor never as its own pair", () => {
    const rows = rowsOf(comentions(docs, { mentions, minCount: 1 }));
    expect(rows).toHaveLength(1);
    expect(pairIn(rows, "A", "C")).toBeUndefined();
    // Article windows: A, B in d1; C in d2. N = 2, f(a) = f(b) = f(ab) = 1: PMI = log2 2 = 1, NPMI = 1.
    const article = pairIn(rowsOf(comentions(docs, { mentions, minCount: 1, window: "article" })), "A", "B")!;
    expect(article).toMatchObject({ count: 1, windows: 2, pmi: 1, jaccard: 1, dice: 1 });
    expect(article.npmi).toBeCloseTo(1, 12);
  });

  it("count per month", () => {
    const months = pairOverTime(docs, "A", "B", { mentions }).objects();
    expect(months).toEqual([
      { period: "2024-01", count: 3, docs: 1, windows: 6, count_a: 4, count_b: 5, share: 0.5 },
      { period: "2024-02", count: 0, docs: 0, windows: 0, count_a: 0, count_b: 0, share: 0 },
      { period: "2024-03", count: 0, docs: 0, windows: 4, count_a: 0, count_b: 0, share: 0 },
    ]);
  });
});
